public import struct Foundation.Data
public import struct Foundation.Date
public import class Foundation.JSONDecoder

/// The original bytes a complaint came in, kept beside it.
public struct RawPayload: Sendable, Hashable {
    /// The bytes as received.
    public var data: Data
    /// Their media type.
    public var contentType: String

    /// The SHA-256 of `data` when the door computed it already.
    private var knownSHA256: String?

    /// Creates a payload.
    /// - Parameter sha256: the lower-case hex SHA-256 of `data`, when the door has it (it is not checked).
    public init(data: Data, contentType: String, sha256: String? = nil) {
        self.data = data
        self.contentType = contentType
        self.knownSHA256 = sha256
    }

    /// Size, type and digest of the payload.
    public var reference: RawReference {
        RawReference(size: data.count, contentType: contentType, sha256: knownSHA256 ?? Digest.sha256Hex(data))
    }

    // Equal payloads are the same bytes and type, whether or not a digest came with them.
    public static func == (lhs: RawPayload, rhs: RawPayload) -> Bool {
        lhs.data == rhs.data && lhs.contentType == rhs.contentType
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(data)
        hasher.combine(contentType)
    }
}

/// One complaint to append, with what the journal keeps beside it.
public struct JournalEntry: Sendable {
    /// The validated complaint (its `raw` already set); classified and linked once committed.
    public var complaint: Complaint
    /// The key that makes a repeat a repeat; unique across the journal.
    public var idempotencyKey: String
    /// The original payload.
    public var raw: RawPayload
    /// The sinks it is to be delivered to; one pending delivery is created per sink.
    public var sinks: [String]
    /// Whether a complaint stored before under the same key must have come in the same payload: for keys the caller
    /// chose (an `Idempotency-Key` header), a different payload under a used key is a client error, refused with
    /// `JournalError.keyReused`, not a repeat.
    public var requiresSamePayload: Bool
    /// Another key the same complaint may have been stored under shortly before (the previous window of a content
    /// key); intake answers a hit there as a repeat.
    public var earlierKey: String?
    /// Earlier complaints this one answers (an e-mail's In-Reply-To): it joins their thread.
    public var repliesTo: [String] = []

    /// Creates an entry.
    public init(
        complaint: Complaint,
        idempotencyKey: String,
        raw: RawPayload,
        sinks: [String],
        requiresSamePayload: Bool = false,
        earlierKey: String? = nil
    ) {
        self.complaint = complaint
        self.idempotencyKey = idempotencyKey
        self.raw = raw
        self.sinks = sinks
        self.requiresSamePayload = requiresSamePayload
        self.earlierKey = earlierKey
    }
}

/// What appending one entry did.
public enum AppendOutcome: Sendable, Hashable {
    /// Stored now, under this id.
    case created(id: String)
    /// A complaint with the same idempotency key was stored before; nothing new was stored.
    case duplicate(originalID: String)

    /// The id the door answers with.
    public var id: String {
        switch self {
        case .created(let id), .duplicate(let id): id
        }
    }

    /// Whether this was a repeat.
    public var isDuplicate: Bool {
        if case .duplicate = self { return true }
        return false
    }
}

/// Where a delivery of one complaint to one sink stands.
public enum DeliveryStatus: String, Sendable, Codable, CaseIterable, Hashable {
    /// Not tried yet (or replayed).
    case pending
    /// Failed transiently; tried again at `next_attempt_at`.
    case retrying
    /// The sink took it.
    case delivered
    /// Given up: a permanent failure, or attempts or age exhausted. Only a replay sends it again.
    case dead
}

/// Identifies one delivery: one complaint to one sink.
public struct DeliveryKey: Sendable, Hashable, Codable {
    /// The complaint.
    public var complaintID: String
    /// The sink.
    public var sink: String

    /// Creates a key.
    public init(complaintID: String, sink: String) {
        self.complaintID = complaintID
        self.sink = sink
    }

    enum CodingKeys: String, CodingKey {
        case complaintID = "complaint_id"
        case sink
    }
}

/// The state of one delivery, as operators see it.
public struct DeliveryRecord: Sendable, Hashable, Codable {
    /// Which complaint and sink.
    public var key: DeliveryKey
    /// Where it stands.
    public var status: DeliveryStatus
    /// Attempts made since it was created or last replayed.
    public var attempts: Int
    /// Attempts made in all, replays included.
    public var totalAttempts: Int
    /// How often operators replayed it.
    public var replays: Int
    /// When it is due next (pending and retrying).
    public var nextAttemptAt: Date?
    /// The last error, for operators.
    public var lastError: String?
    /// When it was created (the complaint's commit).
    public var createdAt: Date
    /// When the current cycle began: creation, or the last replay. Age limits count from here.
    public var activeSince: Date
    /// When it last changed.
    public var updatedAt: Date
    /// When it was delivered.
    public var deliveredAt: Date?
    /// The complaint's source, channel and receipt time, for filtering.
    public var source: String
    /// The complaint's channel.
    public var channel: Channel
    /// When the complaint was received.
    public var receivedAt: Date

    /// Creates a record.
    public init(
        key: DeliveryKey,
        status: DeliveryStatus,
        attempts: Int,
        totalAttempts: Int,
        replays: Int,
        nextAttemptAt: Date?,
        lastError: String?,
        createdAt: Date,
        activeSince: Date,
        updatedAt: Date,
        deliveredAt: Date?,
        source: String,
        channel: Channel,
        receivedAt: Date
    ) {
        self.key = key
        self.status = status
        self.attempts = attempts
        self.totalAttempts = totalAttempts
        self.replays = replays
        self.nextAttemptAt = nextAttemptAt
        self.lastError = lastError
        self.createdAt = createdAt
        self.activeSince = activeSince
        self.updatedAt = updatedAt
        self.deliveredAt = deliveredAt
        self.source = source
        self.channel = channel
        self.receivedAt = receivedAt
    }

    enum CodingKeys: String, CodingKey {
        case key = "delivery"
        case status
        case attempts
        case totalAttempts = "total_attempts"
        case replays
        case nextAttemptAt = "next_attempt_at"
        case lastError = "last_error"
        case createdAt = "created_at"
        case activeSince = "active_since"
        case updatedAt = "updated_at"
        case deliveredAt = "delivered_at"
        case source
        case channel
        case receivedAt = "received_at"
    }
}

/// A due delivery handed to a worker, with its complaint.
public struct DeliveryClaim: Sendable {
    /// The delivery's state when claimed.
    public var record: DeliveryRecord
    /// The complaint to deliver.
    public var complaint: Complaint
    /// Its JSON document as stored, when the journal read it from storage (a backlog, a restart) and it is in this
    /// build's form: the sinks send these bytes instead of encoding the complaint again (that was a tenth of
    /// draining a backlog to PostgreSQL).
    public var document: Data?

    /// Creates a claim.
    public init(record: DeliveryRecord, complaint: Complaint, document: Data? = nil) {
        self.record = record
        self.complaint = complaint
        self.document = document
    }
}

/// What happened to one attempt, as the worker records it.
public struct DeliveryResult: Sendable, Hashable {
    /// The new state of the delivery.
    public enum Transition: Sendable, Hashable {
        /// The sink took it.
        case delivered
        /// Try again at this time.
        case retry(at: Date)
        /// Give up.
        case dead
    }

    /// Which delivery.
    public var key: DeliveryKey
    /// The new state.
    public var transition: Transition
    /// The attempt's number since creation or the last replay, 1-based.
    public var attempt: Int
    /// When the attempt started.
    public var startedAt: Date
    /// When it ended.
    public var finishedAt: Date
    /// The error, when it failed.
    public var error: String?
    /// The ``DeliveryRecord/activeSince`` of the claim the attempt was made for. When the delivery was requeued since
    /// (a replay while the attempt was in flight), the attempt is logged but does not change the delivery's state.
    public var activeSince: Date?

    /// Creates a result.
    public init(
        key: DeliveryKey,
        transition: Transition,
        attempt: Int,
        startedAt: Date,
        finishedAt: Date,
        error: String?,
        activeSince: Date? = nil
    ) {
        self.key = key
        self.transition = transition
        self.attempt = attempt
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.error = error
        self.activeSince = activeSince
    }
}

/// One attempt as kept in the journal.
public struct AttemptRecord: Sendable, Hashable, Codable {
    /// Which delivery.
    public var key: DeliveryKey
    /// Its number since creation or the last replay.
    public var attempt: Int
    /// When it started.
    public var startedAt: Date
    /// When it ended.
    public var finishedAt: Date
    /// `delivered`, `retry` or `dead`.
    public var outcome: String
    /// The error, when it failed.
    public var error: String?

    /// Creates an attempt record.
    public init(key: DeliveryKey, attempt: Int, startedAt: Date, finishedAt: Date, outcome: String, error: String?) {
        self.key = key
        self.attempt = attempt
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.outcome = outcome
        self.error = error
    }

    enum CodingKeys: String, CodingKey {
        case key = "delivery"
        case attempt
        case startedAt = "started_at"
        case finishedAt = "finished_at"
        case outcome
        case error
    }
}

/// Which deliveries an operator means: every field set narrows the selection.
public struct DeliveryFilter: Sendable, Hashable, Codable {
    /// Any of these statuses; empty for all.
    public var statuses: [DeliveryStatus]
    /// Only this sink.
    public var sink: String?
    /// Only this source.
    public var source: String?
    /// Only this channel.
    public var channel: Channel?
    /// Complaints received at or after.
    public var receivedAfter: Date?
    /// Complaints received before.
    public var receivedBefore: Date?
    /// Last error containing this text (case-insensitive).
    public var errorContains: String?
    /// Only these complaints.
    public var complaintIDs: [String]

    /// Creates a filter; the default matches everything.
    public init(
        statuses: [DeliveryStatus] = [],
        sink: String? = nil,
        source: String? = nil,
        channel: Channel? = nil,
        receivedAfter: Date? = nil,
        receivedBefore: Date? = nil,
        errorContains: String? = nil,
        complaintIDs: [String] = []
    ) {
        self.statuses = statuses
        self.sink = sink
        self.source = source
        self.channel = channel
        self.receivedAfter = receivedAfter
        self.receivedBefore = receivedBefore
        self.errorContains = errorContains
        self.complaintIDs = complaintIDs
    }

    /// Whether `record` is selected.
    public func matches(_ record: DeliveryRecord) -> Bool {
        if !statuses.isEmpty, !statuses.contains(record.status) { return false }
        if let sink, record.key.sink != sink { return false }
        if let source, record.source != source { return false }
        if let channel, record.channel != channel { return false }
        if let receivedAfter, record.receivedAt < receivedAfter { return false }
        if let receivedBefore, record.receivedAt >= receivedBefore { return false }
        if let errorContains {
            guard let error = record.lastError, error.lowercased().contains(errorContains.lowercased()) else { return false }
        }
        if !complaintIDs.isEmpty, !complaintIDs.contains(record.key.complaintID) { return false }
        return true
    }

    enum CodingKeys: String, CodingKey {
        case statuses = "status"
        case sink
        case source
        case channel
        case receivedAfter = "received_after"
        case receivedBefore = "received_before"
        case errorContains = "error"
        case complaintIDs = "ids"
    }

    /// Reads a filter in which every member is optional.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            statuses: try container.decodeIfPresent([DeliveryStatus].self, forKey: .statuses) ?? [],
            sink: try container.decodeIfPresent(String.self, forKey: .sink),
            source: try container.decodeIfPresent(String.self, forKey: .source),
            channel: try container.decodeIfPresent(Channel.self, forKey: .channel),
            receivedAfter: try container.decodeIfPresent(Date.self, forKey: .receivedAfter),
            receivedBefore: try container.decodeIfPresent(Date.self, forKey: .receivedBefore),
            errorContains: try container.decodeIfPresent(String.self, forKey: .errorContains),
            complaintIDs: try container.decodeIfPresent([String].self, forKey: .complaintIDs) ?? []
        )
    }
}

/// An operator action, kept in the audit log.
public struct AuditEntry: Sendable, Hashable, Codable {
    /// When it happened.
    public var at: Date
    /// Who did it (token name, user, `cli:<user>`).
    public var actor: String
    /// What was done (`replay`).
    public var action: String
    /// The selection it applied to, as JSON.
    public var filter: String
    /// How many items it touched.
    public var count: Int
    /// More about it.
    public var detail: String?

    /// Creates an audit entry.
    public init(at: Date, actor: String, action: String, filter: String, count: Int, detail: String? = nil) {
        self.at = at
        self.actor = actor
        self.action = action
        self.filter = filter
        self.count = count
        self.detail = detail
    }
}

/// Counts of one sink's deliveries.
public struct SinkStatistics: Sendable, Hashable, Codable {
    /// The sink.
    public var sink: String
    /// Deliveries per status.
    public var pending: Int
    /// Retrying deliveries.
    public var retrying: Int
    /// Dead deliveries.
    public var dead: Int
    /// Delivered ones.
    public var delivered: Int
    /// When the oldest complaint not yet delivered (pending or retrying) was committed.
    public var oldestUndeliveredAt: Date?

    /// Creates statistics.
    public init(sink: String, pending: Int = 0, retrying: Int = 0, dead: Int = 0, delivered: Int = 0, oldestUndeliveredAt: Date? = nil) {
        self.sink = sink
        self.pending = pending
        self.retrying = retrying
        self.dead = dead
        self.delivered = delivered
        self.oldestUndeliveredAt = oldestUndeliveredAt
    }

    enum CodingKeys: String, CodingKey {
        case sink
        case pending
        case retrying
        case dead
        case delivered
        case oldestUndeliveredAt = "oldest_undelivered_at"
    }
}

/// A stored complaint with what the journal keeps beside it.
public struct StoredComplaint: Sendable {
    /// The complaint.
    public var complaint: Complaint
    /// Its idempotency key.
    public var idempotencyKey: String
    /// The original payload.
    public var raw: RawPayload
}

extension StoredComplaint {
    /// Creates a stored complaint.
    public init(complaint: Complaint, idempotencyKey: String, rawData: Data, rawContentType: String) {
        self.init(complaint: complaint, idempotencyKey: idempotencyKey, raw: RawPayload(data: rawData, contentType: rawContentType))
    }
}

extension Complaint {
    /// A complaint document a journal stored: the fast reader first, then the general decoder (a document written by
    /// an older build).
    /// - Throws: `JournalError.corrupt` when neither can read it.
    public static func stored(_ data: Data) throws -> Complaint {
        try storedDocument(data).complaint
    }

    /// ``stored(_:)``, saying also whether the document is in this build's form (the fast reader read it), so that
    /// its bytes can be delivered as they are.
    public static func storedDocument(_ data: Data) throws -> (complaint: Complaint, current: Bool) {
        if let complaint = try? Complaint(document: data) { return (complaint, true) }
        do {
            return (try JSONDecoder.makeComplaintDecoder().decode(Complaint.self, from: data), false)
        } catch {
            throw JournalError(.corrupt, reason: "a stored complaint cannot be decoded: \(error)")
        }
    }
}

extension DeliveryResult {
    /// Makes a delivery dead whose stored complaint this build cannot read: claimed again and again, it would hold
    /// its place at the head of the queue for ever; dead, an operator sees it.
    public static func undecodable(_ record: DeliveryRecord, at now: Date) -> DeliveryResult {
        DeliveryResult(
            key: record.key,
            transition: .dead,
            attempt: record.attempts + 1,
            startedAt: now,
            finishedAt: now,
            error: "corrupt: the stored complaint cannot be decoded by this build",
            activeSince: record.activeSince
        )
    }
}
