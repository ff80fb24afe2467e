public import Foundation

/// Reads the native input form of the schema (`POST /v1/complaints`) into drafts, reporting every type problem.
///
/// The document is first read as untyped JSON, so one wrong field does not hide the others: each problem becomes a
/// ``ValidationIssue`` with its path, and unknown fields are refused by name.
public enum DraftDecoder {
    /// What a request body holds: the drafts, whether it was a batch, and every type problem found.
    public struct Decoded: Sendable {
        /// One draft per item; a field with a type problem is left empty in its draft.
        public var drafts: [ComplaintDraft]
        /// Whether the body was an array.
        public var isBatch: Bool
        /// Type problems, paths prefixed `[i]` in a batch. Validation adds its own problems to these.
        public var issues: [ValidationIssue]
    }

    /// Reads one complaint object or an array of them.
    /// - Parameter data: the request body.
    /// - Returns: the drafts with every type problem (wrong types, unknown fields) found in them.
    /// - Throws: ``ComplaintValidationError`` when the body is not JSON at all or is an empty batch.
    public static func decode(json data: Data) throws -> Decoded {
        let value: JSONValue
        do {
            value = try JSONValue.parse(data)
        } catch {
            throw ComplaintValidationError(issues: [
                ValidationIssue(field: "", code: "malformed_json", message: "the body is not well-formed JSON: \(error)")
            ])
        }
        switch value {
        case .array(let items):
            guard !items.isEmpty else {
                throw ComplaintValidationError(issues: [ValidationIssue(field: "", code: "empty_batch", message: "the batch holds no complaint")])
            }
            var issues: [ValidationIssue] = []
            var drafts: [ComplaintDraft] = []
            for (index, item) in items.enumerated() {
                var itemIssues: [ValidationIssue] = []
                drafts.append(draft(from: item, issues: &itemIssues))
                issues += itemIssues.map { $0.prefixed(by: "[\(index)]") }
            }
            return Decoded(drafts: drafts, isBatch: true, issues: issues)
        default:
            var issues: [ValidationIssue] = []
            let draft = draft(from: value, issues: &issues)
            return Decoded(drafts: [draft], isBatch: false, issues: issues)
        }
    }

    /// Reads one complaint object, appending a problem to `issues` for each field that is not of the schema.
    public static func draft(from value: JSONValue, issues: inout [ValidationIssue]) -> ComplaintDraft {
        var draft = ComplaintDraft()
        guard case .object(let members) = value else {
            issues.append(ValidationIssue(field: "", code: "type", message: "a complaint must be a JSON object, not \(value.typeName)"))
            return draft
        }
        var reader = JSONObjectReader(members: members, path: "", issues: issues)
        defer { issues = reader.issues }

        if let text = reader.string("channel") {
            if let channel = Channel(rawValue: text) {
                draft.channel = channel
            } else {
                reader.fail("channel", "enum", "must be one of \(Channel.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(text)\"")
            }
        }
        draft.externalID = reader.string("external_id")
        if let text = reader.string("occurred_at") {
            if let date = RFC3339.date(from: text) {
                draft.occurredAt = date
            } else {
                reader.fail("occurred_at", "format", "must be an RFC 3339 date-time such as 2026-12-01T09:30:00Z, not \"\(text)\"")
            }
        }
        if let object = reader.object("complainant") {
            var sub = reader.child("complainant", members: object)
            draft.complainant = Complainant(
                name: sub.string("name"),
                phone: sub.string("phone"),
                email: sub.string("email"),
                handle: sub.string("handle"),
                platform: sub.string("platform"),
                customerID: sub.string("customer_id")
            )
            sub.refuseUnknown(allowed: ["name", "phone", "email", "handle", "platform", "customer_id"])
            reader.issues = sub.issues
        }
        draft.subject = reader.string("subject")
        draft.body = reader.string("body")
        if let object = reader.object("respondent") {
            var sub = reader.child("respondent", members: object)
            draft.respondent = Respondent(kind: sub.string("kind"), id: sub.string("id"), name: sub.string("name"))
            sub.refuseUnknown(allowed: ["kind", "id", "name"])
            reader.issues = sub.issues
        }
        draft.location = reader.string("location")
        draft.demand = reader.string("demand")
        if let object = reader.object("references") {
            var references: [String: String] = [:]
            for (key, value) in object {
                if case .string(let text) = value {
                    references[key] = text
                } else {
                    reader.fail("references.\(key)", "type", "must be a string, not \(value.typeName)")
                }
            }
            draft.references = references
        }
        if let items = reader.array("attachments") {
            for (index, item) in items.enumerated() {
                let path = "attachments[\(index)]"
                guard case .object(let object) = item else {
                    reader.fail(path, "type", "must be an object, not \(item.typeName)")
                    continue
                }
                var sub = reader.child(path, members: object)
                let filename = sub.string("filename")
                let attachment = Attachment(
                    filename: filename ?? "",
                    contentType: sub.string("content_type"),
                    size: sub.integer("size"),
                    sha256: sub.string("sha256"),
                    reference: sub.string("reference")
                )
                if filename == nil, object["filename"] == nil { sub.fail("filename", "required", "is required") }
                sub.refuseUnknown(allowed: ["filename", "content_type", "size", "sha256", "reference"])
                reader.issues = sub.issues
                draft.attachments.append(attachment)
            }
        }
        if let text = reader.string("category") {
            if let category = ComplaintCategory(rawValue: text) {
                draft.category = category
            } else {
                let allowed = ComplaintCategory.allCases.map(\.rawValue).joined(separator: ", ")
                reader.fail("category", "enum", "must be one of \(allowed), not \"\(text)\"")
            }
        }
        draft.severity = reader.integer("severity")
        draft.urgent = reader.bool("urgent")
        draft.urgencyReasons = reader.strings("urgency_reasons")
        draft.tags = reader.strings("tags")
        if let object = reader.object("extra") { draft.extra = object }
        reader.refuseUnknown(allowed: inputFields)
        return draft
    }

    /// The members a native input object may have.
    public static let inputFields: Set<String> = [
        "channel", "external_id", "occurred_at", "complainant", "subject", "body", "respondent", "location", "demand",
        "references", "attachments", "category", "severity", "urgent", "urgency_reasons", "tags", "extra",
    ]
}

/// Typed reads from one JSON object; each wrong type is recorded once, with its path. Doors that read their own
/// payload shapes (call records, mentions) use it too, so their problems read the same way.
public struct JSONObjectReader {
    /// The object's members.
    public let members: [String: JSONValue]
    /// Its path in the document (`complainant`, `agent`); empty for the top level.
    public let path: String
    /// The problems found so far.
    public var issues: [ValidationIssue]

    /// Creates a reader of `members`, found at `path`.
    public init(members: [String: JSONValue], path: String = "", issues: [ValidationIssue] = []) {
        self.members = members
        self.path = path
        self.issues = issues
    }

    /// A reader of a member object, carrying the problems found so far (hand them back with `issues = sub.issues`).
    public func child(_ key: String, members: [String: JSONValue]) -> JSONObjectReader {
        JSONObjectReader(members: members, path: qualified(key), issues: issues)
    }

    /// The path of a member.
    public func qualified(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// Records a problem of a member.
    public mutating func fail(_ key: String, _ code: String, _ message: String) {
        issues.append(ValidationIssue(field: qualified(key), code: code, message: message))
    }

    /// `nil` for absent and for JSON `null`.
    public func present(_ key: String) -> JSONValue? {
        guard let value = members[key] else { return nil }
        if case .null = value { return nil }
        return value
    }

    /// The member `key`, or `nil` when absent or null; a wrong type is recorded.
    public mutating func string(_ key: String) -> String? {
        guard let value = present(key) else { return nil }
        if case .string(let text) = value { return text }
        fail(key, "type", "must be a string, not \(value.typeName)")
        return nil
    }

    /// The member `key`, or `nil` when absent or null; a wrong type is recorded.
    public mutating func integer(_ key: String) -> Int? {
        guard let value = present(key) else { return nil }
        switch value {
        case .int(let number): return Int(number)
        case .double(let number) where number.rounded() == number && abs(number) < 1e15: return Int(number)
        default:
            fail(key, "type", "must be an integer, not \(value.typeName)")
            return nil
        }
    }

    /// The member `key`, or `nil` when absent or null; a wrong type is recorded.
    public mutating func bool(_ key: String) -> Bool? {
        guard let value = present(key) else { return nil }
        if case .bool(let flag) = value { return flag }
        fail(key, "type", "must be true or false, not \(value.typeName)")
        return nil
    }

    /// The member `key`, or `nil` when absent or null; a wrong type is recorded.
    public mutating func object(_ key: String) -> [String: JSONValue]? {
        guard let value = present(key) else { return nil }
        if case .object(let object) = value { return object }
        fail(key, "type", "must be an object, not \(value.typeName)")
        return nil
    }

    /// The member `key`, or `nil` when absent or null; a wrong type is recorded.
    public mutating func array(_ key: String) -> [JSONValue]? {
        guard let value = present(key) else { return nil }
        if case .array(let items) = value { return items }
        fail(key, "type", "must be an array, not \(value.typeName)")
        return nil
    }

    /// The member `key`, or `nil` when absent or null; a wrong type is recorded.
    public mutating func strings(_ key: String) -> [String] {
        guard let items = array(key) else { return [] }
        var result: [String] = []
        for (index, item) in items.enumerated() {
            if case .string(let text) = item {
                result.append(text)
            } else {
                fail("\(key)[\(index)]", "type", "must be a string, not \(item.typeName)")
            }
        }
        return result
    }

    /// Records every member not in `allowed`.
    public mutating func refuseUnknown(allowed: Set<String>) {
        for key in members.keys.sorted() where !allowed.contains(key) {
            fail(key, "unknown_field", "is not a field of the complaint schema")
        }
    }
}
