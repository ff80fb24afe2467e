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

    /// Reads a document ``jsonBytes()`` wrote, without `Decodable` and without a ``JSONValue`` tree: member by
    /// member into the fields (only `extra` is kept as a tree). The delivery workers read one document per complaint
    /// they deliver; this took half of claiming a backlog's batch through the tree. Anything unexpected throws;
    /// callers fall back to `JSONDecoder.makeComplaintDecoder()`, which says what is wrong.
    public init(document data: Data) throws {
        self = try data.withUnsafeBytes { buffer in
            var reader = JSONParser(bytes: buffer.bindMemory(to: UInt8.self))
            let complaint = try reader.complaint()
            try reader.finish()
            return complaint
        }
    }
}

extension JSONParser {
    typealias DocumentError = Complaint.DocumentError

    /// A member this reader does not know: skipped, as a tree would have left it unread.
    mutating func skipMember(_ name: UnsafeBufferPointer<UInt8>) throws {
        guard Self.validatedUTF8(name) != nil else { throw DocumentError(description: "a member name is not valid UTF-8") }
        _ = try parseValue()
    }

    mutating func date(_ key: StaticString) throws -> Date? {
        guard let text = try optionalString() else { return nil }
        guard let date = RFC3339.date(from: text) else { throw DocumentError(description: "\(key) is not a date") }
        return date
    }

    /// Steps into an object, or says it is `null`.
    mutating func beginOptionalObject() throws -> Bool {
        if try skipNull() { return false }
        try beginObject()
        return true
    }

    mutating func complaint() throws -> Complaint {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        try beginObject()
        var id: String?
        var channel: String?
        var source: String?
        var body: String?
        var receivedAt: Date?
        var schemaVersion: Int?
        var category: String?
        var parsed = Complaint(
            id: "",
            channel: .webhook,
            source: "",
            receivedAt: Date(timeIntervalSince1970: 0),
            complainant: Complainant(),
            body: ""
        )
        var first = true
        while let name = try nextMember(first: &first) {
            if Self.same(name, "body") {
                body = try optionalString()
            } else if Self.same(name, "id") {
                id = try optionalString()
            } else if Self.same(name, "channel") {
                channel = try optionalString()
            } else if Self.same(name, "source") {
                source = try optionalString()
            } else if Self.same(name, "received_at") {
                receivedAt = try date("received_at")
            } else if Self.same(name, "schema_version") {
                schemaVersion = try optionalInteger()
            } else if Self.same(name, "complainant") {
                parsed.complainant = try complainant()
            } else if Self.same(name, "subject") {
                parsed.subject = try optionalString()
            } else if Self.same(name, "external_id") {
                parsed.externalID = try optionalString()
            } else if Self.same(name, "occurred_at") {
                parsed.occurredAt = try date("occurred_at")
            } else if Self.same(name, "location") {
                parsed.location = try optionalString()
            } else if Self.same(name, "demand") {
                parsed.demand = try optionalString()
            } else if Self.same(name, "urgent") {
                parsed.urgent = try parseValue() == .bool(true)
            } else if Self.same(name, "urgency_reasons") {
                parsed.urgencyReasons = try strings()
            } else if Self.same(name, "tags") {
                parsed.tags = try strings()
            } else if Self.same(name, "extra") {
                switch try parseValue() {
                case .null: parsed.extra = [:]
                case .object(let members): parsed.extra = members
                default: throw DocumentError(description: "extra is not an object")
                }
            } else if Self.same(name, "category") {
                category = try optionalString()
            } else if Self.same(name, "severity") {
                parsed.severity = try optionalInteger()
            } else if Self.same(name, "respondent") {
                parsed.respondent = try respondent()
            } else if Self.same(name, "references") {
                parsed.references = try references()
            } else if Self.same(name, "attachments") {
                parsed.attachments = try attachments()
            } else if Self.same(name, "sla") {
                parsed.sla = try serviceLevel()
            } else if Self.same(name, "related") {
                parsed.related = try related()
            } else if Self.same(name, "triage") {
                parsed.triage = try triage()
            } else if Self.same(name, "raw") {
                parsed.raw = try rawReference()
            } else {
                try skipMember(name)
            }
        }
        guard let id else { throw DocumentError(description: "id is missing") }
        guard let source else { throw DocumentError(description: "source is missing") }
        guard let body else { throw DocumentError(description: "body is missing") }
        guard let channelText = channel else { throw DocumentError(description: "channel is missing") }
        guard let channel = Channel(rawValue: channelText) else { throw DocumentError(description: "unknown channel") }
        guard let receivedAt else { throw DocumentError(description: "received_at is missing") }
        guard schemaVersion == Complaint.currentSchemaVersion else { throw DocumentError(description: "another schema version") }
        if let category {
            guard let value = ComplaintCategory(rawValue: category) else { throw DocumentError(description: "unknown category") }
            parsed.category = value
        }
        parsed.id = id
        parsed.source = source
        parsed.body = body
        parsed.channel = channel
        parsed.receivedAt = receivedAt
        return parsed
    }

    mutating func complainant() throws -> Complainant {
        var person = Complainant()
        guard try beginOptionalObject() else { return person }
        var first = true
        while let name = try nextMember(first: &first) {
            if Self.same(name, "name") {
                person.name = try optionalString()
            } else if Self.same(name, "phone") {
                person.phone = try optionalString()
            } else if Self.same(name, "email") {
                person.email = try optionalString()
            } else if Self.same(name, "handle") {
                person.handle = try optionalString()
            } else if Self.same(name, "platform") {
                person.platform = try optionalString()
            } else if Self.same(name, "customer_id") {
                person.customerID = try optionalString()
            } else if Self.same(name, "contact_key") {
                person.contactKey = try optionalString()
            } else {
                try skipMember(name)
            }
        }
        return person
    }

    mutating func respondent() throws -> Respondent? {
        guard try beginOptionalObject() else { return nil }
        var respondent = Respondent()
        var first = true
        while let name = try nextMember(first: &first) {
            if Self.same(name, "kind") {
                respondent.kind = try optionalString()
            } else if Self.same(name, "id") {
                respondent.id = try optionalString()
            } else if Self.same(name, "name") {
                respondent.name = try optionalString()
            } else {
                try skipMember(name)
            }
        }
        return respondent
    }

    mutating func references() throws -> [String: String] {
        var references: [String: String] = [:]
        guard try beginOptionalObject() else { return references }
        var first = true
        while let name = try nextMember(first: &first) {
            guard let key = Self.validatedUTF8(name), !key.utf8.contains(0x5C) else {
                throw DocumentError(description: "a reference name is escaped or not valid UTF-8")
            }
            guard let value = try optionalString() else { throw DocumentError(description: "a reference is not a string") }
            references[key] = value
        }
        return references
    }

    mutating func attachments() throws -> [Attachment] {
        // Anything but a list is left unread, as the tree reader did.
        guard try beginArray() else {
            _ = try parseValue()
            return []
        }
        var attachments: [Attachment] = []
        var firstItem = true
        while try nextItem(first: &firstItem) {
            guard index < bytes.count, bytes[index] == 0x7B else { throw DocumentError(description: "an attachment is not an object") }
            try beginObject()
            var filename: String?
            var attachment = Attachment(filename: "")
            var first = true
            while let name = try nextMember(first: &first) {
                if Self.same(name, "filename") {
                    filename = try optionalString()
                } else if Self.same(name, "content_type") {
                    attachment.contentType = try optionalString()
                } else if Self.same(name, "size") {
                    attachment.size = try optionalInteger()
                } else if Self.same(name, "sha256") {
                    attachment.sha256 = try optionalString()
                } else if Self.same(name, "reference") {
                    attachment.reference = try optionalString()
                } else {
                    try skipMember(name)
                }
            }
            guard let filename else { throw DocumentError(description: "filename is missing") }
            attachment.filename = filename
            attachments.append(attachment)
        }
        return attachments
    }

    mutating func serviceLevel() throws -> ServiceLevel? {
        guard try beginOptionalObject() else { return nil }
        var respondBy: Date?
        var resolveBy: Date?
        var first = true
        while let name = try nextMember(first: &first) {
            if Self.same(name, "respond_by") {
                respondBy = try date("respond_by")
            } else if Self.same(name, "resolve_by") {
                resolveBy = try date("resolve_by")
            } else {
                try skipMember(name)
            }
        }
        guard let respondBy else { throw DocumentError(description: "sla.respond_by is missing") }
        return ServiceLevel(respondBy: respondBy, resolveBy: resolveBy)
    }

    mutating func related() throws -> Related? {
        guard try beginOptionalObject() else { return nil }
        var related = Related()
        var first = true
        while let name = try nextMember(first: &first) {
            if Self.same(name, "thread_id") {
                related.threadID = try optionalString()
            } else if Self.same(name, "earlier_ids") {
                related.earlierIDs = try strings()
            } else if Self.same(name, "matched_on") {
                related.matchedOn = try strings()
            } else {
                try skipMember(name)
            }
        }
        return related
    }

    mutating func triage() throws -> TriageRecord? {
        guard try beginOptionalObject() else { return nil }
        var triage = TriageRecord()
        var first = true
        while let name = try nextMember(first: &first) {
            if Self.same(name, "rules") {
                triage.rules = try strings()
            } else if Self.same(name, "explanation") {
                triage.explanation = try strings()
            } else {
                try skipMember(name)
            }
        }
        return triage
    }

    mutating func rawReference() throws -> RawReference? {
        guard try beginOptionalObject() else { return nil }
        var size: Int?
        var contentType: String?
        var sha256: String?
        var first = true
        while let name = try nextMember(first: &first) {
            if Self.same(name, "size") {
                size = try optionalInteger()
            } else if Self.same(name, "content_type") {
                contentType = try optionalString()
            } else if Self.same(name, "sha256") {
                sha256 = try optionalString()
            } else {
                try skipMember(name)
            }
        }
        guard let size else { throw DocumentError(description: "raw.size is missing") }
        guard let contentType else { throw DocumentError(description: "raw.content_type is missing") }
        guard let sha256 else { throw DocumentError(description: "raw.sha256 is missing") }
        return RawReference(size: size, contentType: contentType, sha256: sha256)
    }
}
