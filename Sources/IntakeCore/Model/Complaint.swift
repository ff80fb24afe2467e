public import struct Foundation.Date

/// A complaint as the gateway stores and delivers it: schema version 1.
///
/// Every complaint that leaves intake has this one shape, whatever door it came through.
/// The JSON form (snake_case, RFC 3339 UTC times) is published as `config/complaint.schema.json`;
/// `intake schema` prints it.
public struct Complaint: Sendable, Hashable, Codable {
    /// The version of this schema.
    public static let currentSchemaVersion = 1

    /// Time-ordered unique id given by the gateway.
    public var id: String
    /// Always ``currentSchemaVersion`` for complaints written by this build.
    public var schemaVersion: Int
    /// The kind of door it came through.
    public var channel: Channel
    /// The configured source it came through (`support-inbox`, `callcenter`, …).
    public var source: String
    /// The door's own id: Message-ID, MessageSid, call id, mention id.
    public var externalID: String?
    /// When the gateway accepted it.
    public var receivedAt: Date
    /// When the customer spoke, sent, called or posted.
    public var occurredAt: Date?
    /// Who complained.
    public var complainant: Complainant
    /// A short summary.
    public var subject: String?
    /// The full plain text.
    public var body: String
    /// Whom or what the complaint is against.
    public var respondent: Respondent?
    /// Where it happened.
    public var location: String?
    /// What the customer asks for (refund, repair, apology, compensation, …).
    public var demand: String?
    /// Order number, plate, account, ticket, …
    public var references: [String: String]
    /// Files that came with it, by reference.
    public var attachments: [Attachment]
    /// What it is about.
    public var category: ComplaintCategory?
    /// 1 to 4, 1 the most severe.
    public var severity: Int?
    /// Whether it starts the emergency procedure.
    public var urgent: Bool
    /// Why it is urgent: media exposure, legal action, regulator, safety, repeat complaint, …
    public var urgencyReasons: [String]
    /// Response and resolution deadlines.
    public var sla: ServiceLevel?
    /// Thread and earlier complaints of the same complainant.
    public var related: Related?
    /// How the triage reached its classification: the rules that fired and why, in words.
    public var triage: TriageRecord?
    /// Free tags.
    public var tags: [String]
    /// Channel-specific facts kept whole.
    public var extra: [String: JSONValue]
    /// Size, content type and SHA-256 of the stored original payload.
    public var raw: RawReference?

    /// Creates a complaint; fields not given are empty.
    public init(
        id: String,
        channel: Channel,
        source: String,
        externalID: String? = nil,
        receivedAt: Date,
        occurredAt: Date? = nil,
        complainant: Complainant,
        subject: String? = nil,
        body: String,
        respondent: Respondent? = nil,
        location: String? = nil,
        demand: String? = nil,
        references: [String: String] = [:],
        attachments: [Attachment] = [],
        category: ComplaintCategory? = nil,
        severity: Int? = nil,
        urgent: Bool = false,
        urgencyReasons: [String] = [],
        sla: ServiceLevel? = nil,
        related: Related? = nil,
        triage: TriageRecord? = nil,
        tags: [String] = [],
        extra: [String: JSONValue] = [:],
        raw: RawReference? = nil
    ) {
        self.id = id
        self.schemaVersion = Self.currentSchemaVersion
        self.channel = channel
        self.source = source
        self.externalID = externalID
        self.receivedAt = receivedAt
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
        self.sla = sla
        self.related = related
        self.triage = triage
        self.tags = tags
        self.extra = extra
        self.raw = raw
    }

    enum CodingKeys: String, CodingKey {
        case id
        case schemaVersion = "schema_version"
        case channel
        case source
        case externalID = "external_id"
        case receivedAt = "received_at"
        case occurredAt = "occurred_at"
        case complainant
        case subject
        case body
        case respondent
        case location
        case demand
        case references
        case attachments
        case category
        case severity
        case urgent
        case urgencyReasons = "urgency_reasons"
        case sla
        case related
        case triage
        case tags
        case extra
        case raw
    }
}

/// Who complained. At least one field is set; `contact_key` is derived by the gateway.
public struct Complainant: Sendable, Hashable, Codable {
    /// The name as given.
    public var name: String?
    /// E.164 phone number (`+8613800138000`).
    public var phone: String?
    /// Lower-cased e-mail address.
    public var email: String?
    /// A social-media handle; `platform` says where.
    public var handle: String?
    /// The platform of `handle` (`weibo`, `x`, `douyin`, …), lower-cased.
    public var platform: String?
    /// The organisation's own customer id.
    public var customerID: String?
    /// The strongest identifier, used to link complaints across channels: `phone:+86…`, `email:…`, `handle:weibo:…`, `customer:…`.
    public var contactKey: String?

    /// Creates a complainant.
    public init(
        name: String? = nil,
        phone: String? = nil,
        email: String? = nil,
        handle: String? = nil,
        platform: String? = nil,
        customerID: String? = nil,
        contactKey: String? = nil
    ) {
        self.name = name
        self.phone = phone
        self.email = email
        self.handle = handle
        self.platform = platform
        self.customerID = customerID
        self.contactKey = contactKey
    }

    enum CodingKeys: String, CodingKey {
        case name
        case phone
        case email
        case handle
        case platform
        case customerID = "customer_id"
        case contactKey = "contact_key"
    }
}

/// Whom or what a complaint is against.
public struct Respondent: Sendable, Hashable, Codable {
    /// employee, driver, store, product, department, …
    public var kind: String?
    /// The organisation's id for it.
    public var id: String?
    /// Its name.
    public var name: String?

    /// Creates a respondent.
    public init(kind: String? = nil, id: String? = nil, name: String? = nil) {
        self.kind = kind
        self.id = id
        self.name = name
    }
}

/// A file that came with a complaint, kept by reference.
public struct Attachment: Sendable, Hashable, Codable {
    /// The file name as sent.
    public var filename: String
    /// Its media type.
    public var contentType: String?
    /// Its size in bytes.
    public var size: Int?
    /// Lower-case hex SHA-256 of its content.
    public var sha256: String?
    /// Where it is stored (URL or store key).
    public var reference: String?

    /// Creates an attachment.
    public init(filename: String, contentType: String? = nil, size: Int? = nil, sha256: String? = nil, reference: String? = nil) {
        self.filename = filename
        self.contentType = contentType
        self.size = size
        self.sha256 = sha256
        self.reference = reference
    }

    enum CodingKeys: String, CodingKey {
        case filename
        case contentType = "content_type"
        case size
        case sha256
        case reference
    }
}

/// Response and resolution deadlines.
public struct ServiceLevel: Sendable, Hashable, Codable {
    /// When the complainant must have had a first response.
    public var respondBy: Date
    /// When the complaint must be resolved; none for level 4 by default.
    public var resolveBy: Date?

    /// Creates deadlines.
    public init(respondBy: Date, resolveBy: Date?) {
        self.respondBy = respondBy
        self.resolveBy = resolveBy
    }

    enum CodingKeys: String, CodingKey {
        case respondBy = "respond_by"
        case resolveBy = "resolve_by"
    }
}

/// Links to other complaints of the same complainant.
public struct Related: Sendable, Hashable, Codable {
    /// The correlation thread: the id of the first complaint of the thread.
    public var threadID: String?
    /// Earlier complaints of the same complainant, oldest first.
    public var earlierIDs: [String]
    /// The kinds of identifier the link was made on (`phone`, `email`, `handle`, `customer`).
    public var matchedOn: [String]

    /// Creates links.
    public init(threadID: String? = nil, earlierIDs: [String] = [], matchedOn: [String] = []) {
        self.threadID = threadID
        self.earlierIDs = earlierIDs
        self.matchedOn = matchedOn
    }

    enum CodingKeys: String, CodingKey {
        case threadID = "thread_id"
        case earlierIDs = "earlier_ids"
        case matchedOn = "matched_on"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        threadID = try container.decodeIfPresent(String.self, forKey: .threadID)
        earlierIDs = try container.decodeIfPresent([String].self, forKey: .earlierIDs) ?? []
        matchedOn = try container.decodeIfPresent([String].self, forKey: .matchedOn) ?? []
    }
}

/// The triage's account of a classification: which rules fired, and an explanation an operator can read.
public struct TriageRecord: Sendable, Hashable, Codable {
    /// The names of the rules that decided (`category.billing`, `urgent.legal`, `severity.repeat`, `door.severity`).
    public var rules: [String]
    /// One sentence per decision, in order: category, urgency, severity, deadlines, links.
    public var explanation: [String]

    /// Creates a record.
    public init(rules: [String] = [], explanation: [String] = []) {
        self.rules = rules
        self.explanation = explanation
    }
}

/// Size, content type and digest of the original payload stored in the journal.
public struct RawReference: Sendable, Hashable, Codable {
    /// Size in bytes.
    public var size: Int
    /// The media type it arrived with.
    public var contentType: String
    /// Lower-case hex SHA-256 of the bytes.
    public var sha256: String

    /// Creates a raw reference.
    public init(size: Int, contentType: String, sha256: String) {
        self.size = size
        self.contentType = contentType
        self.sha256 = sha256
    }

    enum CodingKeys: String, CodingKey {
        case size
        case contentType = "content_type"
        case sha256
    }
}
