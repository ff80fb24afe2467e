import ArgumentParser
import Foundation
import IntakeServer
import IntakeSinks
import Logging

struct SinkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sink",
        abstract: "Prepare the systems complaints are delivered to.",
        subcommands: [Init.self]
    )

    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the tables of the configured PostgreSQL sinks (CREATE TABLE IF NOT EXISTS); --print shows the DDL only."
        )

        @Option(name: .long, help: "The configuration file.")
        var config: String

        @Option(name: .long, help: "Only this sink.")
        var sink: String?

        @Flag(name: .long, help: "Print the DDL instead of running it.")
        var print = false

        func run() async throws {
            let configuration: GatewayConfiguration
            do {
                configuration = try GatewayConfiguration.load(path: config)
            } catch let error as ConfigurationError {
                Swift.print(error.description)
                throw ExitCode(1)
            }
            var found = false
            for entry in configuration.sinks where sink == nil || entry.name == sink {
                guard case .postgres(let settings) = entry.kind else { continue }
                found = true
                let target = PostgresSink(name: entry.name, configuration: settings, logger: Logger(label: "intake.sink"))
                if print {
                    Swift.print(
                        "-- sink \(entry.name) (COMPRESSION lz4 needs PostgreSQL 14 or later built with LZ4; sink init leaves it out otherwise)"
                    )
                    Swift.print(target.createTableSQL(lz4: true))
                    continue
                }
                do {
                    try await target.createTable()
                    await target.shutdown()
                    Swift.print("sink \(entry.name): table \(settings.table) ready on \(settings.host):\(settings.port)/\(settings.database)")
                } catch {
                    await target.shutdown()
                    Swift.print("sink \(entry.name): cannot create \(settings.table): \(String(reflecting: error))")
                    throw ExitCode(1)
                }
            }
            if !found {
                Swift.print(sink.map { "no PostgreSQL sink is named \($0)" } ?? "the configuration has no PostgreSQL sink")
                throw ExitCode(1)
            }
        }
    }
}
