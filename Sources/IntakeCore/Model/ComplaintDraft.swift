public import Foundation

/// A complaint as a door hands it to intake: the input form of the schema, not yet validated.
///
/// Adapters fill what their channel knows; ``ComplaintValidator`` checks and normalises it into a ``Complaint``.
/// Text is taken as given; the validator trims it and removes control characters.
public struct ComplaintDraft: Sendable, Hashable, Codable {
    /// The kind of door; `nil` takes the source's default.
    public var channel: Channel?
    /// The door's own id (Message-ID, MessageSid, call id, …): the idempotency key when set.
    public var externalID: String?
    /// When the customer spoke, sent, called or posted.
    public var occurredAt: Date?
    /// Who complained.
    public var complainant: Complainant
    /// A short summary.
    public var subject: String?
    /// The full plain text.
    public var body: String?
    /// Whom or what the complaint is against.
    public var respondent: Respondent?
    /// Where it happened.
    public var location: String?
    /// What the customer asks for.
    public var demand: String?
    /// Order number, plate, account, ticket, …
    public var references: [String: String]
    /// Files that came with it.
    public var attachments: [Attachment]
    /// A category chosen by the door (an agent, a hotline field); it wins over triage rules.
    public var category: ComplaintCategory?
    /// A severity chosen by the door; it wins over triage rules.
    public var severity: Int?
    /// Urgent as flagged by the door.
    public var urgent: Bool?
    /// Why the door flagged it urgent.
    public var urgencyReasons: [String]
    /// Free tags.
    public var tags: [String]
    /// Channel-specific facts kept whole.
    public var extra: [String: JSONValue]

    /// Creates a draft; fields not given are empty.
    public init(
        channel: Channel? = nil,
        externalID: String? = nil,
        occurredAt: Date? = nil,
        complainant: Complainant = Complainant(),
        subject: String? = nil,
        body: String? = nil,
        respondent: Respondent? = nil,
        location: String? = nil,
        demand: String? = nil,
        references: [String: String] = [:],
        attachments: [Attachment] = [],
        category: ComplaintCategory? = nil,
        severity: Int? = nil,
        urgent: Bool? = nil,
        urgencyReasons: [String] = [],
        tags: [String] = [],
        extra: [String: JSONValue] = [:]
    ) {
        self.channel = channel
        self.externalID = externalID
        self.occurredAt = occurredAt
        self.complainant = complainant
        self.subject = subject
        self.body = body
        self.respondent = respondent
        self.location = location
        self.demand = demand
        self.references = references
        self.attachments = attachments
        self.category = category
        self.severity = severity
        self.urgent = urgent
        self.urgencyReasons = urgencyReasons
        self.tags = tags
        self.extra = extra
    }
}
