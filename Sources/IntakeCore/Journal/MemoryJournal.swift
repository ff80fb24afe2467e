import ServiceLifecycle

public import struct Foundation.Date

/// A journal in memory, for tests and for trying things out. Nothing survives the process.
public actor MemoryJournal: ComplaintJournal {
    private struct Delivery {
        var record: DeliveryRecord
        var claimedUntil: Date?
    }

    private var complaints: [String: StoredComplaint] = [:]
    private var order: [String] = []
    private var keys: [String: String] = [:]
    private var deliveries: [DeliveryKey: Delivery] = [:]
    private var deliveryOrder: [DeliveryKey] = []
    private var attemptLog: [AttemptRecord] = []
    private var audit: [AuditEntry] = []
    private var cursors: [String: String] = [:]
    private var failed: [FailedIntake] = []
    private var links: [String: [ContactLink]] = [:]
    private var splits: [String: ThreadSplit] = [:]
    private let now: @Sendable () -> Date

    /// Creates an empty journal.
    /// - Parameter now: the wall clock used for delivery timestamps.
    public init(now: @escaping @Sendable () -> Date = { Date() }) {
        self.now = now
    }

    public nonisolated func run() async throws {
        try? await gracefulShutdown()
    }

    public func append(_ entries: [JournalEntry]) async throws -> [AppendOutcome] {
        for entry in entries where entry.requiresSamePayload {
            if let original = keys[entry.idempotencyKey], complaints[original]?.raw.reference.sha256 != entry.raw.reference.sha256 {
                throw JournalError(.keyReused, reason: "the key was used before for a different payload", originalID: original)
            }
        }
        var outcomes: [AppendOutcome] = []
        let at = now()
        for entry in entries {
            if let original = keys[entry.idempotencyKey] {
                outcomes.append(.duplicate(originalID: original))
                continue
            }
            let complaint = entry.complaint
            keys[entry.idempotencyKey] = complaint.id
            complaints[complaint.id] = StoredComplaint(complaint: complaint, idempotencyKey: entry.idempotencyKey, raw: entry.raw)
            order.append(complaint.id)
            for identity in ContactIdentity.keys(of: complaint.complainant) {
                let link = ContactLink(
                    complaintID: complaint.id,
                    threadID: complaint.related?.threadID ?? complaint.id,
                    identity: identity.key,
                    receivedAt: complaint.receivedAt
                )
                links[identity.key, default: []].append(link)
            }
            for sink in entry.sinks {
                let key = DeliveryKey(complaintID: complaint.id, sink: sink)
                let record = DeliveryRecord(
                    key: key,
                    status: .pending,
                    attempts: 0,
                    totalAttempts: 0,
                    replays: 0,
                    nextAttemptAt: at,
                    lastError: nil,
                    createdAt: at,
                    activeSince: at,
                    updatedAt: at,
                    deliveredAt: nil,
                    source: complaint.source,
                    channel: complaint.channel,
                    receivedAt: complaint.receivedAt
                )
                deliveries[key] = Delivery(record: record)
                deliveryOrder.append(key)
            }
            outcomes.append(.created(id: complaint.id))
        }
        return outcomes
    }

    public func complaint(id: String) async throws -> StoredComplaint? {
        complaints[id]
    }

    public func complaintID(forIdempotencyKey idempotencyKey: String) async throws -> String? {
        keys[idempotencyKey]
    }

    public func claimDue(sink: String, now: Date, limit: Int, lease: Duration) async throws -> [DeliveryClaim] {
        var claims: [DeliveryClaim] = []
        for key in deliveryOrder where key.sink == sink {
            guard claims.count < limit, var delivery = deliveries[key] else { continue }
            guard delivery.record.status == .pending || delivery.record.status == .retrying else { continue }
            guard (delivery.record.nextAttemptAt ?? now) <= now else { continue }
            if let claimedUntil = delivery.claimedUntil, claimedUntil > now { continue }
            guard let stored = complaints[key.complaintID] else { continue }
            delivery.claimedUntil = now.addingTimeInterval(lease.seconds)
            deliveries[key] = delivery
            claims.append(DeliveryClaim(record: delivery.record, complaint: stored.complaint))
        }
        return claims
    }

    public func releaseClaims(_ keys: [DeliveryKey]) async throws {
        for key in keys { deliveries[key]?.claimedUntil = nil }
    }

    public func record(_ results: [DeliveryResult]) async throws {
        for result in results {
            guard var delivery = deliveries[result.key] else { continue }
            if let since = result.activeSince, since != delivery.record.activeSince {
                attemptLog.append(
                    AttemptRecord(
                        key: result.key,
                        attempt: result.attempt,
                        startedAt: result.startedAt,
                        finishedAt: result.finishedAt,
                        outcome: "superseded",
                        error: result.error
                    )
                )
                continue
            }
            delivery.claimedUntil = nil
            delivery.record.attempts = result.attempt
            delivery.record.totalAttempts += 1
            delivery.record.updatedAt = result.finishedAt
            delivery.record.lastError = result.error
            let outcome: String
            switch result.transition {
            case .delivered:
                delivery.record.status = .delivered
                delivery.record.nextAttemptAt = nil
                delivery.record.deliveredAt = result.finishedAt
                outcome = "delivered"
            case .retry(let at):
                delivery.record.status = .retrying
                delivery.record.nextAttemptAt = at
                outcome = "retry"
            case .dead:
                delivery.record.status = .dead
                delivery.record.nextAttemptAt = nil
                outcome = "dead"
            }
            deliveries[result.key] = delivery
            attemptLog.append(
                AttemptRecord(
                    key: result.key,
                    attempt: result.attempt,
                    startedAt: result.startedAt,
                    finishedAt: result.finishedAt,
                    outcome: outcome,
                    error: result.error
                )
            )
        }
    }

    public func nextDueDate(sink: String) async throws -> Date? {
        var earliest: Date?
        for (key, delivery) in deliveries where key.sink == sink {
            guard delivery.record.status == .pending || delivery.record.status == .retrying else { continue }
            let due = max(delivery.record.nextAttemptAt ?? .distantPast, delivery.claimedUntil ?? .distantPast)
            if earliest.map({ due < $0 }) ?? true { earliest = due }
        }
        return earliest
    }

    public func deliveries(matching filter: DeliveryFilter, limit: Int, offset: Int) async throws -> [DeliveryRecord] {
        let matching = deliveryOrder.compactMap { deliveries[$0]?.record }.filter(filter.matches)
        return Array(matching.dropFirst(offset).prefix(limit))
    }

    public func countDeliveries(matching filter: DeliveryFilter) async throws -> Int {
        deliveryOrder.compactMap { deliveries[$0]?.record }.filter(filter.matches).count
    }

    public func deliveries(complaintID: String) async throws -> [DeliveryRecord] {
        deliveryOrder.filter { $0.complaintID == complaintID }.compactMap { deliveries[$0]?.record }
    }

    public func attempts(complaintID: String) async throws -> [AttemptRecord] {
        attemptLog.filter { $0.key.complaintID == complaintID }
    }

    public func deliveryKeys(matching filter: DeliveryFilter, limit: Int) async throws -> [DeliveryKey] {
        Array(deliveryOrder.compactMap { deliveries[$0]?.record }.filter(filter.matches).prefix(limit).map(\.key))
    }

    public func requeue(_ keys: [DeliveryKey], startingAt start: Date, interval: Duration) async throws -> Int {
        var count = 0
        var seen: Set<DeliveryKey> = []
        for key in keys where seen.insert(key).inserted {
            guard var delivery = deliveries[key] else { continue }
            delivery.record.status = .pending
            delivery.record.attempts = 0
            delivery.record.replays += 1
            let due = start.addingTimeInterval(interval.seconds * Double(count))
            delivery.record.nextAttemptAt = due
            delivery.record.activeSince = due
            delivery.record.updatedAt = start
            delivery.claimedUntil = nil
            deliveries[key] = delivery
            count += 1
        }
        return count
    }

    public func appendAudit(_ entry: AuditEntry) async throws {
        audit.append(entry)
    }

    public func auditLog(limit: Int) async throws -> [AuditEntry] {
        Array(audit.reversed().prefix(limit))
    }

    public func statistics() async throws -> [SinkStatistics] {
        var bySink: [String: SinkStatistics] = [:]
        for key in deliveryOrder {
            guard let record = deliveries[key]?.record else { continue }
            var stats = bySink[key.sink] ?? SinkStatistics(sink: key.sink)
            switch record.status {
            case .pending: stats.pending += 1
            case .retrying: stats.retrying += 1
            case .dead: stats.dead += 1
            case .delivered: stats.delivered += 1
            }
            if record.status == .pending || record.status == .retrying {
                if stats.oldestUndeliveredAt.map({ record.createdAt < $0 }) ?? true { stats.oldestUndeliveredAt = record.createdAt }
            }
            bySink[key.sink] = stats
        }
        return bySink.values.sorted { $0.sink < $1.sink }
    }

    public func cursor(_ name: String) async throws -> String? {
        cursors[name]
    }

    public func setCursor(_ name: String, to value: String) async throws {
        cursors[name] = value
    }

    public func recordFailedIntake(_ item: FailedIntake) async throws -> String {
        if let existing = failed.first(where: { $0.key == item.key }) { return existing.id }
        failed.append(item)
        return item.id
    }

    public func failedIntakes(source: String?, status: FailedIntakeStatus?, limit: Int) async throws -> [FailedIntake] {
        failed.reversed().filter { item in (source.map { $0 == item.source } ?? true) && (status.map { $0 == item.status } ?? true) }
            .prefix(limit).map { item in
                var listed = item
                listed.raw = nil
                return listed
            }
    }

    public func failedIntake(id: String) async throws -> FailedIntake? {
        failed.first { $0.id == id }
    }

    public func updateFailedIntakes(ids: [String], status: FailedIntakeStatus, complaintID: String?, reason: String?, at: Date) async throws -> Int {
        var changed = 0
        for index in failed.indices where ids.contains(failed[index].id) {
            failed[index].status = status
            failed[index].updatedAt = at
            if let complaintID { failed[index].complaintID = complaintID }
            if let reason { failed[index].reason = reason }
            changed += 1
        }
        return changed
    }

    public func isReady() async -> Bool { true }

    public func contactLinks(identities: [String], since: Date, limit: Int) async throws -> [ContactLink] {
        let found = Set(identities).flatMap { links[$0] ?? [] }.filter { $0.receivedAt >= since }
        return Array(found.sorted { ($0.receivedAt, $0.complaintID, $0.identity) > ($1.receivedAt, $1.complaintID, $1.identity) }.prefix(limit))
    }

    public func splitThread(complaintID: String, actor: String, reason: String?, at: Date) async throws -> ThreadSplit? {
        guard let stored = complaints[complaintID] else { return nil }
        if let done = splits[complaintID] { return done }
        guard let thread = stored.complaint.related?.threadID, thread != complaintID else {
            throw JournalError(.notLinked, reason: "the complaint starts its own thread; split the later complaints off instead")
        }
        let split = ThreadSplit(
            complaintID: complaintID,
            previousThreadID: thread,
            previousEarlierIDs: stored.complaint.related?.earlierIDs ?? [],
            threadID: complaintID
        )
        for identity in ContactIdentity.keys(of: stored.complaint.complainant) {
            guard var list = links[identity.key] else { continue }
            for index in list.indices where list[index].complaintID == complaintID { list[index].threadID = complaintID }
            links[identity.key] = list
        }
        splits[complaintID] = split
        audit.append(AuditEntry(at: at, actor: actor, action: "split", filter: "{\"complaint_id\":\"\(complaintID)\"}", count: 1, detail: reason))
        return split
    }

    public func threadSplit(complaintID: String) async throws -> ThreadSplit? {
        splits[complaintID]
    }

    public func threadMembers(threadID: String) async throws -> [String] {
        var members: [(id: String, at: Date)] = []
        for link in links.values.joined() where link.threadID == threadID && !members.contains(where: { $0.id == link.complaintID }) {
            members.append((link.complaintID, link.receivedAt))
        }
        return members.sorted { ($0.at, $0.id) < ($1.at, $1.id) }.map(\.id)
    }
}
