public import ServiceLifecycle

public import struct Foundation.Date

/// The durable store behind intake: complaints, raw payloads, per-sink delivery state, attempts and the audit log.
///
/// A door is answered only after ``append(_:)`` returns: from then on the complaint survives a crash. Appends that
/// arrive together may be committed in one transaction (group commit); each call still returns only after its own
/// entries are on disk. The journal is a `Service`: ``run()`` keeps it open until graceful shutdown, and it is
/// started first and stopped last.
///
/// ```swift
/// let journal = MemoryJournal()
/// let outcomes = try await journal.append([entry])
/// for claim in try await journal.claimDue(sink: "file", now: .now, limit: 10, lease: .seconds(60)) {
///     try await sink.deliver(claim.complaint, attempt: DeliveryAttempt(number: claim.record.attempts + 1))
///     try await journal.record(DeliveryResult(key: claim.record.key, transition: .delivered, …))
/// }
/// ```
public protocol ComplaintJournal: Service {
    /// Appends entries atomically: all are stored, or none. An entry whose idempotency key is already stored (or
    /// repeated earlier in `entries`) stores nothing and reports the original id; when the entry
    /// ``JournalEntry/requiresSamePayload`` and the original came in a different payload, nothing of the call is stored
    /// and `.keyReused` is thrown.
    /// - Returns: one outcome per entry, in order.
    /// - Throws: ``JournalError`` (`.overloaded` when the journal cannot keep up: the door answers 503; `.keyReused`).
    func append(_ entries: [JournalEntry]) async throws -> [AppendOutcome]

    /// The complaint with `id`, with its raw payload, or `nil`.
    func complaint(id: String) async throws -> StoredComplaint?

    /// The id of the complaint stored under `idempotencyKey`, or `nil`.
    func complaintID(forIdempotencyKey idempotencyKey: String) async throws -> String?

    /// The ids of the complaints stored under any of `keys`, by key; keys with none are left out. One read for a
    /// batch (a mailbox's 500 mails) instead of one per key.
    func complaintIDs(forIdempotencyKeys keys: [String]) async throws -> [String: String]

    /// Claims up to `limit` deliveries of `sink` that are due at `now` (pending, or retrying with a next attempt at or
    /// before `now`) and not claimed by someone else, oldest first. A claim lasts `lease`; a delivery whose result is
    /// not recorded by then is due again (its worker died).
    func claimDue(sink: String, now: Date, limit: Int, lease: Duration) async throws -> [DeliveryClaim]

    /// Records the results of attempts and releases their claims, in one transaction.
    func record(_ results: [DeliveryResult]) async throws

    /// Gives up claims taken by ``claimDue(sink:now:limit:lease:)`` and not attempted (a worker stopping with a batch
    /// claimed ahead): the deliveries are due again at once, for any worker, instead of when the lease ends.
    func releaseClaims(_ keys: [DeliveryKey]) async throws

    /// When the next delivery of `sink` is due (or its earliest claim expires), or `nil` when none is waiting.
    func nextDueDate(sink: String) async throws -> Date?

    /// Deliveries matching `filter`, oldest complaint first.
    func deliveries(matching filter: DeliveryFilter, limit: Int, offset: Int) async throws -> [DeliveryRecord]

    /// How many deliveries match `filter`.
    func countDeliveries(matching filter: DeliveryFilter) async throws -> Int

    /// The deliveries of one complaint.
    func deliveries(complaintID: String) async throws -> [DeliveryRecord]

    /// The attempts made for one complaint, oldest first.
    func attempts(complaintID: String) async throws -> [AttemptRecord]

    /// The keys of the deliveries matching `filter`, oldest complaint first, read in one go (replay selects first,
    /// then changes: a filter on status would shift under paging).
    func deliveryKeys(matching filter: DeliveryFilter, limit: Int) async throws -> [DeliveryKey]

    /// Makes the given deliveries due again (replay): status `pending`, attempts since replay reset to 0, the replay
    /// counted, the `i`-th key due at `start + i × interval` (so a replay is paced by the workers, at a bounded rate,
    /// whether or not the gateway runs), its age counted from then. Delivered ones are sent again too when named. Unknown keys are ignored. A
    /// result recorded later for an attempt started before the requeue does not undo it.
    /// - Returns: how many deliveries were requeued.
    func requeue(_ keys: [DeliveryKey], startingAt start: Date, interval: Duration) async throws -> Int

    /// Appends an operator action to the audit log.
    func appendAudit(_ entry: AuditEntry) async throws

    /// The newest audit entries, newest first.
    func auditLog(limit: Int) async throws -> [AuditEntry]

    /// Delivery counts per sink, for every sink that has deliveries.
    func statistics() async throws -> [SinkStatistics]

    /// A named cursor value (an IMAP mailbox's UIDVALIDITY and last UID, …), or `nil`.
    func cursor(_ name: String) async throws -> String?

    /// Sets a named cursor value.
    func setCursor(_ name: String, to value: String) async throws

    /// Keeps an input that could not become a complaint, with its original bytes. A key recorded before changes
    /// nothing (the door read the same input again).
    /// - Returns: the item's id (the earlier one for a repeated key).
    func recordFailedIntake(_ item: FailedIntake) async throws -> String

    /// Failed inputs, newest first, without their bytes; `nil` filters match all.
    func failedIntakes(source: String?, status: FailedIntakeStatus?, limit: Int) async throws -> [FailedIntake]

    /// One failed input with its original bytes, or `nil`.
    func failedIntake(id: String) async throws -> FailedIntake?

    /// Changes the status of failed inputs (an operator's retry or discard; a door's resolution with the complaint
    /// it became, or a new reason when reading again failed once more).
    /// - Returns: how many were changed.
    func updateFailedIntakes(ids: [String], status: FailedIntakeStatus, complaintID: String?, reason: String?, at: Date) async throws -> Int

    /// Whether the journal can take appends now (for readiness).
    func isReady() async -> Bool

    /// Earlier complaints that carry one of `identities` (``ContactIdentity`` keys) and were received at or after
    /// `since`, newest first, at most `limit`; one entry per complaint and identity, with the complaint's thread now.
    func contactLinks(identities: [String], since: Date, limit: Int) async throws -> [ContactLink]

    /// Splits a complaint off its thread (an operator found the link wrong): the complaint starts a thread of its own,
    /// later complaints of the same customer join whichever thread is newest, the stored document stays as it was,
    /// and the split is in the audit log, in the same transaction. Splitting a complaint split before changes
    /// nothing and returns the first split.
    /// - Returns: the split, or `nil` for an unknown complaint.
    /// - Throws: `.notLinked` for a complaint that starts its own thread (split the later complaints off instead).
    func splitThread(complaintID: String, actor: String, reason: String?, at: Date) async throws -> ThreadSplit?

    /// The operator's split of a complaint, if any.
    func threadSplit(complaintID: String) async throws -> ThreadSplit?

    /// The ids of the complaints in a thread now (after splits), oldest first, within the linking window.
    func threadMembers(threadID: String) async throws -> [String]
}

extension ComplaintJournal {
    /// One lookup per key.
    public func complaintIDs(forIdempotencyKeys keys: [String]) async throws -> [String: String] {
        var ids: [String: String] = [:]
        for key in keys where ids[key] == nil {
            if let id = try await complaintID(forIdempotencyKey: key) { ids[key] = id }
        }
        return ids
    }

    /// Makes the given deliveries due at `now`, all at once.
    public func requeue(_ keys: [DeliveryKey], at now: Date) async throws -> Int {
        try await requeue(keys, startingAt: now, interval: .zero)
    }
}

/// A journal failure that crosses a target boundary.
public struct JournalError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable, Hashable {
            case overloaded
            case unavailable
            case storage
            case corrupt
            case keyReused
            case notLinked
        }
        private let base: Base

        /// Too many appends are waiting; try again shortly. Nothing was stored.
        public static let overloaded = Code(base: .overloaded)
        /// The journal is closed or shutting down. Nothing was stored.
        public static let unavailable = Code(base: .unavailable)
        /// The storage engine failed (disk full, I/O error). Nothing was stored.
        public static let storage = Code(base: .storage)
        /// A stored document could not be read back.
        public static let corrupt = Code(base: .corrupt)
        /// A caller's idempotency key was used before for a different payload. Nothing was stored.
        public static let keyReused = Code(base: .keyReused)
        /// The complaint starts its own thread: there is no link to split. Nothing was changed.
        public static let notLinked = Code(base: .notLinked)

        public var description: String { base.rawValue }
    }

    /// What went wrong.
    public var code: Code
    /// Details for operators; never complaint content.
    public var reason: String
    /// The complaint already stored under the key, for `.keyReused`.
    public var originalID: String?

    /// Creates an error.
    public init(_ code: Code, reason: String, originalID: String? = nil) {
        self.code = code
        self.reason = reason
        self.originalID = originalID
    }

    public var description: String { "JournalError.\(code): \(reason)" }
}

/// A journal shared by several gateway replicas, which hands out leases: work that must be done by one replica at a
/// time (polling a mailbox) is done by the holder of its lease, and taken over by another when the holder stops
/// renewing it.
public protocol JournalLeases: Sendable {
    /// Takes or renews the lease `name` for this replica for `duration` from now, unless another replica holds it.
    /// - Returns: whether this replica holds it now.
    func acquireLease(_ name: String, for duration: Duration) async throws -> Bool

    /// Gives up the lease `name` if this replica holds it.
    func releaseLease(_ name: String) async throws
}
