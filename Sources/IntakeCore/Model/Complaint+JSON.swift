public import Foundation

extension Complaint {
    /// The complaint as one line of JSON: the same document `JSONEncoder.makeComplaintEncoder()` writes (members
    /// sorted, absent optionals left out, whole doubles without a fraction), without going through `Encodable`, since
    /// the journal writes it on every request.
    public func jsonData() -> Data {
        Data(jsonBytes())
    }

    /// The bytes of ``jsonData()``.
    public func jsonBytes() -> [UInt8] {
        var writer = JSONWriter(capacity: 1024 + body.utf8.count)
        var first = true
        writer.byte(0x7B)
        writer.key("attachments", first: &first)
        writer.byte(0x5B)
        for (index, attachment) in attachments.enumerated() {
            if index > 0 { writer.byte(0x2C) }
            var inner = true
            writer.byte(0x7B)
            if let value = attachment.contentType {
                writer.key("content_type", first: &inner)
                writer.string(value)
            }
            writer.key("filename", first: &inner)
            writer.string(attachment.filename)
            if let value = attachment.reference {
                writer.key("reference", first: &inner)
                writer.string(value)
            }
            if let value = attachment.sha256 {
                writer.key("sha256", first: &inner)
                writer.string(value)
            }
            if let value = attachment.size {
                writer.key("size", first: &inner)
                writer.integer(value)
            }
            writer.byte(0x7D)
        }
        writer.byte(0x5D)
        writer.key("body", first: &first)
        writer.string(body)
        if let category {
            writer.key("category", first: &first)
            writer.string(category.rawValue)
        }
        writer.key("channel", first: &first)
        writer.string(channel.rawValue)
        writer.key("complainant", first: &first)
        do {
            var inner = true
            writer.byte(0x7B)
            if let value = complainant.contactKey {
                writer.key("contact_key", first: &inner)
                writer.string(value)
            }
            if let value = complainant.customerID {
                writer.key("customer_id", first: &inner)
                writer.string(value)
            }
            if let value = complainant.email {
                writer.key("email", first: &inner)
                writer.string(value)
            }
            if let value = complainant.handle {
                writer.key("handle", first: &inner)
                writer.string(value)
            }
            if let value = complainant.name {
                writer.key("name", first: &inner)
                writer.string(value)
            }
            if let value = complainant.phone {
                writer.key("phone", first: &inner)
                writer.string(value)
            }
            if let value = complainant.platform {
                writer.key("platform", first: &inner)
                writer.string(value)
            }
            writer.byte(0x7D)
        }
        if let demand {
            writer.key("demand", first: &first)
            writer.string(demand)
        }
        if let externalID {
            writer.key("external_id", first: &first)
            writer.string(externalID)
        }
        writer.key("extra", first: &first)
        writer.value(.object(extra))
        writer.key("id", first: &first)
        writer.string(id)
        if let location {
            writer.key("location", first: &first)
            writer.string(location)
        }
        if let occurredAt {
            writer.key("occurred_at", first: &first)
            writer.string(RFC3339.string(from: occurredAt))
        }
        if let raw {
            writer.key("raw", first: &first)
            var inner = true
            writer.byte(0x7B)
            writer.key("content_type", first: &inner)
            writer.string(raw.contentType)
            writer.key("sha256", first: &inner)
            writer.string(raw.sha256)
            writer.key("size", first: &inner)
            writer.integer(raw.size)
            writer.byte(0x7D)
        }
        writer.key("received_at", first: &first)
        writer.string(RFC3339.string(from: receivedAt))
        writer.key("references", first: &first)
        writer.object(references.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }) { writer, value in writer.string(value) }
        if let related {
            writer.key("related", first: &first)
            var inner = true
            writer.byte(0x7B)
            writer.key("earlier_ids", first: &inner)
            writer.value(.array(related.earlierIDs.map(JSONValue.string)))
            writer.key("matched_on", first: &inner)
            writer.value(.array(related.matchedOn.map(JSONValue.string)))
            if let value = related.threadID {
                writer.key("thread_id", first: &inner)
                writer.string(value)
            }
            writer.byte(0x7D)
        }
        if let respondent {
            writer.key("respondent", first: &first)
            var inner = true
            writer.byte(0x7B)
            if let value = respondent.id {
                writer.key("id", first: &inner)
                writer.string(value)
            }
            if let value = respondent.kind {
                writer.key("kind", first: &inner)
                writer.string(value)
            }
            if let value = respondent.name {
                writer.key("name", first: &inner)
                writer.string(value)
            }
            writer.byte(0x7D)
        }
        writer.key("schema_version", first: &first)
        writer.integer(schemaVersion)
        if let severity {
            writer.key("severity", first: &first)
            writer.integer(severity)
        }
        if let sla {
            writer.key("sla", first: &first)
            var inner = true
            writer.byte(0x7B)
            if let value = sla.resolveBy {
                writer.key("resolve_by", first: &inner)
                writer.string(RFC3339.string(from: value))
            }
            writer.key("respond_by", first: &inner)
            writer.string(RFC3339.string(from: sla.respondBy))
            writer.byte(0x7D)
        }
        writer.key("source", first: &first)
        writer.string(source)
        if let subject {
            writer.key("subject", first: &first)
            writer.string(subject)
        }
        writer.key("tags", first: &first)
        writer.value(.array(tags.map(JSONValue.string)))
        if let triage {
            writer.key("triage", first: &first)
            var inner = true
            writer.byte(0x7B)
            writer.key("explanation", first: &inner)
            writer.value(.array(triage.explanation.map(JSONValue.string)))
            writer.key("rules", first: &inner)
            writer.value(.array(triage.rules.map(JSONValue.string)))
            writer.byte(0x7D)
        }
        writer.key("urgency_reasons", first: &first)
        writer.value(.array(urgencyReasons.map(JSONValue.string)))
        writer.key("urgent", first: &first)
        writer.bool(urgent)
        writer.byte(0x7D)
        return writer.bytes
    }
}

extension Complaint {
    /// A document that is not a stored complaint.
    public struct DocumentError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Reads a document ``jsonBytes()`` wrote, without `Decodable`: the delivery workers read one per complaint they
    /// deliver, and Foundation's decoder was most of their time. Anything unexpected throws; callers fall back to
    /// `JSONDecoder.makeComplaintDecoder()`, which says what is wrong.
    public init(document data: Data) throws {
        guard case .object(let members) = try JSONValue.parse(data) else { throw DocumentError(description: "not an object") }
        func string(_ object: [String: JSONValue], _ key: String) throws -> String? {
            switch object[key] {
            case nil, .null?: return nil
            case .string(let text)?: return text
            default: throw DocumentError(description: "\(key) is not a string")
            }
        }
        func required(_ object: [String: JSONValue], _ key: String) throws -> String {
            guard let text = try string(object, key) else { throw DocumentError(description: "\(key) is missing") }
            return text
        }
        func integer(_ object: [String: JSONValue], _ key: String) throws -> Int? {
            switch object[key] {
            case nil, .null?: return nil
            case .int(let number)?: return Int(number)
            default: throw DocumentError(description: "\(key) is not an integer")
            }
        }
        func date(_ object: [String: JSONValue], _ key: String) throws -> Date? {
            guard let text = try string(object, key) else { return nil }
            guard let date = RFC3339.date(from: text) else { throw DocumentError(description: "\(key) is not a date") }
            return date
        }
        func strings(_ object: [String: JSONValue], _ key: String) throws -> [String] {
            switch object[key] {
            case nil, .null?: return []
            case .array(let items)?:
                return try items.map { item in
                    guard case .string(let text) = item else { throw DocumentError(description: "\(key) holds a non-string") }
                    return text
                }
            default: throw DocumentError(description: "\(key) is not a list")
            }
        }
        func object(_ object: [String: JSONValue], _ key: String) throws -> [String: JSONValue]? {
            switch object[key] {
            case nil, .null?: return nil
            case .object(let inner)?: return inner
            default: throw DocumentError(description: "\(key) is not an object")
            }
        }
        guard let channel = Channel(rawValue: try required(members, "channel")) else { throw DocumentError(description: "unknown channel") }
        guard let receivedAt = try date(members, "received_at") else { throw DocumentError(description: "received_at is missing") }
        let person = try object(members, "complainant") ?? [:]
        self.init(
            id: try required(members, "id"),
            channel: channel,
            source: try required(members, "source"),
            externalID: try string(members, "external_id"),
            receivedAt: receivedAt,
            occurredAt: try date(members, "occurred_at"),
            complainant: Complainant(
                name: try string(person, "name"),
                phone: try string(person, "phone"),
                email: try string(person, "email"),
                handle: try string(person, "handle"),
                platform: try string(person, "platform"),
                customerID: try string(person, "customer_id"),
                contactKey: try string(person, "contact_key")
            ),
            subject: try string(members, "subject"),
            body: try required(members, "body"),
            location: try string(members, "location"),
            demand: try string(members, "demand"),
            urgent: members["urgent"] == .bool(true),
            urgencyReasons: try strings(members, "urgency_reasons"),
            tags: try strings(members, "tags"),
            extra: try object(members, "extra") ?? [:]
        )
        guard try integer(members, "schema_version") == Self.currentSchemaVersion else { throw DocumentError(description: "another schema version") }
        if let given = try object(members, "respondent") {
            respondent = Respondent(kind: try string(given, "kind"), id: try string(given, "id"), name: try string(given, "name"))
        }
        if let given = try object(members, "references") {
            references = try given.mapValues { value in
                guard case .string(let text) = value else { throw DocumentError(description: "a reference is not a string") }
                return text
            }
        }
        if case .array(let items)? = members["attachments"] {
            attachments = try items.map { item in
                guard case .object(let given) = item else { throw DocumentError(description: "an attachment is not an object") }
                return Attachment(
                    filename: try required(given, "filename"),
                    contentType: try string(given, "content_type"),
                    size: try integer(given, "size"),
                    sha256: try string(given, "sha256"),
                    reference: try string(given, "reference")
                )
            }
        }
        if let text = try string(members, "category") {
            guard let value = ComplaintCategory(rawValue: text) else { throw DocumentError(description: "unknown category") }
            category = value
        }
        severity = try integer(members, "severity")
        if let given = try object(members, "sla") {
            guard let respondBy = try date(given, "respond_by") else { throw DocumentError(description: "sla.respond_by is missing") }
            sla = ServiceLevel(respondBy: respondBy, resolveBy: try date(given, "resolve_by"))
        }
        if let given = try object(members, "related") {
            related = Related(
                threadID: try string(given, "thread_id"),
                earlierIDs: try strings(given, "earlier_ids"),
                matchedOn: try strings(given, "matched_on")
            )
        }
        if let given = try object(members, "triage") {
            triage = TriageRecord(rules: try strings(given, "rules"), explanation: try strings(given, "explanation"))
        }
        if let given = try object(members, "raw") {
            guard let size = try integer(given, "size") else { throw DocumentError(description: "raw.size is missing") }
            raw = RawReference(size: size, contentType: try required(given, "content_type"), sha256: try required(given, "sha256"))
        }
    }
}
