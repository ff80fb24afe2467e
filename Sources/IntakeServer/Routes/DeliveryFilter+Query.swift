public import Foundation
public import IntakeCore

extension DeliveryFilter {
    /// Reads a filter from query parameters or command-line options: `status` (comma-separated), `sink`, `source`,
    /// `channel`, `since` / `until` (RFC 3339, or an age such as `2h`), `error`, `id` (comma-separated).
    /// - Throws: ``ComplaintValidationError`` naming each parameter that cannot be read.
    public static func parse(_ parameters: [String: String], now: Date = Date()) throws -> DeliveryFilter {
        var filter = DeliveryFilter()
        var issues: [ValidationIssue] = []
        if let text = parameters["status"], !text.isEmpty {
            for part in text.split(separator: ",") {
                if let status = DeliveryStatus(rawValue: part.trimmingCharacters(in: .whitespaces)) {
                    filter.statuses.append(status)
                } else {
                    issues.append(
                        ValidationIssue(field: "status", code: "enum", message: "must be pending, retrying, dead or delivered, not \"\(part)\"")
                    )
                }
            }
        }
        filter.sink = parameters["sink"].flatMap { $0.isEmpty ? nil : $0 }
        filter.source = parameters["source"].flatMap { $0.isEmpty ? nil : $0 }
        if let text = parameters["channel"], !text.isEmpty {
            if let channel = Channel(rawValue: text) {
                filter.channel = channel
            } else {
                issues.append(
                    ValidationIssue(
                        field: "channel",
                        code: "enum",
                        message: "must be one of \(Channel.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                )
            }
        }
        for (name, assign) in [
            ("since", { (date: Date) in filter.receivedAfter = date }), ("until", { (date: Date) in filter.receivedBefore = date }),
        ] {
            guard let text = parameters[name], !text.isEmpty else { continue }
            if let date = RFC3339.date(from: text) {
                assign(date)
            } else if let age = DurationParser.parse(text) {
                assign(now.addingTimeInterval(-age.seconds))
            } else {
                issues.append(ValidationIssue(field: name, code: "format", message: "must be an RFC 3339 time or an age such as 30m or 2h"))
            }
        }
        filter.errorContains = parameters["error"].flatMap { $0.isEmpty ? nil : $0 }
        if let ids = parameters["id"], !ids.isEmpty {
            filter.complaintIDs = ids.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        if !issues.isEmpty { throw ComplaintValidationError(issues: issues) }
        return filter
    }
}
