import Foundation
public import IntakeCore

/// An RFC 6901 JSON Pointer (`/user/mobile`, `/items/0/text`; `~1` is `/`, `~0` is `~`).
public struct JSONPointer: Sendable, Hashable {
    /// As written.
    public var text: String
    /// Its reference tokens, unescaped.
    public var tokens: [String]

    /// Reads a pointer; `nil` when it does not start with `/` (the empty pointer, the whole document, is `""`).
    public init?(_ text: String) {
        guard text.isEmpty || text.hasPrefix("/") else { return nil }
        self.text = text
        self.tokens =
            text.isEmpty
            ? []
            : text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
                $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            }
    }

    /// The value it points to, or `nil`.
    public func resolve(in document: JSONValue) -> JSONValue? {
        var current = document
        for token in tokens {
            switch current {
            case .object(let members):
                guard let next = members[token] else { return nil }
                current = next
            case .array(let items):
                guard let index = Int(token), index >= 0, index < items.count, token == String(index) else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }
}

/// A declarative mapping from any JSON source into the complaint schema: for each schema field, where its value
/// is in the payload (JSON Pointer), or several values joined, or a constant; a default; value translations; a
/// transform; a date format. Members of the payload that no rule reads are kept under `extra`.
public struct PayloadMapping: Sendable {
    /// A schema field a rule may fill.
    public enum Target: Sendable, Hashable {
        case channel, externalID, occurredAt, subject, body, location, demand, category, severity, urgent, tags
        case complainant(String)
        case respondent(String)
        case reference(String)
        case extra(String)

        /// Reads a target name (`complainant.phone`, `references.order`, `extra.store`).
        public init?(_ name: String) {
            switch name {
            case "channel": self = .channel
            case "external_id": self = .externalID
            case "occurred_at": self = .occurredAt
            case "subject": self = .subject
            case "body": self = .body
            case "location": self = .location
            case "demand": self = .demand
            case "category": self = .category
            case "severity": self = .severity
            case "urgent": self = .urgent
            case "tags": self = .tags
            default:
                let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
                guard parts.count == 2, !parts[1].isEmpty else { return nil }
                switch parts[0] {
                case "complainant" where ["name", "phone", "email", "handle", "platform", "customer_id"].contains(parts[1]):
                    self = .complainant(parts[1])
                case "respondent" where ["kind", "id", "name"].contains(parts[1]): self = .respondent(parts[1])
                case "references": self = .reference(parts[1])
                case "extra": self = .extra(parts[1])
                default: return nil
                }
            }
        }

        /// Its path in the schema.
        public var schemaPath: String {
            switch self {
            case .channel: "channel"
            case .externalID: "external_id"
            case .occurredAt: "occurred_at"
            case .subject: "subject"
            case .body: "body"
            case .location: "location"
            case .demand: "demand"
            case .category: "category"
            case .severity: "severity"
            case .urgent: "urgent"
            case .tags: "tags"
            case .complainant(let field): "complainant.\(field)"
            case .respondent(let field): "respondent.\(field)"
            case .reference(let name): "references.\(name)"
            case .extra(let name): "extra.\(name)"
            }
        }

        /// The fields a mapping may fill, for error messages.
        public static let names =
            "channel, external_id, occurred_at, subject, body, location, demand, category, severity, urgent, tags, "
            + "complainant.{name,phone,email,handle,platform,customer_id}, respondent.{kind,id,name}, references.NAME, extra.NAME"
    }

    /// Where a value comes from.
    public enum Source: Sendable, Hashable {
        case pointer(JSONPointer)
        case join([JSONPointer], separator: String)
        case constant(JSONValue)
    }

    /// How a value is changed before it is used.
    public enum Transform: String, Sendable, CaseIterable {
        /// Blanks removed around it.
        case trim
        /// Lower-cased.
        case lower
        /// Upper-cased.
        case upper
        /// Digits only.
        case digits
        /// A number written with its country code but without `+` (`8613800138000`): `+` added.
        case msisdn
    }

    /// How a date is written in the payload.
    public enum DateFormat: Sendable, Hashable {
        case rfc3339
        case unixSeconds
        case unixMilliseconds
        /// A `DateFormatter` pattern (`yyyy-MM-dd HH:mm:ss`) read in a fixed zone.
        case pattern(String, zoneOffsetSeconds: Int)
    }

    /// One field's rule.
    public struct Rule: Sendable {
        /// The field it fills.
        public var target: Target
        /// Where the value comes from.
        public var source: Source
        /// The value when the payload has none.
        public var defaultValue: JSONValue?
        /// Translations of values (`"1": billing`).
        public var values: [String: JSONValue]
        /// A transform of text values.
        public var transform: Transform?
        /// For `occurred_at`: how the date is written.
        public var date: DateFormat
        /// Whether an item without a value is refused.
        public var required: Bool
    }

    /// A rule as a configuration file writes it: a pointer, or a mapping with `path`, `join` or `const`.
    public struct RuleSpec: Decodable, Sendable {
        public var path: String?
        public var join: [String]?
        public var separator: String?
        public var constant: JSONValue?
        public var defaultValue: JSONValue?
        public var values: [String: JSONValue]?
        public var transform: String?
        public var date: String?
        public var zone: String?
        public var required: Bool?

        enum CodingKeys: String, CodingKey {
            case path, join, separator, values, transform, date, zone, required
            case constant = "const"
            case defaultValue = "default"
        }

        /// The keys a rule mapping may have.
        public static let keys: Set<String> = ["path", "join", "separator", "const", "default", "values", "transform", "date", "zone", "required"]

        public init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) {
                path = text
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            path = try container.decodeIfPresent(String.self, forKey: .path)
            join = try container.decodeIfPresent([String].self, forKey: .join)
            separator = try container.decodeIfPresent(String.self, forKey: .separator)
            constant = try container.decodeIfPresent(JSONValue.self, forKey: .constant)
            defaultValue = try container.decodeIfPresent(JSONValue.self, forKey: .defaultValue)
            values = try container.decodeIfPresent([String: JSONValue].self, forKey: .values)
            transform = try container.decodeIfPresent(String.self, forKey: .transform)
            date = try container.decodeIfPresent(String.self, forKey: .date)
            zone = try container.decodeIfPresent(String.self, forKey: .zone)
            required = try container.decodeIfPresent(Bool.self, forKey: .required)
        }
    }

    /// Where the items are when one payload holds several (`/documents`); `nil`: the body, or each item of a body
    /// that is an array.
    public var itemsPointer: JSONPointer?
    /// The rules, in the order written.
    public var rules: [Rule]
    /// Whether payload members no rule reads are kept under `extra`.
    public var keepsUnmapped: Bool

    /// Builds a mapping from its configuration form.
    /// - Returns: the mapping, or the problems by field name (`fields.body`: …).
    public static func build(items: String?, fields: [(String, RuleSpec)], keepUnmapped: Bool = true) -> Result<PayloadMapping, MappingProblems> {
        var problems: [(String, String)] = []
        var pointer: JSONPointer?
        if let items {
            pointer = JSONPointer(items)
            if pointer == nil { problems.append(("items", "must be a JSON Pointer starting with /, not \"\(items)\"")) }
        }
        var rules: [Rule] = []
        var targets: Set<Target> = []
        for (name, spec) in fields {
            let key = "fields.\(name)"
            guard let target = Target(name) else {
                problems.append((key, "is not a field a mapping can fill; one of \(Target.names)"))
                continue
            }
            if !targets.insert(target).inserted { problems.append((key, "is mapped twice")) }
            var source: Source?
            let given = [spec.path != nil, spec.join != nil, spec.constant != nil].filter { $0 }.count
            if given != 1 {
                problems.append((key, "needs exactly one of a pointer (path), join or const"))
            } else if let path = spec.path {
                if let value = JSONPointer(path) {
                    source = .pointer(value)
                } else {
                    problems.append((key, "\"\(path)\" is not a JSON Pointer (it starts with /)"))
                }
            } else if let join = spec.join {
                let pointers = join.compactMap(JSONPointer.init)
                if pointers.count != join.count || join.isEmpty {
                    problems.append((key + ".join", "must be a list of JSON Pointers starting with /"))
                } else {
                    source = .join(pointers, separator: spec.separator ?? " ")
                }
            } else if let constant = spec.constant {
                source = .constant(constant)
            }
            var transform: Transform?
            if let text = spec.transform {
                transform = Transform(rawValue: text)
                if transform == nil {
                    problems.append(
                        (key + ".transform", "unknown transform \"\(text)\"; one of \(Transform.allCases.map(\.rawValue).joined(separator: ", "))")
                    )
                }
            }
            var date = DateFormat.rfc3339
            if let text = spec.date {
                guard target == .occurredAt else {
                    problems.append((key + ".date", "only occurred_at is a date"))
                    continue
                }
                var offset = 0
                if let zone = spec.zone {
                    if let seconds = zoneOffset(zone) {
                        offset = seconds
                    } else {
                        problems.append((key + ".zone", "must be an offset such as +08:00 or Z, not \"\(zone)\""))
                    }
                }
                switch text {
                case "rfc3339": date = .rfc3339
                case "unix": date = .unixSeconds
                case "unix_ms": date = .unixMilliseconds
                default:
                    guard text.contains("yy") else {
                        problems.append((key + ".date", "must be rfc3339, unix, unix_ms or a pattern such as yyyy-MM-dd HH:mm:ss, not \"\(text)\""))
                        continue
                    }
                    date = .pattern(text, zoneOffsetSeconds: offset)
                }
            }
            if let source {
                rules.append(
                    Rule(
                        target: target,
                        source: source,
                        defaultValue: spec.defaultValue,
                        values: spec.values ?? [:],
                        transform: transform,
                        date: date,
                        required: spec.required ?? false
                    )
                )
            }
        }
        if !targets.contains(.body) { problems.append(("fields.body", "is required: where the complaint's words are")) }
        guard problems.isEmpty else { return .failure(MappingProblems(problems: problems)) }
        return .success(PayloadMapping(itemsPointer: pointer, rules: rules, keepsUnmapped: keepUnmapped))
    }

    /// `+08:00`, `-0500`, `Z`: seconds east of UTC.
    static func zoneOffset(_ text: String) -> Int? {
        if text == "Z" || text == "UTC" { return 0 }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard let sign = text.first, sign == "+" || sign == "-", digits.count == 4, let hours = Int(digits.prefix(2)),
            let minutes = Int(digits.suffix(2)),
            hours <= 14, minutes < 60
        else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    func item(_ value: JSONValue) -> WebhookItem {
        var draft = ComplaintDraft()
        var issues: [ValidationIssue] = []
        var fieldNames: [String: String] = [:]
        var read: Set<String> = []
        for rule in rules {
            let origin: String
            var found: JSONValue?
            switch rule.source {
            case .pointer(let pointer):
                origin = pointer.text
                if let first = pointer.tokens.first { read.insert(first) }
                found = pointer.resolve(in: value)
            case .join(let pointers, let separator):
                origin = pointers.map(\.text).joined(separator: "+")
                var parts: [String] = []
                for pointer in pointers {
                    if let first = pointer.tokens.first { read.insert(first) }
                    if let text = Self.text(pointer.resolve(in: value)), !text.isEmpty { parts.append(text) }
                }
                found = parts.isEmpty ? nil : .string(parts.joined(separator: separator))
            case .constant(let constant):
                origin = rule.target.schemaPath
                found = constant
            }
            if case .null? = found { found = nil }
            if found == nil { found = rule.defaultValue }
            fieldNames[rule.target.schemaPath] = origin
            guard var result = found else {
                if rule.required {
                    issues.append(ValidationIssue(field: origin, code: "required", message: "is required (mapped to \(rule.target.schemaPath))"))
                }
                continue
            }
            if let key = Self.text(result), let translated = rule.values[key] { result = translated }
            if let transform = rule.transform, let text = Self.text(result) { result = .string(Self.apply(transform, text)) }
            if let problem = set(rule, result, on: &draft) {
                issues.append(ValidationIssue(field: origin, code: problem.code, message: problem.message))
            }
        }
        if keepsUnmapped, case .object(let members) = value {
            for (key, member) in members where !read.contains(key) && draft.extra[key] == nil { draft.extra[key] = member }
        }
        return WebhookItem(draft: draft, issues: issues, fieldNames: fieldNames)
    }

    static func text(_ value: JSONValue?) -> String? { value?.scalarText }

    static func apply(_ transform: Transform, _ text: String) -> String {
        switch transform {
        case .trim: return text.trimmingCharacters(in: .whitespacesAndNewlines)
        case .lower: return text.lowercased()
        case .upper: return text.uppercased()
        case .digits: return text.filter(\.isASCII).filter(\.isNumber)
        case .msisdn:
            let digits = text.filter(\.isASCII).filter(\.isNumber)
            return digits.isEmpty ? text : "+" + digits
        }
    }

    private func set(_ rule: Rule, _ value: JSONValue, on draft: inout ComplaintDraft) -> (code: String, message: String)? {
        let text = Self.text(value)
        func needText() -> (String, String) { ("type", "must be a string or a number, not \(value.typeName) (mapped to \(rule.target.schemaPath))") }
        switch rule.target {
        case .extra(let name):
            draft.extra[name] = value
            return nil
        case .tags:
            switch value {
            case .array(let items):
                let texts = items.compactMap { Self.text($0) }
                guard texts.count == items.count else { return ("type", "must be a list of strings (mapped to tags)") }
                draft.tags += texts
            default:
                guard let text else { return needText() }
                draft.tags.append(text)
            }
            return nil
        case .occurredAt:
            guard let text else { return needText() }
            guard let date = Self.date(text, format: rule.date) else {
                return ("format", "\"\(text)\" is not a date of the form \(Self.describe(rule.date)) (mapped to occurred_at)")
            }
            draft.occurredAt = date
            return nil
        case .severity:
            guard let text, let number = Int(text) else { return ("type", "must be an integer 1 to 4 (mapped to severity)") }
            draft.severity = number
            return nil
        case .urgent:
            switch text?.lowercased() {
            case "true"?, "1"?, "yes"?: draft.urgent = true
            case "false"?, "0"?, "no"?: draft.urgent = false
            default: return ("type", "must be true or false (mapped to urgent)")
            }
            return nil
        default:
            break
        }
        guard let text else { return needText() }
        switch rule.target {
        case .channel:
            guard let channel = Channel(rawValue: text) else {
                return (
                    "enum", "\"\(text)\" is not a channel; one of \(Channel.allCases.map(\.rawValue).joined(separator: ", ")) (mapped to channel)"
                )
            }
            draft.channel = channel
        case .category:
            guard let category = ComplaintCategory(rawValue: text) else {
                let allowed = ComplaintCategory.allCases.map(\.rawValue).joined(separator: ", ")
                return ("enum", "\"\(text)\" is not a category; one of \(allowed) (translate it with values:) (mapped to category)")
            }
            draft.category = category
        case .externalID: draft.externalID = text
        case .subject: draft.subject = text
        case .body: draft.body = text
        case .location: draft.location = text
        case .demand: draft.demand = text
        case .reference(let name): draft.references[name] = text
        case .complainant(let field):
            switch field {
            case "name": draft.complainant.name = text
            case "phone": draft.complainant.phone = text
            case "email": draft.complainant.email = text
            case "handle": draft.complainant.handle = text
            case "platform": draft.complainant.platform = text
            default: draft.complainant.customerID = text
            }
        case .respondent(let field):
            var respondent = draft.respondent ?? Respondent()
            switch field {
            case "kind": respondent.kind = text
            case "id": respondent.id = text
            default: respondent.name = text
            }
            draft.respondent = respondent
        default:
            break
        }
        return nil
    }

    static func describe(_ format: DateFormat) -> String {
        switch format {
        case .rfc3339: "RFC 3339"
        case .unixSeconds: "seconds since 1970"
        case .unixMilliseconds: "milliseconds since 1970"
        case .pattern(let pattern, _): pattern
        }
    }

    static func date(_ text: String, format: DateFormat) -> Date? {
        switch format {
        case .rfc3339:
            return RFC3339.date(from: text)
        case .unixSeconds:
            return SenderTimestamp.read(text)
        case .unixMilliseconds:
            return SenderTimestamp.readMilliseconds(text)
        case .pattern(let pattern, let offset):
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(secondsFromGMT: offset)
            formatter.dateFormat = pattern
            return formatter.date(from: text)
        }
    }
}

/// What is wrong with a mapping's configuration, by field.
public struct MappingProblems: Error, Sendable {
    /// `(field, message)` pairs.
    public var problems: [(String, String)]
}

extension JSONValue {
    /// The text of a string, number or boolean (`1764554700000`, `true`); `nil` for other values.
    public var scalarText: String? {
        switch self {
        case .string(let text): text
        case .int(let number): String(number)
        case .double(let number): number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }
}
