public import struct Foundation.Date

/// Where an input that could not become a complaint stands.
public enum FailedIntakeStatus: String, Sendable, Codable, CaseIterable, Hashable {
    /// Kept, waiting for an operator (or a fixed parser).
    case open
    /// An operator asked for it to be read again; its door does so on its next round.
    case retry
    /// Read again successfully: it is a complaint now.
    case resolved
    /// An operator decided it is not a complaint.
    case discarded
}

/// An input a door received but could not turn into a complaint (a mail no parser could read, one over the size
/// limit, one without any text or sender): kept whole, so nothing acknowledged at the source is lost, and listed for
/// operators, who can have it read again once the cause is fixed.
public struct FailedIntake: Sendable, Hashable {
    /// Its id (`fi_…`).
    public var id: String
    /// What makes a repeat a repeat (`support-inbox:imap:1795494297:42`): recording the same key again changes nothing.
    public var key: String
    /// The configured source.
    public var source: String
    /// The channel it came through.
    public var channel: Channel
    /// When the door received it.
    public var receivedAt: Date
    /// When its status last changed.
    public var updatedAt: Date
    /// Why it is not a complaint, specific enough to act on.
    public var reason: String
    /// Where it stands.
    public var status: FailedIntakeStatus
    /// The complaint it became, once resolved.
    public var complaintID: String?
    /// Door facts (mailbox, UID, size); never customer content.
    public var detail: [String: String]
    /// Size, type and digest of the original bytes.
    public var rawReference: RawReference
    /// The original bytes; `nil` in listings.
    public var raw: RawPayload?

    /// Creates a failed item from its original bytes.
    public init(
        id: String,
        key: String,
        source: String,
        channel: Channel,
        receivedAt: Date,
        reason: String,
        detail: [String: String] = [:],
        raw: RawPayload
    ) {
        self.id = id
        self.key = key
        self.source = source
        self.channel = channel
        self.receivedAt = receivedAt
        self.updatedAt = receivedAt
        self.reason = reason
        self.status = .open
        self.complaintID = nil
        self.detail = detail
        self.rawReference = raw.reference
        self.raw = raw
    }
}
