import Foundation
import IntakeCore
import IntakeStoreSQLite
import IntakeTesting
import Logging
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
        #expect(try reopened.appliedMigrations() == ["v1"])
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
        let journal = try Self.open(maximumPending: 4)
        let results = await withTaskGroup(of: Result<String, any Error>.self) { group in
            for _ in 0..<200 {
                group.addTask {
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
        #expect(stored.count + refused.count == 200)
        #expect(refused.allSatisfy { $0.code == .overloaded })
        #expect(try await journal.countDeliveries(matching: DeliveryFilter()) == stored.count)
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
