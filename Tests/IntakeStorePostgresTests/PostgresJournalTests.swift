import Foundation
import IntakeCore
import IntakeStorePostgres
import IntakeTesting
import Logging
import Testing

/// The PostgreSQL journal against a real PostgreSQL started on loopback for the test (`scripts/postgres-throwaway`).
@Suite(.serialized)
struct PostgresJournalTests {
    static func server() async throws -> ThrowawayPostgres? {
        guard ThrowawayPostgres.isInstalled else {
            if ProcessInfo.processInfo.environment["INTAKE_REQUIRE_TOOLS"] == "1" {
                Issue.record("PostgreSQL is not installed; scripts/test installs it")
            } else {
                print("⚠️  SKIPPED PostgreSQL journal tests: apt-get install postgresql, or run scripts/test")
            }
            return nil
        }
        return try await ThrowawayPostgres.start()
    }

    static func configuration(_ server: ThrowawayPostgres, database: String = "intake", replica: String = "test") -> PostgresJournal.Configuration {
        PostgresJournal.Configuration(port: server.port, username: "intake", database: database, tls: .disable, poolSize: 4, replica: replica)
    }

    /// A new, empty database on `server`.
    static func freshDatabase(_ server: ThrowawayPostgres) async throws -> String {
        let name = "j_" + UUID().uuidString.lowercased().replacing("-", with: "").prefix(16)
        let admin = try PostgresJournal(configuration: configuration(server), logger: Logger(label: "test"))
        try await admin.execute("CREATE DATABASE \(name)")
        await admin.shutdown()
        return String(name)
    }

    /// Two started journals, replicas `a` and `b`, on a fresh database of `server`.
    static func twoReplicas(_ server: ThrowawayPostgres) async throws -> (PostgresJournal, PostgresJournal) {
        let database = try await freshDatabase(server)
        let first = try PostgresJournal(configuration: configuration(server, database: database, replica: "a"), logger: Logger(label: "test"))
        let second = try PostgresJournal(configuration: configuration(server, database: database, replica: "b"), logger: Logger(label: "test"))
        try await first.start()
        try await second.start()
        return (first, second)
    }

    @Test func passesTheJournalConformanceSuite() async throws {
        guard let server = try await Self.server() else { return }
        for check in JournalConformance.checks {
            let database = try await Self.freshDatabase(server)
            let journal = try PostgresJournal(configuration: Self.configuration(server, database: database), logger: Logger(label: "test"))
            try await journal.start()
            do {
                try await check.run(journal)
            } catch {
                Issue.record("\(check.name): \(error)")
            }
            await journal.shutdown()
        }
    }

    @Test func replicasStartingTogetherApplyEachMigrationOnce() async throws {
        guard let server = try await Self.server() else { return }
        let database = try await Self.freshDatabase(server)
        let journals = try (0..<3).map {
            try PostgresJournal(configuration: Self.configuration(server, database: database, replica: "r\($0)"), logger: Logger(label: "test"))
        }
        let applied = try await withThrowingTaskGroup(of: [String].self) { group in
            for journal in journals {
                group.addTask {
                    try await journal.startWithoutMigrating()
                    return try await journal.migrate()
                }
            }
            var all: [String] = []
            for try await names in group { all += names }
            return all
        }
        #expect(applied.sorted() == PostgresJournal.migrationNames)
        #expect(try await journals[0].appliedMigrations() == PostgresJournal.migrationNames)
        for journal in journals { await journal.shutdown() }
    }

    @Test func replicasNeverClaimTheSameDeliveryAndADeadReplicasClaimsExpire() async throws {
        guard let server = try await Self.server() else { return }
        let (first, second) = try await Self.twoReplicas(server)
        _ = try await first.append((0..<200).map { _ in Fixtures.entry(sinks: ["helpdesk"]) })
        let now = Date()
        // Both claim at once, in small bites: every delivery goes to exactly one of them.
        async let fromFirst = Self.claimAll(first, now: now)
        async let fromSecond = Self.claimAll(second, now: now)
        let (a, b) = try await (fromFirst, fromSecond)
        #expect(a.count + b.count == 200)
        #expect(Set(a).isDisjoint(with: Set(b)))
        #expect(!a.isEmpty && !b.isEmpty)
        // The first replica dies holding its claims: after the lease they are due again, for the other.
        #expect(try await second.claimDue(sink: "helpdesk", now: now, limit: 500, lease: .seconds(30)).isEmpty)
        let later = try await second.claimDue(sink: "helpdesk", now: now.addingTimeInterval(31), limit: 500, lease: .seconds(30))
        #expect(later.count == 200)
        // A lease is held by one replica until it expires.
        #expect(try await first.acquireLease("imap:inbox", for: .seconds(60)))
        #expect(try await !second.acquireLease("imap:inbox", for: .seconds(60)))
        #expect(try await first.acquireLease("imap:inbox", for: .seconds(60)))
        try await first.releaseLease("imap:inbox")
        #expect(try await second.acquireLease("imap:inbox", for: .seconds(60)))
        await first.shutdown()
        await second.shutdown()
    }

    @Test func partsOfOneMessageArrivingAtTwoReplicasAtOnceAreAllKept() async throws {
        guard let server = try await Self.server() else { return }
        let (first, second) = try await Self.twoReplicas(server)
        let assemblers = [FragmentAssembler(journal: first), FragmentAssembler(journal: second)]
        let total = 12
        let outcomes = try await withThrowingTaskGroup(of: FragmentAssembler.Addition.self) { group in
            for part in 1...total {
                group.addTask {
                    var draft = ComplaintDraft()
                    draft.body = "第\(part)段。"
                    return try await assemblers[part % 2].add(
                        source: "sms",
                        group: "msg-1",
                        part: part,
                        total: total,
                        id: "p\(part)",
                        draft: draft,
                        now: Date()
                    )
                }
            }
            var all: [FragmentAssembler.Addition] = []
            for try await outcome in group { all.append(outcome) }
            return all
        }
        // Exactly one addition saw the message whole, with every part in order.
        let complete = outcomes.compactMap { outcome -> ComplaintDraft? in
            if case .complete(let draft) = outcome { return draft }
            return nil
        }
        #expect(complete.count == 1)
        #expect(complete.first?.body == (1...total).map { "第\($0)段。" }.joined())
        await first.shutdown()
        await second.shutdown()
    }

    static func claimAll(_ journal: PostgresJournal, now: Date) async throws -> [String] {
        var claimed: [String] = []
        while true {
            let claims = try await journal.claimDue(sink: "helpdesk", now: now, limit: 7, lease: .seconds(30))
            if claims.isEmpty { return claimed }
            claimed += claims.map(\.record.key.complaintID)
        }
    }

    @Test func twoReplicasGivenTheSameComplaintStoreItOnce() async throws {
        guard let server = try await Self.server() else { return }
        let (first, second) = try await Self.twoReplicas(server)
        let entries = (0..<50).map { Fixtures.entry(key: "call-\($0)", sinks: ["file"]) }
        let copies = entries.map { entry in
            var copy = Fixtures.entry(key: entry.idempotencyKey, sinks: ["file"])
            copy.raw = entry.raw
            return copy
        }
        async let one = first.append(entries)
        async let other = second.append(copies)
        let (a, b) = try await (one, other)
        for (x, y) in zip(a, b) { #expect(x.id == y.id && x.isDuplicate != y.isDuplicate) }
        #expect(try await first.countDeliveries(matching: DeliveryFilter()) == 50)
        await first.shutdown()
        await second.shutdown()
    }
}
