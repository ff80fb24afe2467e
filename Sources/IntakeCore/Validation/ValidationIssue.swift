/// One problem with one field of an input document.
///
/// `field` is a JSON path into the input (`complainant.phone`, `[2].body`), `code` a stable machine-readable word,
/// `message` a sentence for a person.
public struct ValidationIssue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// JSON path of the field.
    public var field: String
    /// A stable code: `required`, `type`, `format`, `range`, `unknown_field`, `too_long`, …
    public var code: String
    /// What was wrong, for a person.
    public var message: String

    /// Creates an issue.
    public init(field: String, code: String, message: String) {
        self.field = field
        self.code = code
        self.message = message
    }

    /// The same issue with `prefix` in front of its field path.
    public func prefixed(by prefix: String) -> ValidationIssue {
        let path =
            if field.isEmpty { prefix } else if prefix.isEmpty { field } else if field.hasPrefix("[") { prefix + field } else { prefix + "." + field }
        return ValidationIssue(field: path, code: code, message: message)
    }

    public var description: String { "\(field): \(message) (\(code))" }
}

/// Thrown when an input document has one or more field problems; it carries all of them.
public struct ComplaintValidationError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in document order.
    public var issues: [ValidationIssue]

    /// Creates the error.
    public init(issues: [ValidationIssue]) {
        self.issues = issues
    }

    public var description: String {
        "ComplaintValidationError(\(issues.count) issue(s): \(issues.map { "\($0.field) \($0.code)" }.joined(separator: ", ")))"
    }
}
