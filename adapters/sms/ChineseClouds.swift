import Crypto
import Foundation
import IntakeCore
import IntakeWebhook

/// Alibaba Cloud SmsUp and Tencent Cloud SMS reply callbacks: JSON, an array or one object, unsigned (the source
/// is protected by its token and allow-list).
enum ChineseCloudMessages {
    static func items(_ request: WebhookRequest) throws(WebhookFormatError) -> ([JSONValue], Bool) {
        guard request.method == "POST" else { throw WebhookFormatError(.methodNotAllowed, "the provider posts its callbacks") }
        guard request.isJSON || request.mediaType.isEmpty else { throw WebhookFormatError(.unsupportedMediaType, "send application/json") }
        switch try WebhookFormat.json(request.body) {
        case .array(let items):
            guard !items.isEmpty else { throw WebhookFormatError(.malformed, "the batch holds no message") }
            return (items, true)
        case let single:
            return ([single], false)
        }
    }

    static let beijingTime: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter
    }()

    /// `phone_number` (national; `+86` added), `content`, `send_time` (Beijing time), `sequence_id` (number or
    /// string) as the external id; `dest_code` and `sign_name` under `extra.sms`.
    static func aliyun(_ request: WebhookRequest) throws(WebhookFormatError) -> ([WebhookItem], Bool) {
        let (values, isBatch) = try items(request)
        let items = values.map { value -> WebhookItem in
            guard case .object(let members) = value else {
                return WebhookItem(issues: [ValidationIssue(field: "", code: "type", message: "a message must be an object, not \(value.typeName)")])
            }
            var issues: [ValidationIssue] = []
            let phone = members["phone_number"]?.scalarText ?? ""
            let sequence = members["sequence_id"]?.scalarText ?? ""
            if phone.isEmpty { issues.append(ValidationIssue(field: "phone_number", code: "required", message: "is required: the sender's number")) }
            if sequence.isEmpty {
                issues.append(ValidationIssue(field: "sequence_id", code: "required", message: "is required: Alibaba's id of the message"))
            }
            var draft = ComplaintDraft(channel: .sms, externalID: sequence.isEmpty ? nil : sequence)
            draft.complainant.phone = phone.isEmpty ? nil : phone.hasPrefix("+") ? phone : "+86" + phone
            draft.body = members["content"]?.scalarText ?? ""
            if let sent = members["send_time"]?.scalarText {
                draft.occurredAt = beijingTime.date(from: sent)
                if draft.occurredAt == nil {
                    issues.append(
                        ValidationIssue(field: "send_time", code: "format", message: "must be yyyy-MM-dd HH:mm:ss (Beijing time), not \"\(sent)\"")
                    )
                }
            }
            var sms: [String: JSONValue] = ["provider": .string("aliyun")]
            for key in ["dest_code", "sign_name"] { if let text = members[key]?.scalarText { sms[key] = .string(text) } }
            draft.extra["sms"] = .object(sms)
            return WebhookItem(
                draft: draft,
                issues: issues,
                fieldNames: ["complainant.phone": "phone_number", "body": "content", "external_id": "sequence_id"]
            )
        }
        return (items, isBatch)
    }

    /// `"+" + nationcode + mobile`, `text`, `time` (Unix seconds); no message id, so the external id is the SHA-256
    /// of mobile, time and text (a retry of the same reply is a repeat).
    static func tencent(_ request: WebhookRequest) throws(WebhookFormatError) -> ([WebhookItem], Bool) {
        let (values, isBatch) = try items(request)
        let items = values.map { value -> WebhookItem in
            guard case .object(let members) = value else {
                return WebhookItem(issues: [ValidationIssue(field: "", code: "type", message: "a reply must be an object, not \(value.typeName)")])
            }
            var issues: [ValidationIssue] = []
            let mobile = members["mobile"]?.scalarText ?? ""
            let nation = members["nationcode"]?.scalarText ?? "86"
            let text = members["text"]?.scalarText ?? ""
            let time = members["time"]?.scalarText ?? ""
            if mobile.isEmpty { issues.append(ValidationIssue(field: "mobile", code: "required", message: "is required: the sender's number")) }
            var draft = ComplaintDraft(channel: .sms)
            draft.externalID = Hex.encode(SHA256.hash(data: Array("\(nation)\u{1F}\(mobile)\u{1F}\(time)\u{1F}\(text)".utf8)))
            draft.complainant.phone = mobile.isEmpty ? nil : "+" + nation + mobile
            draft.body = text
            draft.occurredAt = SenderTimestamp.read(time)
            var sms: [String: JSONValue] = ["provider": .string("tencent")]
            for key in ["extend", "sign"] { if let value = members[key]?.scalarText { sms[key] = .string(value) } }
            draft.extra["sms"] = .object(sms)
            return WebhookItem(draft: draft, issues: issues, fieldNames: ["complainant.phone": "mobile", "body": "text", "occurred_at": "time"])
        }
        return (items, isBatch)
    }
}
