import Crypto
import Foundation
import IntakeCore
import IntakeWebhook

/// Vonage's signed callbacks: every parameter but `sig`, sorted by name, written `&name=value` with `&` and `=` in
/// values replaced by `_`; then MD5 of that followed by the secret (`md5hash`), or its HMAC keyed with the secret.
/// Hex, compared without regard to case; the `timestamp` parameter must be within the tolerance.
public enum VonageSignature {
    /// The signature methods of the Vonage dashboard.
    public enum Method: String, Sendable, CaseIterable {
        case md5hash
        case md5
        case sha1
        case sha256
        case sha512
    }

    /// The signature of `parameters` (without `sig`).
    public static func compute(_ parameters: [(name: String, value: String)], secret: [UInt8], method: Method) -> String {
        var text = ""
        for (name, value) in parameters.filter({ $0.name != "sig" }).sorted(by: { CallbackParameters.byteOrder($0.name, $1.name) }) {
            text += "&" + name + "=" + value.replacingOccurrences(of: "&", with: "_").replacingOccurrences(of: "=", with: "_")
        }
        let message = Array(text.utf8)
        switch method {
        case .md5hash: return Hex.encode(Insecure.MD5.hash(data: message + secret))
        case .md5: return Hex.encode(HMAC<Insecure.MD5>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        case .sha1: return Hex.encode(HMACAlgorithm.sha1.mac(key: secret, message: message))
        case .sha256: return Hex.encode(HMACAlgorithm.sha256.mac(key: secret, message: message))
        case .sha512: return Hex.encode(HMACAlgorithm.sha512.mac(key: secret, message: message))
        }
    }

    static func verify(
        _ parameters: [(name: String, value: String)],
        secrets: [NamedSecret],
        method: Method,
        tolerance: Double,
        now: Date
    ) throws(AuthenticationFailure) -> Verification {
        guard let signature = parameters.first(where: { $0.name == "sig" })?.value else {
            throw AuthenticationFailure("missing_parameter", "no sig parameter (turn on signed webhooks in the Vonage dashboard)")
        }
        let timestamp = parameters.first { $0.name == "timestamp" }?.value
        try SenderTimestamp.check(timestamp, header: "timestamp", now: now, tolerance: tolerance)
        for secret in secrets {
            let expected = compute(parameters, secret: secret.bytes, method: method)
            if ConstantTime.equal(Array(expected.utf8), Array(signature.lowercased().utf8)) {
                return Verification(scheme: "vonage-\(method.rawValue)", credential: secret.name)
            }
        }
        throw AuthenticationFailure("bad_signature", "sig matches none of the signature secrets (\(method.rawValue))")
    }
}

/// Vonage SMS API inbound messages (GET query, POST form or POST JSON): `messageId` is the external id,
/// `"+" + msisdn` the complainant's phone, `text` the body, `message-timestamp` (UTC) when it was sent. Parts of a
/// concatenated message (`concat=true`) are fragments, joined by `concat-ref` per sender.
enum VonageMessages {
    static func parameters(of request: WebhookRequest) -> [(name: String, value: String)] {
        if request.method == "POST", request.isJSON, case .object(let members)? = try? JSONValue.parse(request.body) {
            return members.compactMap { key, value in value.scalarText.map { (key, $0) } }
        }
        return CallbackParameters.of(request)
    }

    static let timestampFormat: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter
    }()

    static func parse(_ request: WebhookRequest, verification: Verification) throws(WebhookFormatError) -> WebhookSource.Outcome {
        if request.method == "POST", !request.isJSON { try CallbackParameters.requireForm(request) }
        var fields: [String: String] = [:]
        for (name, value) in parameters(of: request) where fields[name] == nil { fields[name] = value }
        var issues: [ValidationIssue] = []
        for field in ["msisdn", "messageId"] where (fields[field] ?? "").isEmpty {
            issues.append(ValidationIssue(field: field, code: "required", message: "is required"))
        }
        guard issues.isEmpty, let msisdn = fields["msisdn"], let messageID = fields["messageId"] else {
            return .items([WebhookItem(issues: issues)], isBatch: false, verification)
        }
        if fields["type"] == "binary" { return .items([.ignored("a binary message, which carries no text")], isBatch: false, verification) }
        var draft = ComplaintDraft(channel: .sms, externalID: messageID)
        draft.complainant.phone = msisdn.hasPrefix("+") ? msisdn : "+" + msisdn
        draft.body = fields["text"] ?? ""
        if let sent = fields["message-timestamp"] { draft.occurredAt = timestampFormat.date(from: sent) }
        var sms: [String: JSONValue] = ["provider": .string("vonage")]
        for (key, name) in [("to", "to"), ("type", "type"), ("keyword", "keyword"), ("api-key", "api_key")] {
            if let value = fields[key], !value.isEmpty { sms[name] = .string(value) }
        }
        draft.extra["sms"] = .object(sms)
        let names = ["complainant.phone": "msisdn", "body": "text", "external_id": "messageId", "occurred_at": "message-timestamp"]
        if fields["concat"] == "true" {
            guard let reference = fields["concat-ref"], !reference.isEmpty, let total = Int(fields["concat-total"] ?? ""),
                let part = Int(fields["concat-part"] ?? ""), (1...255).contains(total), (1...total).contains(part)
            else {
                let problem = ValidationIssue(
                    field: "concat-part",
                    code: "format",
                    message: "concat-ref, concat-total and concat-part must name one part of the message"
                )
                return .items([WebhookItem(issues: [problem])], isBatch: false, verification)
            }
            let fragment = MessageFragment(group: "vonage:\(msisdn):\(reference)", part: part, total: total, partID: messageID, draft: draft)
            return .fragment(fragment, verification)
        }
        return .items([WebhookItem(draft: draft, fieldNames: names)], isBatch: false, verification)
    }
}
