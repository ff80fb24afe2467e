import Foundation
import GRDB
import IntakeCore
import IntakeStoreSQLite
import IntakeTesting
import Logging
import ServiceLifecycle
import Synchronization
import Testing

struct SQLiteJournalTests {
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("intake-\(UUID().uuidString)/journal.sqlite").path
    }

    static func open(_ path: String = temporaryPath(), maximumPending: Int = 8192) throws -> SQLiteJournal {
        try SQLiteJournal(configuration: .init(path: path, maximumPendingEntries: maximumPending), logger: Logger(label: "test"))
    }

    @Test(arguments: JournalConformance.checks)
    func conformance(_ check: JournalConformance.Check) async throws {
        try await check.run(try Self.open())
    }

    @Test func whatWasCommittedSurvivesReopening() async throws {
        let path = Self.temporaryPath()
        let entries = (0..<20).map { _ in Fixtures.entry(sinks: ["file"]) }
        do {
            let journal = try Self.open(path)
            _ = try await journal.append(entries)
        }
        let reopened = try Self.open(path)
        for entry in entries {
            #expect(try await reopened.complaint(id: entry.complaint.id)?.complaint == entry.complaint)
        }
        #expect(try await reopened.countDeliveries(matching: DeliveryFilter(statuses: [.pending])) == 20)
        #expect(try reopened.appliedMigrations() == ["v1", "v2-contact-links", "v3-failed-intake", "v4-oldest-undelivered", "v5-delivery-counts"])
    }

    @Test func customersAreFoundAgainAfterReopeningWithinTheWindowOnly() async throws {
        let path = Self.temporaryPath()
        let now = RFC3339.truncatedToMilliseconds(Date())
        func complaint(daysAgo: Double, phone: String) -> Complaint {
            let receivedAt = now.addingTimeInterval(-daysAgo * 86_400)
            var complaint = Fixtures.complaint(id: ComplaintID.make(at: receivedAt), receivedAt: receivedAt)
            complaint.complainant = Complainant(phone: phone)
            return complaint
        }
        let old = complaint(daysAgo: 40, phone: "+8613800138000")
        let recent = complaint(daysAgo: 3, phone: "+8613800138000")
        var split = complaint(daysAgo: 2, phone: "+8613800138000")
        split.related = Related(threadID: recent.id, earlierIDs: [recent.id], matchedOn: ["phone"])
        do {
            let journal = try SQLiteJournal(
                configuration: .init(path: path, contactWindow: .seconds(30 * 86_400)),
                logger: Logger(label: "test"),
                now: { now }
            )
            for item in [old, recent, split] { _ = try await journal.append([Fixtures.entry(item)]) }
            _ = try await journal.splitThread(complaintID: split.id, actor: "ops", reason: "not the same person", at: now)
        }
        let reopened = try SQLiteJournal(
            configuration: .init(path: path, contactWindow: .seconds(30 * 86_400)),
            logger: Logger(label: "test"),
            now: { now }
        )
        let links = try await reopened.contactLinks(
            identities: ["phone:+8613800138000"],
            since: now.addingTimeInterval(-60 * 86_400),
            limit: 10
        )
        #expect(links.map(\.complaintID) == [split.id, recent.id], "40 days ago is outside the window loaded")
        #expect(links.first?.threadID == split.id, "the split is applied again on opening")
        #expect(links.last?.threadID == recent.id)
    }

    @Test func theFileIsInWALModeWithFullSynchronousCommits() async throws {
        let path = Self.temporaryPath()
        let journal = try Self.open(path)
        _ = try await journal.append([Fixtures.entry()])
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        let settings = try journal.durabilitySettings()
        #expect(settings.journalMode == "wal")
        #expect(settings.synchronous == 2)
    }

    @Test func concurrentAppendsShareCommits() async throws {
        let journal = try Self.open()
        let entries = (0..<400).map { _ in Fixtures.entry(sinks: ["file"]) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for entry in entries { group.addTask { _ = try await journal.append([entry]) } }
            try await group.waitForAll()
        }
        let commits = journal.commitCount
        #expect(try await journal.countDeliveries(matching: DeliveryFilter()) == 400)
        // Group commit: 400 concurrent requests need far fewer than 400 transactions.
        #expect(commits < 400, "\(commits) commits for 400 appends")
        #expect(commits >= 1)
    }

    @Test func aFullQueueRefusesAppendsAsOverloadedAndStoresNothingOfThem() async throws {
        let path = Self.temporaryPath()
        let journal = try SQLiteJournal(
            configuration: .init(path: path, maximumPendingEntries: 4, busyTimeout: .seconds(30)),
            logger: Logger(label: "test")
        )
        // Another process holds the write lock, as a long `intake replay` or a backup would: the writer waits,
        // appends queue up, and past the limit they are refused.
        let other = try DatabaseQueue(path: path)
        let locked = Locked(false)
        let asked = Locked(0)
        let results = await withTaskGroup(of: Result<String, any Error>.self) { group in
            group.addTask {
                // GRDB wants a transaction closed within one access: hold the lock for half a second inside it.
                try? await other.writeWithoutTransaction { db in
                    try db.execute(sql: "BEGIN IMMEDIATE")
                    locked.value = true
                    // Held until every append has been made (a busy machine may start them late), then a moment more.
                    let deadline = Date().addingTimeInterval(30)
                    while asked.value < 11, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
                    Thread.sleep(forTimeInterval: 0.5)
                    try db.execute(sql: "COMMIT")
                }
                return .failure(CancellationError())
            }
            while !locked.value { try? await Task.sleep(for: .milliseconds(5)) }
            for _ in 0..<11 {
                group.addTask {
                    asked.withLock { $0 += 1 }
                    do { return .success(try await journal.append([Fixtures.entry()])[0].id) } catch { return .failure(error) }
                }
            }
            var results: [Result<String, any Error>] = []
            for await result in group { results.append(result) }
            return results
        }
        let stored = results.compactMap { try? $0.get() }
        let refused = results.compactMap { result -> JournalError? in
            if case .failure(let error) = result { return error as? JournalError }
            return nil
        }
        #expect(stored.count + refused.count == 11)
        #expect(!refused.isEmpty, "nothing was refused with the writer blocked")
        #expect(stored.count >= 4, "the queued appends commit once the lock is released")
        #expect(refused.allSatisfy { $0.code == .overloaded })
        #expect(try await journal.countDeliveries(matching: DeliveryFilter()) == stored.count)
    }

    @Test func workersDeliverFromTheSQLiteJournalThroughAnOutage() async throws {
        let journal = try Self.open()
        let failing = Locked(true)
        let received = Locked<[String]>([])
        let sink = ClosureSink(name: "file") { complaint, _ in
            if failing.value { throw SinkError(.transient, sink: "file", reason: "down") }
            received.mutate { $0.append(complaint.id) }
        }
        let worker = DeliveryWorker(
            sink: sink,
            journal: journal,
            configuration: .init(
                retry: RetryPolicy(initialDelay: .milliseconds(5), maximumDelay: .milliseconds(20), maximumAttempts: 1000),
                idlePoll: .milliseconds(20)
            ),
            logger: Logger(label: "test")
        )
        let ids = try await journal.append((0..<30).map { _ in Fixtures.entry(sinks: ["file"]) }).map(\.id)
        let group = ServiceGroup(services: [worker], logger: Logger(label: "test"))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            try await eventually { try await journal.countDeliveries(matching: DeliveryFilter(statuses: [.retrying])) == 30 }
            failing.value = false
            try await eventually { try await journal.countDeliveries(matching: DeliveryFilter(statuses: [.delivered])) == 30 }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        #expect(received.value.sorted() == ids.sorted())
    }

    @Test func anUnreadableStoredComplaintIsDeadAndDoesNotBlockTheQueue() async throws {
        let path = Self.temporaryPath()
        let journal = try Self.open(path)
        let entries = (0..<3).map { _ in Fixtures.entry(sinks: ["file"]) }
        _ = try await journal.append(entries)
        let other = try DatabaseQueue(path: path)
        try await other.write { db in
            try db.execute(sql: "UPDATE complaints SET document = ? WHERE id = ?", arguments: [Data("{broken".utf8), entries[0].complaint.id])
        }
        // After a restart nothing is cached: the document is read from the file.
        let reopened = try Self.open(path)
        let claims = try await reopened.claimDue(sink: "file", now: Date(), limit: 10, lease: .seconds(60))
        #expect(claims.map(\.complaint.id) == entries.dropFirst().map(\.complaint.id))
        let record = try await reopened.deliveries(complaintID: entries[0].complaint.id)[0]
        #expect(record.status == .dead)
        #expect(record.lastError?.hasPrefix("corrupt:") == true)
    }

    /// Claims of complaints read from the file (after a restart, a backlog) carry the stored bytes for the sinks to
    /// send as they are; a document in an older form (here: a member name escaped, which only the general decoder
    /// reads) is decoded and encoded again instead. Complaints still at hand since their append carry none.
    @Test func claimsCarryTheStoredDocumentWhenItIsInThisBuildsForm() async throws {
        let path = Self.temporaryPath()
        let entries = (0..<3).map { _ in Fixtures.entry(sinks: ["a", "b"]) }
        do {
            let journal = try Self.open(path)
            _ = try await journal.append(entries)
            let claims = try await journal.claimDue(sink: "a", now: Date(), limit: 10, lease: .seconds(60))
            #expect(claims.count == 3 && claims.allSatisfy { $0.document == nil })
        }
        let older = String(decoding: entries[0].complaint.jsonData(), as: UTF8.self).replacingOccurrences(of: #""body":"#, with: #""b\u006fdy":"#)
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE complaints SET document = ? WHERE id = ?", arguments: [Data(older.utf8), entries[0].complaint.id])
        }
        let reopened = try Self.open(path)
        let claims = try await reopened.claimDue(sink: "b", now: Date(), limit: 10, lease: .seconds(60))
        #expect(claims.map(\.complaint) == entries.map(\.complaint))
        #expect(claims[0].document == nil)
        #expect(claims.dropFirst().allSatisfy { $0.document == $0.complaint.jsonData() })
    }

    /// The counts per sink and status are kept by triggers: they start from the rows a file already holds, and
    /// follow whichever process writes.
    @Test func deliveryCountsStartFromTheRowsThereAndFollowEveryWriter() async throws {
        let path = Self.temporaryPath()
        let entries = (0..<5).map { _ in Fixtures.entry(sinks: ["a", "b"]) }
        var deadKey: DeliveryKey?
        do {
            let journal = try Self.open(path)
            _ = try await journal.append(entries)
            let now = Date()
            let claims = try await journal.claimDue(sink: "a", now: now, limit: 3, lease: .seconds(60))
            try await journal.record(
                claims.enumerated().map { index, claim in
                    DeliveryResult(
                        key: claim.record.key,
                        transition: index < 2 ? .delivered : .dead,
                        attempt: 1,
                        startedAt: now,
                        finishedAt: now,
                        error: nil
                    )
                }
            )
            deadKey = claims[2].record.key
        }
        // As if the file came from a build without the counts: the migration counts what is there.
        try await DatabaseQueue(path: path).write { db in
            try db.execute(
                sql: """
                    DROP TRIGGER deliveries_counted_insert; DROP TRIGGER deliveries_counted_update; DROP TRIGGER deliveries_counted_delete;
                    DROP TABLE delivery_counts; DELETE FROM grdb_migrations WHERE identifier = 'v5-delivery-counts';
                    """
            )
        }
        let journal = try Self.open(path)
        func counts() async throws -> [String] {
            try await journal.statistics().map { "\($0.sink) p\($0.pending) r\($0.retrying) d\($0.delivered) x\($0.dead)" }
        }
        #expect(try await counts() == ["a p2 r0 d2 x1", "b p5 r0 d0 x0"])
        // Another process (an operator's replay) requeues the dead one; this one appends more.
        let operatorSide = try Self.open(path)
        #expect(try await operatorSide.requeue([try #require(deadKey)], at: Date()) == 1)
        _ = try await journal.append([Fixtures.entry(sinks: ["b"])])
        #expect(try await counts() == ["a p3 r0 d2 x0", "b p6 r0 d0 x0"])
        let direct = try await DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT sink, status, COUNT(*) AS n FROM deliveries GROUP BY sink, status ORDER BY sink, status")
                .map { "\($0["sink"] as String) \($0["status"] as String) \($0["n"] as Int)" }
        }
        #expect(direct == ["a delivered 2", "a pending 3", "b pending 6"])
    }

    @Test func anotherProcessCanRequeueWhileTheJournalIsOpen() async throws {
        let path = Self.temporaryPath()
        let gateway = try Self.open(path)
        let entry = Fixtures.entry(sinks: ["a"])
        _ = try await gateway.append([entry])
        let now = Date()
        let key = DeliveryKey(complaintID: entry.complaint.id, sink: "a")
        _ = try await gateway.claimDue(sink: "a", now: now, limit: 1, lease: .seconds(60))
        try await gateway.record([DeliveryResult(key: key, transition: .dead, attempt: 1, startedAt: now, finishedAt: now, error: "x")])
        let operatorSide = try Self.open(path)
        #expect(try await operatorSide.requeue([key], at: now) == 1)
        let claims = try await gateway.claimDue(sink: "a", now: now, limit: 1, lease: .seconds(60))
        #expect(claims.map(\.complaint.id) == [entry.complaint.id])
    }
}
