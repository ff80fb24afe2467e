import ArgumentParser
import Foundation
import IntakeCore
import IntakeEmail
import IntakeSMS
import IntakeServer
import IntakeStorePostgres
import IntakeStoreSQLite
import Logging

/// `intake journal migrate`: brings the configured journal's schema up to this build's.
struct JournalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Operate on the configured journal.",
        subcommands: [Migrate.self, Copy.self]
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

    struct Copy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy one journal into another (an SQLite journal into PostgreSQL), undelivered items included.",
            discussion: """
                Every complaint with its raw payload and idempotency key, the state of each delivery (pending and \
                retrying stay due, delivered and dead keep their status and last error), thread splits, the audit \
                log, failed inputs and the cursors of the configured mailboxes and SMS sources. Stop the gateways \
                that use the source journal first. A copy interrupted or run again goes on where it stopped: what \
                is there already is a repeat and is left as it is. Complaints that had no delivery at all are not \
                found by this copy.
                """
        )
        @Option(help: "The configuration whose journal is read.") var from: String
        @Option(help: "The configuration whose journal is written.") var to: String
        @Option(help: "The log level.") var logLevel: Logger.Level = .warning

        func run() async throws {
            bootstrapLogging(level: logLevel)
            let source = try await open(from)
            let target = try await open(to)
            let configuration = try GatewayConfiguration.load(path: from, requireSecrets: false)
            var copied = 0
            var repeated = 0
            var offset = 0
            let all = DeliveryFilter()
            let total = try await source.countDeliveries(matching: all)
            var seen: Set<String> = []
            while offset < total {
                let page = try await source.deliveries(matching: all, limit: 1000, offset: offset)
                if page.isEmpty { break }
                offset += page.count
                for id in page.map(\.key.complaintID) where seen.insert(id).inserted {
                    guard let stored = try await source.complaint(id: id) else { continue }
                    let deliveries = try await source.deliveries(complaintID: id)
                    let entry = JournalEntry(
                        complaint: stored.complaint,
                        idempotencyKey: stored.idempotencyKey,
                        raw: stored.raw,
                        sinks: deliveries.map(\.key.sink)
                    )
                    guard case .created = try await target.append([entry]).first else {
                        repeated += 1
                        continue
                    }
                    copied += 1
                    try await copyState(deliveries, to: target)
                    if let split = try await source.threadSplit(complaintID: id) {
                        _ = try? await target.splitThread(
                            complaintID: split.complaintID,
                            actor: "copy",
                            reason: "copied from the old journal",
                            at: Date()
                        )
                    }
                }
            }
            // The audit log, oldest first, unless the target has one already (a repeated copy).
            if try await target.auditLog(limit: 1).isEmpty {
                for entry in try await source.auditLog(limit: 1_000_000).reversed() { try await target.appendAudit(entry) }
            }
            var failed = 0
            for item in try await source.failedIntakes(source: nil, status: nil, limit: 1_000_000) {
                guard let whole = try await source.failedIntake(id: item.id) else { continue }
                _ = try await target.recordFailedIntake(whole)
                if whole.status != .open {
                    _ = try await target.updateFailedIntakes(
                        ids: [whole.id],
                        status: whole.status,
                        complaintID: whole.complaintID,
                        reason: nil,
                        at: whole.updatedAt
                    )
                }
                failed += 1
            }
            var cursors = configuration.emailSources.map(\.mailbox.cursorName)
            cursors += configuration.smsSources.map { "fragments-index:\($0.source.intake.name)" }
            for name in cursors {
                if let value = try await source.cursor(name) { try await target.setCursor(name, to: value) }
            }
            if let journal = target as? PostgresJournal { await journal.shutdown() }
            if let journal = source as? PostgresJournal { await journal.shutdown() }
            print("copied \(copied) complaint(s) (\(repeated) there already), \(failed) failed input(s), \(cursors.count) cursor(s)")
        }

        private func open(_ path: String) async throws -> any ComplaintJournal {
            let configuration: GatewayConfiguration
            do {
                configuration = try GatewayConfiguration.load(path: path, requireSecrets: false)
            } catch let error as ConfigurationError {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                throw ExitCode(78)
            }
            if var settings = configuration.journalPostgres {
                settings.poolSize = 2
                let journal = try PostgresJournal(configuration: settings, logger: Logger(label: "intake"))
                try await journal.start()
                return journal
            }
            return try SQLiteJournal(configuration: .init(path: configuration.journalPath), logger: Logger(label: "intake"))
        }

        /// Gives the target's new deliveries the source's state (they are appended pending).
        private func copyState(_ deliveries: [DeliveryRecord], to target: any ComplaintJournal) async throws {
            var results: [DeliveryResult] = []
            for delivery in deliveries {
                let at = delivery.updatedAt
                let transition: DeliveryResult.Transition
                switch delivery.status {
                case .pending: continue
                case .retrying: transition = .retry(at: delivery.nextAttemptAt ?? at)
                case .delivered: transition = .delivered
                case .dead: transition = .dead
                }
                results.append(
                    DeliveryResult(
                        key: delivery.key,
                        transition: transition,
                        attempt: delivery.attempts,
                        startedAt: at,
                        finishedAt: delivery.deliveredAt ?? at,
                        error: delivery.status == .delivered ? nil : delivery.lastError ?? "copied"
                    )
                )
            }
            try await target.record(results)
        }
    }
}
