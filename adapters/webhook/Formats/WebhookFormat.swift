public import Foundation
public import IntakeCore

/// One item of a webhook request, mapped into a complaint draft or refused with its problems.
public struct WebhookItem: Sendable {
    /// The draft, when the item could be read.
    public var draft: ComplaintDraft?
    /// Problems found while reading it, in the sender's field names.
    public var issues: [ValidationIssue]
    /// Why nothing is stored for a readable item (a missed call, a subscribe event), if so.
    public var ignored: String?
    /// Schema fields and the sender's names for them (`complainant.phone` → `caller_number`), so that validation
    /// problems name the field the sender wrote.
    public var fieldNames: [String: String]

    /// Creates an item.
    public init(draft: ComplaintDraft? = nil, issues: [ValidationIssue] = [], ignored: String? = nil, fieldNames: [String: String] = [:]) {
        self.draft = draft
        self.issues = issues
        self.ignored = ignored
        self.fieldNames = fieldNames
    }

    /// An item that is read but stores nothing.
    public static func ignored(_ reason: String) -> WebhookItem { WebhookItem(ignored: reason) }

    /// Every problem of the item: the format's own, then those validation found (`validation`), named as the
    /// sender wrote them, one per field.
    public func allIssues(validation: [ValidationIssue]) -> [ValidationIssue] {
        let seen = Set(issues.map(\.field))
        return issues + validation.map(senderNamed).filter { !seen.contains($0.field) }
    }

    /// `issue` with its field renamed to the sender's name, when the field (or its parent) has one.
    public func senderNamed(_ issue: ValidationIssue) -> ValidationIssue {
        var field = issue.field
        if let name = fieldNames[field] {
            field = name
        } else if let dot = field.firstIndex(of: "."), let name = fieldNames[String(field[..<dot])] {
            field = name + field[dot...]
        }
        return ValidationIssue(field: field, code: issue.code, message: issue.message)
    }
}

/// An answer a format gives by itself: a handshake (`echostr`), an event that makes no complaint, or the reply a
/// sender requires on success (`success` for WeChat).
public struct WebhookReply: Sendable, Hashable {
    /// The HTTP status.
    public var status: Int
    /// The media type of `body`.
    public var contentType: String
    /// The body.
    public var body: [UInt8]

    /// Creates a reply.
    public init(status: Int = 200, contentType: String, body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    /// A plain-text reply.
    public static func text(_ text: String, status: Int = 200) -> WebhookReply {
        WebhookReply(status: status, contentType: "text/plain; charset=utf-8", body: Array(text.utf8))
    }

    /// A JSON reply.
    public static func json(_ text: String, status: Int = 200) -> WebhookReply {
        WebhookReply(status: status, contentType: "application/json; charset=utf-8", body: Array(text.utf8))
    }
}

/// What a format made of a request.
public enum WebhookParse: Sendable {
    /// Items to validate and store; `isBatch` when the sender posted an array.
    case items([WebhookItem], isBatch: Bool)
    /// An answer with nothing to store.
    case reply(WebhookReply)
}

/// A request a format cannot read at all (not JSON, not its media type).
public struct WebhookFormatError: Error, Sendable, Hashable {
    /// What kind of problem.
    public enum Kind: Sendable, Hashable {
        /// The body is not of a media type the format reads: 415.
        case unsupportedMediaType
        /// The body cannot be read: 400.
        case malformed
        /// The method is not one the format answers: 405.
        case methodNotAllowed
    }

    /// The kind.
    public var kind: Kind
    /// What was wrong, for the sender.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}

/// What a hotline source does with calls that carry no complaint words.
public struct CallPolicy: Sendable, Hashable {
    /// Whether missed, abandoned, busy and failed calls become complaints (a summary of the call is their body).
    public var keepsMissedCalls: Bool
    /// Whether answered calls without notes or a transcript become complaints.
    public var keepsCallsWithoutNotes: Bool

    /// Creates a policy; by default only calls with words become complaints.
    public init(keepsMissedCalls: Bool = false, keepsCallsWithoutNotes: Bool = false) {
        self.keepsMissedCalls = keepsMissedCalls
        self.keepsCallsWithoutNotes = keepsCallsWithoutNotes
    }
}

/// A payload format: how a source's bodies become complaint drafts.
public enum WebhookFormat: Sendable {
    /// The native schema, as `POST /v1/complaints` takes it.
    case complaint
    /// The documented hotline call record (`config/hotline-call.schema.json`).
    case hotlineCall(CallPolicy)
    /// Zammad-style CTI events (`newCall`, `answer`, `hangup`), assembled by `callId` into one call.
    case ctiEvents(CTICallAssembler, CallPolicy)
    /// FreeSWITCH `mod_json_cdr` posts.
    case freeswitchCDR(FreeSWITCHOptions, CallPolicy)
    /// The documented social-media mention (`config/social-mention.schema.json`).
    case socialMention
    /// A WeChat official account's server: the `GET` handshake and the XML message push (plaintext mode).
    case wechat
    /// A declarative mapping from any JSON shape.
    case mapping(PayloadMapping)

    /// The format's name in configuration.
    public var name: String {
        switch self {
        case .complaint: "complaint"
        case .hotlineCall: "hotline.call"
        case .ctiEvents: "cti.events"
        case .freeswitchCDR: "freeswitch.cdr"
        case .socialMention: "social.mention"
        case .wechat: "wechat.mp"
        case .mapping: "mapping"
        }
    }

    /// The names configuration files may use.
    public static let names = ["complaint", "hotline.call", "cti.events", "freeswitch.cdr", "social.mention", "wechat.mp", "mapping"]

    /// The channel of its complaints unless the source says otherwise.
    public var defaultChannel: Channel {
        switch self {
        case .complaint, .mapping: .webhook
        case .hotlineCall, .ctiEvents, .freeswitchCDR: .hotline
        case .socialMention, .wechat: .social
        }
    }

    /// The reply the sender requires once its items are stored, if it is not intake's JSON answer.
    public var successReply: WebhookReply? {
        switch self {
        case .wechat: .text("success")
        case .ctiEvents: .json("{}")
        default: nil
        }
    }

    /// Reads a request into items, or an answer of its own.
    public func parse(_ request: WebhookRequest, now: Date = Date()) throws(WebhookFormatError) -> WebhookParse {
        switch self {
        case .wechat:
            return try WeChatMessages.parse(request)
        case .freeswitchCDR(let options, let policy):
            guard request.method == "POST" else { throw WebhookFormatError(.methodNotAllowed, "send call records with POST") }
            return .items([try FreeSWITCHRecords.parse(request, options: options, policy: policy)], isBatch: false)
        case .ctiEvents(let assembler, let policy):
            guard request.method == "POST" else { throw WebhookFormatError(.methodNotAllowed, "send CTI events with POST") }
            return try assembler.receive(request, policy: policy, now: now)
        default:
            break
        }
        guard request.method == "POST" else { throw WebhookFormatError(.methodNotAllowed, "send \(name) payloads with POST") }
        guard request.isJSON else {
            let type = request.mediaType
            throw WebhookFormatError(
                .unsupportedMediaType,
                type.isEmpty ? "send the payload as application/json" : "\(type) is not accepted; send application/json"
            )
        }
        let document = try Self.json(request.body)
        var items: [JSONValue]
        var isBatch = false
        switch (self, document) {
        case (.mapping(let mapping), _) where mapping.itemsPointer != nil:
            guard case .array(let found)? = mapping.itemsPointer?.resolve(in: document) else {
                throw WebhookFormatError(.malformed, "the body has no array at \(mapping.itemsPointer?.text ?? "")")
            }
            items = found
            isBatch = true
        case (_, .array(let found)):
            items = found
            isBatch = true
        default:
            items = [document]
        }
        guard !items.isEmpty else { throw WebhookFormatError(.malformed, "the batch holds no item") }
        return .items(items.map(item), isBatch: isBatch)
    }

    func item(_ value: JSONValue) -> WebhookItem {
        switch self {
        case .complaint:
            var issues: [ValidationIssue] = []
            let draft = DraftDecoder.draft(from: value, issues: &issues)
            return WebhookItem(draft: draft, issues: issues)
        case .hotlineCall(let policy): return HotlineCallRecord.item(value, policy: policy)
        case .socialMention: return SocialMention.item(value)
        case .mapping(let mapping): return mapping.item(value)
        // These read their requests whole in `parse`, before items are made.
        case .ctiEvents, .freeswitchCDR, .wechat: return WebhookItem(issues: [])
        }
    }

    /// A JSON body, or a `malformed` error that says where it breaks.
    public static func json(_ data: Data) throws(WebhookFormatError) -> JSONValue {
        do {
            return try JSONValue.parse(data)
        } catch {
            throw WebhookFormatError(.malformed, "the body is not well-formed JSON: \(error)")
        }
    }
}
