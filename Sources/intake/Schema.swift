import ArgumentParser
import IntakeCore

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the complaint JSON Schema (v1).")

    func run() {
        print(ComplaintSchema.json)
    }
}
