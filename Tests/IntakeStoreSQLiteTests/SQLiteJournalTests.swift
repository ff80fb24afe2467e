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
        #expect(try reopened.appliedMigrations() == ["v1", "v2-contact-links", "v3-failed-intake", "v4-oldest-undelivered"])
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
