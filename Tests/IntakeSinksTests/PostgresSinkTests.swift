import Foundation
import IntakeCore
import IntakeSinks
import IntakeTesting
import Logging
import Testing

/// The PostgreSQL sink against a real PostgreSQL started on loopback for the test (`scripts/postgres-throwaway`).
@Suite(.serialized)
struct PostgresSinkTests {
    static func server() async throws -> ThrowawayPostgres? {
        guard ThrowawayPostgres.isInstalled else {
            if ProcessInfo.processInfo.environment["INTAKE_REQUIRE_TOOLS"] == "1" {
                Issue.record("PostgreSQL is not installed; scripts/test installs it")
            } else {
                print("⚠️  SKIPPED PostgreSQL sink tests: apt-get install postgresql, or run scripts/test")
            }
            return nil
        }
        return try await ThrowawayPostgres.start()
    }

    static func sink(_ server: ThrowawayPostgres, createsTable: Bool = true) -> PostgresSink {
        PostgresSink(
            name: "warehouse",
            configuration: {
                var settings = PostgresSink.Configuration(
                    port: server.port,
                    username: "intake",
                    database: "intake",
                    tls: .disable,
                    createsTable: createsTable
                )
                // Generous: on a loaded CI machine (the e-mail tests move 20 MB mails meanwhile) 2 s was seen to pass.
                settings.queryTimeout = .seconds(15)
                return settings
            }(),
            logger: Logger(label: "test")
        )
    }

    /// `psql` as the test's user, for what the sink wrote.
    static func query(_ server: ThrowawayPostgres, _ sql: String) throws -> String {
        let outcome = try ChildProcess.run(
            "/usr/bin/env",
            ["psql", "-h", "127.0.0.1", "-p", "\(server.port)", "-U", "intake", "-At", "-c", sql, "intake"]
        )
        let data = Data(outcome.output.utf8)
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func rowsArriveWithTheirColumnsAndARepeatMakesNoSecondRow() async throws {
        guard let server = try await Self.server() else { return }
        let sink = Self.sink(server)
        var first = Fixtures.complaint(body: "快递三天未送达，客服电话打不通 \"引号\" 😀")
        first.category = .logistics
        first.severity = 2
        first.urgent = true
        first.occurredAt = Date(timeIntervalSince1970: 1_780_000_000.25)
        first.externalID = "call-7"
        first.subject = "快递 subject"
        first.related = Related(threadID: "01THREAD", earlierIDs: ["01EARLIER"], matchedOn: ["phone"])
        let batch = [first, Fixtures.complaint(body: "second"), Fixtures.complaint(body: "third")]
        let results = await sink.deliver(batch: batch.map { ($0, DeliveryAttempt(number: 1, idempotencyKey: $0.id)) })
        #expect(results.allSatisfy { (try? $0.get()) != nil }, "\(results)")
        // A repeat delivery (a retry after a lost answer, a replay) is a no-op.
        try await sink.deliver(first, attempt: DeliveryAttempt(number: 2, idempotencyKey: first.id))
        #expect(try Self.query(server, "SELECT count(*) FROM intake_complaints") == "3")
        #expect(try Self.query(server, "SELECT body FROM intake_complaints WHERE id = '\(first.id)'") == first.body)
        #expect(
            try Self.query(server, "SELECT category || ' ' || severity || ' ' || urgent FROM intake_complaints WHERE id = '\(first.id)'")
                == "logistics 2 true"
        )
        #expect(
            try Self.query(server, "SELECT document->'complainant'->>'phone' FROM intake_complaints WHERE id = '\(first.id)'") == "+8613900139000"
        )
        // The server reads the columns out of the document: each says what the complaint says.
        #expect(
            try Self.query(
                server,
                """
                SELECT concat_ws('|', channel, source, external_id, contact_key, thread_id, subject, extract(epoch FROM occurred_at)) \
                FROM intake_complaints WHERE id = '\(first.id)'
                """
            )
                == "\(first.channel.rawValue)|\(first.source)|call-7|phone:+8613900139000|01THREAD|快递 subject|1780000000.250000"
        )
        // The large columns are compressed with LZ4 where the server has it (pglz, the default, was slow).
        let lz4 = try Self.query(server, "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'") == "t"
        #expect(
            try Self.query(
                server,
                """
                SELECT string_agg(attname || '=' || attcompression::text, ',' ORDER BY attname) FROM pg_attribute \
                WHERE attrelid = 'intake_complaints'::regclass AND attname IN ('body', 'document', 'subject')
                """
            ) == (lz4 ? "body=l,document=l,subject=" : "body=,document=,subject=")
        )
        // The columns of a row with nothing optional set are NULL, and the times are the complaint's to the millisecond.
        let plain = batch[1]
        #expect(
            try Self.query(
                server,
                """
                SELECT concat_ws('|', coalesce(category, 'NULL'), coalesce(severity::text, 'NULL'), coalesce(occurred_at::text, 'NULL'), \
                coalesce(external_id, 'NULL'), channel, source, urgent::text, round(extract(epoch FROM received_at) * 1000)) \
                FROM intake_complaints WHERE id = '\(plain.id)'
                """
            )
                == "NULL|NULL|NULL|NULL|\(plain.channel.rawValue)|\(plain.source)|false|\(Int((plain.receivedAt.timeIntervalSince1970 * 1000).rounded()))"
        )
        await sink.shutdown()
    }

    @Test func aLargeBatchIsOneRowPerComplaintEvenWithARepeatInside() async throws {
        guard let server = try await Self.server() else { return }
        let sink = Self.sink(server)
        var batch = (0..<1500).map { index in
            var complaint = Fixtures.complaint(body: "批量 \(index)")
            complaint.severity = index % 4 + 1
            complaint.occurredAt = index.isMultiple(of: 2) ? Date(timeIntervalSince1970: 1_780_000_000 + Double(index)) : nil
            return complaint
        }
        batch.append(batch[7])
        let results = await sink.deliver(batch: batch.map { ($0, DeliveryAttempt(number: 1, idempotencyKey: $0.id)) })
        #expect(results.count == 1501 && results.allSatisfy { (try? $0.get()) != nil })
        #expect(try Self.query(server, "SELECT count(*) FROM intake_complaints") == "1500")
        #expect(try Self.query(server, "SELECT count(*) FROM intake_complaints WHERE occurred_at IS NULL") == "750")
        #expect(
            try Self.query(server, "SELECT sum(severity) FROM intake_complaints") == "\(batch.prefix(1500).reduce(0) { $0 + ($1.severity ?? 0) })"
        )
        #expect(
            try Self.query(server, "SELECT extract(epoch FROM occurred_at)::bigint FROM intake_complaints WHERE id = '\(batch[4].id)'")
                == "1780000004"
        )
        await sink.shutdown()
    }

    @Test func aMissingTableIsRetriedWithAHintAndBadDataIsDead() async throws {
        guard let server = try await Self.server() else { return }
        let sink = Self.sink(server, createsTable: false)
        let item = Fixtures.complaint()
        let error = try await #require(throws: SinkError.self) {
            try await sink.deliver(item, attempt: DeliveryAttempt(number: 1, idempotencyKey: item.id))
        }
        #expect(error.code == .transient && error.reason.contains("42P01") && error.reason.contains("intake sink init"), "\(error)")
        try await sink.createTable()
        try await sink.deliver(item, attempt: DeliveryAttempt(number: 2, idempotencyKey: item.id))
        // A body PostgreSQL refuses (a NUL byte in text) is dead at once, not retried for days.
        var broken = Fixtures.complaint(body: "nul \u{0} inside")
        broken.body = "nul \u{0} inside"
        let refused = try await #require(throws: SinkError.self) {
            try await sink.deliver(broken, attempt: DeliveryAttempt(number: 1, idempotencyKey: broken.id))
        }
        #expect(refused.code == .permanent, "\(refused)")
        await sink.shutdown()
    }

    @Test func theServerStoppedAndRestartedMidRunLosesNothing() async throws {
        guard let server = try await Self.server() else { return }
        let journal = MemoryJournal()
        let sink = Self.sink(server)
        var configuration = DeliveryWorker.Configuration(batchSize: 50)
        configuration.retry = RetryPolicy(
            initialDelay: .milliseconds(20),
            maximumDelay: .milliseconds(200),
            maximumAttempts: 1000,
            maximumAge: .seconds(600)
        )
        let worker = DeliveryWorker(sink: sink, journal: journal, configuration: configuration, logger: Logger(label: "test"))
        let complaints = (0..<300).map { Fixtures.complaint(body: "投诉 \($0)") }
        _ = try await journal.append(complaints.prefix(150).map { Fixtures.entry($0, sinks: ["warehouse"]) })
        await worker.runOnce()
        try server.stop()
        _ = try await journal.append(complaints.dropFirst(150).map { Fixtures.entry($0, sinks: ["warehouse"]) })
        // Each attempt while the server is down waits out the query timeout: a few at most, until one has failed.
        for _ in 0..<5 where try await journal.countDeliveries(matching: DeliveryFilter(statuses: [.retrying])) == 0 {
            await worker.runOnce()
            try await Task.sleep(for: .milliseconds(30))
        }
        #expect(try await journal.countDeliveries(matching: DeliveryFilter(statuses: [.retrying])) > 0)
        try server.restart()
        let deadline = ContinuousClock.now + .seconds(60)
        while try await journal.countDeliveries(matching: DeliveryFilter(statuses: [.delivered])) < 300, ContinuousClock.now < deadline {
            await worker.runOnce()
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(try await journal.countDeliveries(matching: DeliveryFilter(statuses: [.delivered])) == 300)
        #expect(try Self.query(server, "SELECT count(*), count(DISTINCT id) FROM intake_complaints") == "300|300")
        await sink.shutdown()
    }
}
