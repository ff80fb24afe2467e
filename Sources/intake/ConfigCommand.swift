import ArgumentParser
import Foundation
import IntakeCore
import IntakeServer

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Work with configuration files.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate a configuration file and print every problem with its line.")

        @Argument(help: "The configuration file.")
        var file: String

        func run() throws {
            do {
                let configuration = try GatewayConfiguration.load(path: file)
                print("\(file): ok")
                print("  listen \(configuration.host):\(configuration.port), journal \(configuration.journalPath)")
                print("  sources: \(configuration.sources.map(\.intake.name).joined(separator: ", "))")
                print("  sinks: \(configuration.sinks.map(\.name).joined(separator: ", ")); routes: \(configuration.routes.count)")
                let rules = configuration.triage.rules
                print(
                    "  triage: \(configuration.triage.path ?? "embedded rules"), \(rules.categories.count) category rules, \(rules.urgent.count) urgent triggers"
                )
            } catch let error as ConfigurationError {
                print(error.description)
                throw ExitCode(1)
            }
        }
    }
}
