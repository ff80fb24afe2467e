import Foundation
public import IntakeCore

/// What the e-mail door does with mail a machine sent (auto-replies, bounces, bulk, mail from intake's own
/// addresses).
public enum AutomatedMailPolicy: String, Sendable, Hashable, CaseIterable {
    /// Not a complaint: acknowledged at the source, counted, not stored.
    case skip
    /// Stored as a complaint, tagged `automated:<kind>`.
    case tag
    /// Stored like any other mail.
    case keep
}

/// How mail of one source becomes complaints.
public struct MailMappingOptions: Sendable, Hashable {
    /// Auto-replies, bounces and bulk mail.
    public var automated: AutomatedMailPolicy
    /// Intake's own addresses (the mailbox's, the helpdesk's): mail from them is a loop, treated as automated.
    public var ownAddresses: Set<String>
    /// Mail larger than this is kept raw as a failed input, not parsed.
    public var maximumSize: Int

    /// Creates options.
    public init(automated: AutomatedMailPolicy = .skip, ownAddresses: Set<String> = [], maximumSize: Int = 25 << 20) {
        self.automated = automated
        self.ownAddresses = Set(ownAddresses.map { $0.lowercased() })
        self.maximumSize = maximumSize
    }
}

/// One mail turned into a complaint draft, or the reason it is not one.
public enum MailIntake: Sendable {
    /// A complaint: the draft, the decoded mail it came from, and the key that makes a re-read a repeat when the mail
    /// has no Message-ID.
    case complaint(ComplaintDraft, MailMessage, deliveryID: String)
    /// Not a complaint by configuration (an auto-reply when automated mail is skipped): acknowledged, not stored.
    case skipped(AutomatedMail, reason: String)
    /// Not a complaint because it cannot be read as one: kept raw as a failed input.
    case failed(reason: String)
}

/// The pure part of the e-mail door: raw message bytes in, a complaint draft (or why not) out. The IMAP poller,
/// `intake email parse` and the tests all call this.
public enum MailComplaint {
    /// Reads one message.
    public static func intake(_ bytes: [UInt8], options: MailMappingOptions = MailMappingOptions()) -> MailIntake {
        guard bytes.count <= options.maximumSize else {
            return .failed(reason: "the mail is \(bytes.count) bytes, over the source's max_size of \(options.maximumSize): kept raw, not parsed")
        }
        let message = MailParser.parse(bytes)
        var automated = message.automated
        if automated == nil, let sender = message.from?.address, options.ownAddresses.contains(sender) {
            automated = .autoReply
        }
        if let automated, options.automated == .skip {
            let why =
                message.from?.address.map { options.ownAddresses.contains($0) } == true
                ? "mail from one of intake's own addresses" : "an automated mail (\(automated.rawValue))"
            return .skipped(automated, reason: why)
        }
        guard message.headers.fields.count > 0 else { return .failed(reason: "no header section: not an RFC 5322 message") }
        var draft = draft(from: message)
        if let automated, options.automated == .tag { draft.tags.append("automated:\(automated.rawValue)") }
        if draft.body?.isEmpty ?? true {
            return .failed(reason: "the mail has no text and no subject to make a complaint of")
        }
        if draft.complainant.email == nil && draft.complainant.name == nil {
            return .failed(reason: "the mail has no usable From (no sender to answer)")
        }
        return .complaint(draft, message, deliveryID: "sha256:\(Digest.sha256Hex(bytes))")
    }

    /// The complaint fields of a decoded mail: From → complainant (Reply-To when From has no address), Subject,
    /// body (the subject when the mail has no text), Date → occurred_at, Message-ID → external id, attachments by
    /// SHA-256, and the mail's facts under `extra.email`.
    public static func draft(from message: MailMessage) -> ComplaintDraft {
        var complainant = Complainant()
        let sender = message.from?.address != nil ? message.from : (message.replyTo ?? message.from)
        complainant.name = sender?.name ?? message.from?.name
        complainant.email = sender?.address
        var body = message.body
        if body.isEmpty, let subject = message.subject { body = subject }
        var email: [String: JSONValue] = [:]
        if let id = message.messageID { email["message_id"] = .string(id) }
        if !message.inReplyTo.isEmpty { email["in_reply_to"] = .array(message.inReplyTo.map(JSONValue.string)) }
        if !message.references.isEmpty { email["references"] = .array(message.references.map(JSONValue.string)) }
        let to = message.headers["To"].map(AddressParser.all)?.compactMap(\.address) ?? []
        if !to.isEmpty { email["to"] = .array(to.map(JSONValue.string)) }
        let cc = message.headers["Cc"].map(AddressParser.all)?.compactMap(\.address) ?? []
        if !cc.isEmpty { email["cc"] = .array(cc.map(JSONValue.string)) }
        if let charset = message.bodyCharset { email["charset"] = .string(charset) }
        if !message.flags.isEmpty { email["decoding"] = .array(message.flags.sorted().map { .string($0.rawValue) }) }
        if let automated = message.automated { email["automated"] = .string(automated.rawValue) }
        var tags: [String] = []
        if message.flags.contains(.replacementCharacters) { tags.append("undecodable-bytes") }
        return ComplaintDraft(
            channel: .email,
            externalID: message.messageID.map { "<\($0)>" },
            occurredAt: message.date,
            complainant: complainant,
            subject: message.subject.flatMap { $0.isEmpty ? nil : $0 },
            body: body,
            attachments: attachments(of: message),
            tags: tags,
            extra: ["email": .object(email)]
        )
    }

    /// Sets aside what the schema refused of a mail's draft: a date out of range is dropped, an address it cannot
    /// take moves to `extra.email.from_address` (the display name, or the address as text, stays the name), an
    /// over-long subject, name or body is cut (`extra.email.truncated`), an over-long Message-ID is dropped (the mail's
    /// SHA-256 is its key then).
    /// - Returns: whether anything was changed (if not, the mail cannot be a complaint).
    public static func repair(_ draft: inout ComplaintDraft, issues: [ValidationIssue]) -> Bool {
        var email: [String: JSONValue] = [:]
        if case .object(let existing)? = draft.extra["email"] { email = existing }
        var truncated: [String] = []
        var changed = false
        for issue in issues {
            switch issue.field {
            case "occurred_at":
                if let date = draft.occurredAt { email["date_refused"] = .string(RFC3339.string(from: date)) }
                draft.occurredAt = nil
                changed = true
            case "complainant.email":
                if let address = draft.complainant.email {
                    email["from_address"] = .string(address)
                    if draft.complainant.name == nil { draft.complainant.name = address }
                }
                draft.complainant.email = nil
                changed = true
            case "subject":
                draft.subject = draft.subject.map { String($0.prefix(500)) }
                truncated.append("subject")
                changed = true
            case "complainant.name":
                draft.complainant.name = draft.complainant.name.map { String($0.prefix(500)) }
                truncated.append("complainant.name")
                changed = true
            case "body":
                if let body = draft.body, !body.isEmpty {
                    draft.body = String(body.prefix(190_000)) + "\n[…]"
                    truncated.append("body")
                    changed = true
                }
            case "external_id":
                draft.externalID = nil
                changed = true
            default:
                break
            }
        }
        if !truncated.isEmpty { email["truncated"] = .array(truncated.map(JSONValue.string)) }
        draft.extra["email"] = .object(email)
        return changed
    }

    /// The attachments as the complaint lists them: name (made up from the type when the mail gave none), type,
    /// size, SHA-256, and the content-addressed key they are stored under (`sha256:<hex>`).
    public static func attachments(of message: MailMessage) -> [Attachment] {
        message.attachments.enumerated().map { index, attachment in
            let digest = Digest.sha256Hex(attachment.data)
            return Attachment(
                filename: attachment.filename ?? defaultName(index: index + 1, type: attachment.contentType),
                contentType: attachment.contentType,
                size: attachment.data.count,
                sha256: digest,
                reference: "sha256:\(digest)"
            )
        }
    }

    private static func defaultName(index: Int, type: String) -> String {
        let extensions = [
            "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "text/plain": "txt",
            "text/html": "html", "message/rfc822": "eml", "application/zip": "zip", "audio/mpeg": "mp3", "video/mp4": "mp4",
        ]
        return "attachment-\(index)" + (extensions[type].map { ".\($0)" } ?? "")
    }
}
