import Foundation
import IntakeCore

/// The agent's complaint form: what was typed, turned into a complaint document of the native schema (the raw
/// payload kept in the journal), with the form's own problems (a date that is not one, a severity without a reason)
/// reported under the form's field names, like the validator's.
struct EntryForm: Sendable {
    /// The text fields of the form, by name (names are schema paths: `complainant.phone`).
    static let textFields = [
        "complainant.name", "complainant.phone", "complainant.email", "complainant.customer_id", "occurred_at", "location",
        "respondent.kind", "respondent.id", "respondent.name", "subject", "body", "demand", "category", "severity",
        "severity_reason", "references",
    ]

    /// What was typed, by field name (kept to show the form again).
    var values: [String: String]
    /// Uploaded files.
    var files: [FormData.File]
    /// The token that makes saving the same form twice store one complaint.
    var formToken: String?

    init(form: FormData) {
        var values: [String: String] = [:]
        // Browsers send a textarea's line breaks as CR LF; the complaint keeps them as LF, like every other door.
        for name in Self.textFields { values[name] = (form[name] ?? "").replacing("\r\n", with: "\n") }
        self.values = values
        self.files = form.files.filter { $0.field == "attachments" }
        self.formToken = form["form_token"].flatMap { $0.isEmpty ? nil : $0 }
    }

    init(values: [String: String] = [:]) {
        self.values = values
        self.files = []
        self.formToken = nil
    }

    private func value(_ name: String) -> String? {
        guard let text = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    /// Where the agent's uploads are stored, and how large each may be.
    struct Uploads {
        var directory: String
        var maximumBytes: Int
    }

    /// The complaint document, and the problems of fields the validator never sees (it would see a wrong value).
    /// - Parameters:
    ///   - timeZone: the zone of the agent's `datetime-local` input.
    ///   - agent: the account that entered it (kept in `extra.entered_by`).
    func document(timeZone: TimeZone, agent: String, uploads: Uploads) -> (document: JSONValue, issues: [ValidationIssue]) {
        var issues: [ValidationIssue] = []
        var document: [String: JSONValue] = ["channel": .string("manual")]
        var complainant: [String: JSONValue] = [:]
        for (field, key) in [
            ("complainant.name", "name"), ("complainant.phone", "phone"), ("complainant.email", "email"),
            ("complainant.customer_id", "customer_id"),
        ] {
            if let text = value(field) { complainant[key] = .string(text) }
        }
        document["complainant"] = .object(complainant)
        var respondent: [String: JSONValue] = [:]
        for (field, key) in [("respondent.kind", "kind"), ("respondent.id", "id"), ("respondent.name", "name")] {
            if let text = value(field) { respondent[key] = .string(text) }
        }
        if !respondent.isEmpty { document["respondent"] = .object(respondent) }
        for field in ["subject", "location", "demand"] {
            if let text = value(field) { document[field] = .string(text) }
        }
        // The body keeps the agent's line breaks and spacing inside; only the ends are trimmed (by the validator).
        if let body = values["body"], !body.allSatisfy(\.isWhitespace) { document["body"] = .string(body) }
        if let text = value("occurred_at") {
            if let date = Self.localDate(text, timeZone: timeZone) {
                document["occurred_at"] = .string(RFC3339.string(from: date))
            } else {
                issues.append(ValidationIssue(field: "occurred_at", code: "format", message: "is not a date and time such as 2026-12-01 14:30"))
            }
        }
        if let text = value("category") {
            if ComplaintCategory(rawValue: text) != nil {
                document["category"] = .string(text)
            } else {
                issues.append(ValidationIssue(field: "category", code: "enum", message: "is not one of the categories offered"))
            }
        }
        var extra: [String: JSONValue] = ["entered_by": .string(agent)]
        if let text = value("severity") {
            if let level = Int(text), (1...4).contains(level) {
                document["severity"] = .int(Int64(level))
                if let reason = value("severity_reason") {
                    extra["severity_reason"] = .string(reason)
                } else {
                    issues.append(
                        ValidationIssue(field: "severity_reason", code: "required", message: "is required when the severity is set by hand")
                    )
                }
            } else {
                issues.append(ValidationIssue(field: "severity", code: "range", message: "must be 1 (most severe) to 4"))
            }
        }
        document["extra"] = .object(extra)
        if let text = values["references"] {
            var references: [String: JSONValue] = [:]
            for line in text.split(whereSeparator: \.isNewline) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty else { continue }
                // "order: 123", "订单号：123" (full-width colon) or "order=123".
                guard let separator = trimmed.firstIndex(where: { $0 == ":" || $0 == "：" || $0 == "=" }) else {
                    issues.append(
                        ValidationIssue(field: "references", code: "format", message: "write one per line as name: value, not \"\(trimmed)\"")
                    )
                    continue
                }
                let key = trimmed[..<separator].trimmingCharacters(in: .whitespaces)
                let referenceValue = trimmed[trimmed.index(after: separator)...].trimmingCharacters(in: .whitespaces)
                guard !key.isEmpty, !referenceValue.isEmpty else {
                    issues.append(
                        ValidationIssue(field: "references", code: "format", message: "write one per line as name: value, not \"\(trimmed)\"")
                    )
                    continue
                }
                references[key] = .string(referenceValue)
            }
            if !references.isEmpty { document["references"] = .object(references) }
        }
        var attachments: [JSONValue] = []
        for file in files {
            guard file.bytes.count <= uploads.maximumBytes else {
                issues.append(
                    ValidationIssue(
                        field: "attachments",
                        code: "too_long",
                        message: "\(file.filename) has \(file.bytes.count) bytes; at most \(uploads.maximumBytes) are accepted"
                    )
                )
                continue
            }
            let digest = Digest.sha256Hex(file.bytes)
            var attachment: [String: JSONValue] = [
                "filename": .string(Self.safeFilename(file.filename)),
                "size": .int(Int64(file.bytes.count)),
                "sha256": .string(digest),
                "reference": .string("attachments/" + digest),
            ]
            if let type = file.contentType { attachment["content_type"] = .string(type) }
            attachments.append(.object(attachment))
        }
        if !attachments.isEmpty { document["attachments"] = .array(attachments) }
        return (.object(document), issues)
    }

    /// `2026-12-01T14:30` (a `datetime-local` input), or with a space, or with seconds, in `timeZone`.
    static func localDate(_ text: String, timeZone: TimeZone) -> Date? {
        if let date = RFC3339.date(from: text) { return date }
        let normalized = text.replacing(" ", with: "T")
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        for format in ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: normalized) { return date }
        }
        return nil
    }

    /// The file's own name without any folder part, control characters or a leading dot.
    static func safeFilename(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
        let trimmed = cleaned.drop { $0 == "." || $0 == " " }
        return trimmed.isEmpty ? "attachment" : String(trimmed.prefix(200))
    }

    /// The form field a problem belongs to (the validator names schema paths; `complainant` is the whole group).
    static func formField(of issue: ValidationIssue) -> String {
        let field = issue.field
        if field.hasPrefix("attachments") { return "attachments" }
        if field.hasPrefix("references") { return "references" }
        if field == "complainant.handle" || field == "complainant.platform" { return "complainant" }
        return field
    }
}
