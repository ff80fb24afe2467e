import ArgumentParser
import Foundation
import IntakeServer
import IntakeStorePostgres
import IntakeStoreSQLite
import Logging

/// `intake journal migrate`: brings the configured journal's schema up to this build's.
struct JournalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Operate on the configured journal.",
        subcommands: [Migrate.self]
    )

    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply the schema migrations this build has and the journal lacks.",
            discussion: """
                A gateway migrates its journal when it starts; this does it ahead of a rollout. On PostgreSQL the \
                migrations run under an advisory lock, so replicas and this command may start together: each \
                migration is applied once.
                """
        )
        @OptionGroup var options: ConfigurationOptions

        func run() async throws {
            let configuration = try options.load(requireSecrets: false)
            bootstrapLogging(level: options.logLevel ?? .warning)
            if let settings = configuration.journalPostgres {
                let journal = try PostgresJournal(configuration: settings, logger: Logger(label: "intake"))
                try await journal.startWithoutMigrating()
                let applied = try await journal.migrate()
                let all = try await journal.appliedMigrations()
                await journal.shutdown()
                print("PostgreSQL \(settings.username)@\(settings.host):\(settings.port)/\(settings.database)")
                print(applied.isEmpty ? "up to date: \(all.joined(separator: ", "))" : "applied now: \(applied.joined(separator: ", "))")
            } else {
                // Opening the SQLite journal migrates it.
                let journal = try SQLiteJournal(configuration: .init(path: configuration.journalPath), logger: Logger(label: "intake"))
                print("SQLite \(configuration.journalPath)")
                print("applied: \(try journal.appliedMigrations().joined(separator: ", "))")
            }
        }
    }
}
