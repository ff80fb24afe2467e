import Foundation
import IntakeCore
import IntakeServer
import Logging
import NIOCore

enum TestGateway {
    static let token = "hotline-secret-token"
    static let adminToken = "ops-secret-token"

    static func directory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("intake-server-\(UUID().uuidString)").path
    }

    /// A gateway on a fresh directory; the native source `callcenter` takes `token`, the admin API `adminToken`.
    static func make(
        journal: (any ComplaintJournal)? = nil,
        _ adjust: (inout GatewayConfiguration) -> Void = { _ in }
    ) throws -> Gateway {
        var configuration = GatewayConfiguration.embeddedDefault(directory: directory())
        configuration.sources = [
            .init(
                intake: IntakeSource(name: "callcenter", defaultChannel: .hotline),
                tokens: [.init(name: "hotline", value: token)],
                allowsLoopbackWithoutToken: false
            )
        ]
        configuration.adminTokens = [.init(name: "ops", value: adminToken)]
        configuration.maximumBodyBytes = 64 * 1024
        configuration.maximumBatch = 10
        adjust(&configuration)
        return try Gateway(configuration: configuration, logger: Logger(label: "test"), journal: journal)
    }

    static func buffer(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }
}

/// A journal that refuses every append as overloaded, for the 503 path.
actor OverloadedJournal: ComplaintJournal {
    let inner = MemoryJournal()
    nonisolated func run() async throws { try await inner.run() }
    func append(_ entries: [JournalEntry]) async throws -> [AppendOutcome] {
        throw JournalError(.overloaded, reason: "test")
    }
    func complaint(id: String) async throws -> StoredComplaint? { try await inner.complaint(id: id) }
    func complaintID(forIdempotencyKey key: String) async throws -> String? { try await inner.complaintID(forIdempotencyKey: key) }
    func claimDue(sink: String, now: Date, limit: Int, lease: Duration) async throws -> [DeliveryClaim] {
        try await inner.claimDue(sink: sink, now: now, limit: limit, lease: lease)
    }
    func record(_ results: [DeliveryResult]) async throws { try await inner.record(results) }
    func releaseClaims(_ keys: [DeliveryKey]) async throws { try await inner.releaseClaims(keys) }
    func nextDueDate(sink: String) async throws -> Date? { try await inner.nextDueDate(sink: sink) }
    func deliveries(matching filter: DeliveryFilter, limit: Int, offset: Int) async throws -> [DeliveryRecord] {
        try await inner.deliveries(matching: filter, limit: limit, offset: offset)
    }
    func countDeliveries(matching filter: DeliveryFilter) async throws -> Int { try await inner.countDeliveries(matching: filter) }
    func deliveries(complaintID: String) async throws -> [DeliveryRecord] { try await inner.deliveries(complaintID: complaintID) }
    func attempts(complaintID: String) async throws -> [AttemptRecord] { try await inner.attempts(complaintID: complaintID) }
    func deliveryKeys(matching filter: DeliveryFilter, limit: Int) async throws -> [DeliveryKey] {
        try await inner.deliveryKeys(matching: filter, limit: limit)
    }
    func requeue(_ keys: [DeliveryKey], startingAt start: Date, interval: Duration) async throws -> Int {
        try await inner.requeue(keys, startingAt: start, interval: interval)
    }
    func appendAudit(_ entry: AuditEntry) async throws { try await inner.appendAudit(entry) }
    func auditLog(limit: Int) async throws -> [AuditEntry] { try await inner.auditLog(limit: limit) }
    func statistics() async throws -> [SinkStatistics] { try await inner.statistics() }
    func cursor(_ name: String) async throws -> String? { try await inner.cursor(name) }
    func setCursor(_ name: String, to value: String) async throws { try await inner.setCursor(name, to: value) }
    func isReady() async -> Bool { false }
    func recordFailedIntake(_ item: FailedIntake) async throws -> String { try await inner.recordFailedIntake(item) }
    func failedIntakes(source: String?, status: FailedIntakeStatus?, limit: Int) async throws -> [FailedIntake] {
        try await inner.failedIntakes(source: source, status: status, limit: limit)
    }
    func failedIntake(id: String) async throws -> FailedIntake? { try await inner.failedIntake(id: id) }
    func updateFailedIntakes(ids: [String], status: FailedIntakeStatus, complaintID: String?, reason: String?, at: Date) async throws -> Int {
        try await inner.updateFailedIntakes(ids: ids, status: status, complaintID: complaintID, reason: reason, at: at)
    }
    func contactLinks(identities: [String], since: Date, limit: Int) async throws -> [ContactLink] {
        try await inner.contactLinks(identities: identities, since: since, limit: limit)
    }
    func splitThread(complaintID: String, actor: String, reason: String?, at: Date) async throws -> ThreadSplit? {
        try await inner.splitThread(complaintID: complaintID, actor: actor, reason: reason, at: at)
    }
    func threadSplit(complaintID: String) async throws -> ThreadSplit? { try await inner.threadSplit(complaintID: complaintID) }
    func threadMembers(threadID: String) async throws -> [String] { try await inner.threadMembers(threadID: threadID) }
}
