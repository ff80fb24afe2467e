import ArgumentParser
import Foundation
import IntakeCore
import IntakeServer
import IntakeStoreSQLite

struct TriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: "Check triage rules and see how they classify a text.",
        subcommands: [Check.self, Explain.self, Train.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate a triage rules file and print every problem with its line.")

        @Argument(help: "The rules file (config/triage.yaml).")
        var file: String

        func run() throws {
            do {
                let rules = try TriageConfiguration.load(path: file)
                print("\(file): ok")
                print("  \(rules.categories.count) category rules, \(rules.urgent.count) urgent triggers")
                print(
                    "  linking: \(rules.linking.map { "within \(SLAPolicy.describe($0.window)), \($0.ignored.count) identifier(s) ignored" } ?? "off")"
                )
            } catch let error as ConfigurationError {
                print(error.description)
                throw ExitCode(1)
            }
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Classify a complaint text and print why.",
            discussion: "Reads the text from the argument, or from standard input when it is -. Nothing is stored."
        )

        @Option(help: "The rules file (default: the embedded rules).")
        var rules: String?
        @Option(help: "A subject line.")
        var subject: String?
        @Argument(help: "The complaint text, or - for standard input.")
        var text: String
        @Flag(help: "Also classify the text 2,000 times and print the time one classification takes.")
        var timing = false

        func run() throws {
            let loaded: TriageRules
            do {
                loaded = try rules.map(TriageConfiguration.load(path:)) ?? TriageConfiguration.defaultRules
            } catch let error as ConfigurationError {
                print(error.description)
                throw ExitCode(1)
            }
            let body = text == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : text
            var complaint = Complaint(
                id: ComplaintID.make(),
                channel: .manual,
                source: "cli",
                receivedAt: RFC3339.truncatedToMilliseconds(Date()),
                complainant: Complainant(name: "-"),
                subject: subject,
                body: body
            )
            let triage = try RuleTriage(rules: loaded)
            if timing {
                let clock = ContinuousClock()
                let rounds = 2000
                let elapsed = clock.measure {
                    for _ in 0..<rounds {
                        var copy = complaint
                        triage.classify(&copy)
                    }
                }
                let micros = Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6
                print("one classification: \(String(format: "%.1f", micros / Double(rounds))) µs (\(body.utf8.count) bytes)")
            }
            triage.classify(&complaint)
            print("category: \(complaint.category?.rawValue ?? "-")")
            print("urgent: \(complaint.urgent ? "yes (\(complaint.urgencyReasons.joined(separator: ", ")))" : "no")")
            print("severity: \(complaint.severity.map(String.init) ?? "-")")
            if let sla = complaint.sla {
                print("respond by: \(RFC3339.string(from: sla.respondBy))\(sla.resolveBy.map { ", resolve by: \(RFC3339.string(from: $0))" } ?? "")")
            }
            print("rules: \(complaint.triage?.rules.joined(separator: ", ") ?? "")")
            for line in complaint.triage?.explanation ?? [] { print("  - \(line)") }
        }
    }
}

extension TriageCommand {
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Learn a category model from labelled complaints.",
            discussion:
                "Each file is JSON Lines with \"body\", an optional \"subject\" and \"category\" per line (the format of Tests/Fixtures/triage-*.jsonl). Name the model in the rules with model: { file: PATH }."
        )

        @Argument(help: "Labelled JSON Lines files.")
        var files: [String]
        @Option(help: "Where to write the model.")
        var output: String
        @Option(help: "Leave out features seen in fewer examples than this.")
        var minimumCount = 2

        func run() throws {
            var labelled: [(text: String, category: ComplaintCategory)] = []
            for file in files {
                let text = try String(contentsOfFile: file, encoding: .utf8)
                for (number, line) in text.split(separator: "\n").enumerated() {
                    guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                        let body = object["body"] as? String, let name = object["category"] as? String,
                        let category = ComplaintCategory(rawValue: name)
                    else {
                        FileHandle.standardError.write(Data("\(file):\(number + 1): needs body and a known category\n".utf8))
                        throw ExitCode(1)
                    }
                    labelled.append((((object["subject"] as? String) ?? "") + "\n" + body, category))
                }
            }
            let model = CategoryModel.train(labelled, minimumCount: minimumCount)
            try model.text.write(toFile: output, atomically: true, encoding: .utf8)
            print("\(output): \(model.counts.count) features from \(labelled.count) complaints")
        }
    }
}

struct Split: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split a complaint off the thread it was linked to (the link was wrong).",
        discussion:
            "The complaint starts a thread of its own; later complaints of the same customer join the newest thread. The stored complaint keeps its original links; the split is in the audit log. A running gateway picks it up within two seconds."
    )

    @OptionGroup var options: ConfigurationOptions
    @Argument(help: "The complaint id.")
    var id: String
    @Option(help: "Why the link is wrong (for the audit log).")
    var reason: String
    @Option(help: "Who splits, for the audit log (default: the login name).")
    var actor: String?

    func run() async throws {
        let journal = try await openJournal(options)
        let user = actor ?? ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName
        let found: ThreadSplit?
        do {
            found = try await journal.splitThread(complaintID: id, actor: "cli:\(user)", reason: reason, at: Date())
        } catch let error as JournalError where error.code == .notLinked {
            FileHandle.standardError.write(Data("\(id) starts its own thread: split the later complaints linked to it instead\n".utf8))
            throw ExitCode(1)
        }
        guard let split = found else {
            FileHandle.standardError.write(Data("no complaint has the id \(id)\n".utf8))
            throw ExitCode(1)
        }
        print(
            "split \(split.complaintID) off thread \(split.previousThreadID ?? "-") (\(split.previousEarlierIDs.count) earlier); its thread is now \(split.threadID)"
        )
    }
}
