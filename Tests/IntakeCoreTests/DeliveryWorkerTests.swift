import Foundation
import IntakeCore
import IntakeTesting
import Logging
import ServiceLifecycle
import Synchronization
import Testing

/// A sink whose behaviour a test switches, counting what it received.
final class SwitchableSink: ComplaintSink {
    enum Mode {
        case accept
        case failTransiently
        case failPermanently
    }

    let name: String
    private let state = Mutex<(mode: Mode, received: [String], attempts: Int)>((.accept, [], 0))

    init(name: String, mode: Mode = .accept) {
        self.name = name
        state.withLock { $0.mode = mode }
    }

    func set(_ mode: Mode) { state.withLock { $0.mode = mode } }
    var received: [String] { state.withLock { $0.received } }
    var attempts: Int { state.withLock { $0.attempts } }

    func deliver(_ complaint: Complaint, attempt: DeliveryAttempt) async throws {
        let mode = state.withLock { state -> Mode in
            state.attempts += 1
            if state.mode == .accept { state.received.append(complaint.id) }
            return state.mode
        }
        switch mode {
        case .accept: return
        case .failTransiently: throw SinkError(.transient, sink: name, reason: "connection refused")
        case .failPermanently: throw SinkError(.permanent, sink: name, reason: "HTTP 422")
        }
    }
}

struct DeliveryWorkerTests {
    static let fastRetry = DeliveryWorker.Configuration(
        retry: RetryPolicy(initialDelay: .milliseconds(5), maximumDelay: .milliseconds(20), maximumAttempts: 1000),
        batchSize: 16,
        idlePoll: .milliseconds(20)
    )

    let logger = Logger(label: "test")

    func append(_ count: Int, to journal: MemoryJournal, sinks: [String]) async throws -> [String] {
        let entries = (0..<count).map { _ in Fixtures.entry(sinks: sinks) }
        return try await journal.append(entries).map(\.id)
    }

    func withWorkers(_ workers: [DeliveryWorker], _ body: () async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            let serviceGroup = ServiceGroup(services: workers, logger: logger)
            group.addTask { try await serviceGroup.run() }
            try await body()
            await serviceGroup.triggerGracefulShutdown()
            try await group.waitForAll()
        }
    }

    @Test func aSinkOutageIsRiddenOutAndEverythingIsDeliveredOnce() async throws {
        let journal = MemoryJournal()
        let sink = SwitchableSink(name: "file", mode: .failTransiently)
        let worker = DeliveryWorker(sink: sink, journal: journal, configuration: Self.fastRetry, logger: logger)
        let ids = try await append(40, to: journal, sinks: ["file"])
        try await withWorkers([worker]) {
            try await eventually { try await journal.countDeliveries(matching: DeliveryFilter(statuses: [.retrying])) == 40 }
            sink.set(.accept)
            try await eventually { try await journal.countDeliveries(matching: DeliveryFilter(statuses: [.delivered])) == 40 }
        }
        #expect(Set(sink.received) == Set(ids))
        #expect(sink.received.count == 40)
        let attempts = try await journal.attempts(complaintID: ids[0])
        #expect(attempts.count >= 2)
        #expect(attempts.last?.outcome == "delivered")
        #expect(attempts.dropLast().allSatisfy { $0.outcome == "retry" && $0.error == "transient: connection refused" })
    }

    @Test func permanentFailuresGoDeadAndAReplayAfterRepairDeliversEachOnceMore() async throws {
        let journal = MemoryJournal()
        let sink = SwitchableSink(name: "helpdesk", mode: .failPermanently)
        let worker = DeliveryWorker(sink: sink, journal: journal, configuration: Self.fastRetry, logger: logger)
        let ids = try await append(25, to: journal, sinks: ["helpdesk"])
        try await withWorkers([worker]) {
            try await eventually { try await journal.countDeliveries(matching: DeliveryFilter(statuses: [.dead])) == 25 }
            #expect(sink.attempts == 25)
            sink.set(.accept)
            let replayer = Replayer(journal: journal, requeued: { _ in worker.wake() })
            let dry = try await replayer.replay(.init(filter: DeliveryFilter(sink: "helpdesk"), dryRun: true, actor: "ops"))
            #expect(dry.matched == 25 && dry.requeued == 0 && dry.sample.count == 10)
            #expect(try await journal.countDeliveries(matching: DeliveryFilter(statuses: [.dead])) == 25)
            let report = try await replayer.replay(.init(filter: DeliveryFilter(sink: "helpdesk"), ratePerSecond: 10, actor: "ops"))
            #expect(report.requeued == 25)
            try await eventually { try await journal.countDeliveries(matching: DeliveryFilter(statuses: [.delivered])) == 25 }
        }
        #expect(sink.received.sorted() == ids.sorted())
        let audit = try await journal.auditLog(limit: 10)
        #expect(audit.count == 1)
        #expect(audit.first?.actor == "ops" && audit.first?.count == 25 && audit.first?.action == "replay")
        let record = try await journal.deliveries(complaintID: ids[0])[0]
        #expect(record.replays == 1 && record.totalAttempts == 2)
    }

    @Test func retriesGiveUpAfterTheConfiguredAttempts() async throws {
        let journal = MemoryJournal()
        let sink = SwitchableSink(name: "s", mode: .failTransiently)
        var configuration = Self.fastRetry
        configuration.retry.maximumAttempts = 3
        let worker = DeliveryWorker(sink: sink, journal: journal, configuration: configuration, logger: logger)
        let ids = try await append(2, to: journal, sinks: ["s"])
        try await withWorkers([worker]) {
            try await eventually { try await journal.countDeliveries(matching: DeliveryFilter(statuses: [.dead])) == 2 }
        }
        #expect(sink.attempts == 6)
        let record = try await journal.deliveries(complaintID: ids[0])[0]
        #expect(record.attempts == 3)
        #expect(record.lastError?.contains("gave up after 3 attempts") == true)
    }

    @Test func oneSinkDownNeverDelaysAnother() async throws {
        let journal = MemoryJournal()
        let down = SwitchableSink(name: "down", mode: .failTransiently)
        let up = SwitchableSink(name: "up")
        let workers = [down, up].map { DeliveryWorker(sink: $0, journal: journal, configuration: Self.fastRetry, logger: logger) }
        let ids = try await append(30, to: journal, sinks: ["down", "up"])
        try await withWorkers(workers) {
            try await eventually { up.received.count == 30 }
            #expect(try await journal.countDeliveries(matching: DeliveryFilter(statuses: [.delivered], sink: "down")) == 0)
        }
        #expect(Set(up.received) == Set(ids))
    }

    @Test func aWokenWorkerDeliversWithoutWaitingForItsPoll() async throws {
        let journal = MemoryJournal()
        let sink = SwitchableSink(name: "s")
        var configuration = Self.fastRetry
        configuration.idlePoll = .seconds(3600)
        let worker = DeliveryWorker(sink: sink, journal: journal, configuration: configuration, logger: logger)
        try await withWorkers([worker]) {
            try await Task.sleep(for: .milliseconds(50))
            _ = try await append(1, to: journal, sinks: ["s"])
            worker.wake()
            try await eventually(timeout: .seconds(5)) { sink.received.count == 1 }
        }
    }

    @Test func shutdownFinishesTheBatchInFlight() async throws {
        let journal = MemoryJournal()
        let started = Mutex(false)
        let sink = ClosureSink(name: "slow") { _, _ in
            started.withLock { $0 = true }
            try? await Task.sleep(for: .milliseconds(300))
        }
        let worker = DeliveryWorker(sink: sink, journal: journal, configuration: Self.fastRetry, logger: logger)
        let ids = try await append(1, to: journal, sinks: ["slow"])
        try await withWorkers([worker]) {
            try await eventually { started.withLock { $0 } }
        }
        let record = try await journal.deliveries(complaintID: ids[0])[0]
        #expect(record.status == .delivered)
    }

    @Test func aBacklogsNextBatchIsClaimedDuringDeliveryAndFreedAtShutdownIfNeverAttempted() async throws {
        let journal = MemoryJournal()
        let received = Mutex(0)
        // The first batch is held until the worker has been told to stop (its shutdown handler has run then).
        let sink = ClosureSink(name: "slow") { _, _ in
            received.withLock { $0 += 1 }
            while !Task.isShuttingDownGracefully { try? await Task.sleep(for: .milliseconds(5)) }
        }
        // Two full batches: one in flight, one claimed ahead.
        _ = try await append(2 * Self.fastRetry.batchSize, to: journal, sinks: ["slow"])
        let worker = DeliveryWorker(sink: sink, journal: journal, configuration: Self.fastRetry, logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            let serviceGroup = ServiceGroup(services: [worker], logger: logger)
            group.addTask { try await serviceGroup.run() }
            try await eventually { received.withLock { $0 } == 1 }
            // While the first batch is held in the sink, every delivery is claimed: none is due before a lease ends.
            try await eventually {
                guard let due = try await journal.nextDueDate(sink: "slow") else { return false }
                return due > Date().addingTimeInterval(60)
            }
            await serviceGroup.triggerGracefulShutdown()
            try await group.waitForAll()
        }
        let statistics = try await journal.statistics().first { $0.sink == "slow" }
        #expect(statistics?.delivered == Self.fastRetry.batchSize)
        #expect(statistics?.pending == Self.fastRetry.batchSize)
        // The batch claimed ahead was never attempted: it is due now, for any worker, not in two minutes.
        let due = try #require(try await journal.nextDueDate(sink: "slow"))
        #expect(due <= Date())
        let claimable = try await journal.claimDue(sink: "slow", now: Date(), limit: 100, lease: .seconds(120))
        #expect(claimable.count == Self.fastRetry.batchSize)
        #expect(received.withLock { $0 } == Self.fastRetry.batchSize)
    }
}
