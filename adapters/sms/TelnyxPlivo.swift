import Crypto
import Foundation
import IntakeCore
public import IntakeWebhook

/// Telnyx: `telnyx-signature-ed25519` is the base64 Ed25519 signature of `telnyx-timestamp + "|" + body` under the
/// portal's public key; the timestamp must be within the tolerance (300 s).
public enum TelnyxSignature {
    /// Reads the portal's public key (base64 of 32 bytes).
    public static func publicKey(name: String, text: String) -> NamedSecret? {
        guard let bytes = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)), bytes.count == 32,
            (try? Curve25519.Signing.PublicKey(rawRepresentation: bytes)) != nil
        else { return nil }
        return NamedSecret(name: name, bytes: Array(bytes))
    }

    static func verify(_ request: WebhookRequest, keys: [NamedSecret], tolerance: Double, now: Date) throws(AuthenticationFailure) -> Verification {
        guard let header = request.header("telnyx-signature-ed25519") else {
            throw AuthenticationFailure("missing_header", "no telnyx-signature-ed25519 header")
        }
        let timestamp = request.header("telnyx-timestamp")
        try SenderTimestamp.check(timestamp, header: "telnyx-timestamp", now: now, tolerance: tolerance)
        guard let signature = Data(base64Encoded: header), signature.count == 64 else {
            throw AuthenticationFailure("bad_signature", "telnyx-signature-ed25519 is not base64 of 64 bytes")
        }
        let message = Data("\(timestamp ?? "")|".utf8) + request.body
        for key in keys where (try? Curve25519.Signing.PublicKey(rawRepresentation: key.bytes))?.isValidSignature(signature, for: message) == true {
            return Verification(scheme: "telnyx-ed25519", credential: key.name)
        }
        throw AuthenticationFailure("bad_signature", "the Ed25519 signature matches none of the public keys")
    }
}

/// Telnyx `message.received` events: `payload.id` is the external id, `payload.from.phone_number` the phone,
/// `payload.text` the body, `payload.received_at` when; media by reference. Other events are acknowledged only.
enum TelnyxMessages {
    static func item(_ request: WebhookRequest) throws(WebhookFormatError) -> WebhookItem {
        guard request.isJSON else { throw WebhookFormatError(.unsupportedMediaType, "Telnyx posts application/json") }
        let document = try WebhookFormat.json(request.body)
        guard case .object(let data)? = document["data"] else {
            return WebhookItem(issues: [ValidationIssue(field: "data", code: "required", message: "is required: the event")])
        }
        let event = data["event_type"]?.scalarText ?? ""
        guard event == "message.received" else { return .ignored("a \(event.isEmpty ? "Telnyx" : event) event, not an inbound message") }
        guard case .object(let payload)? = data["payload"] else {
            return WebhookItem(issues: [ValidationIssue(field: "data.payload", code: "required", message: "is required: the message")])
        }
        var reader = JSONObjectReader(members: payload, path: "data.payload")
        let id = reader.string("id")
        if id == nil { reader.fail("id", "required", "is required: Telnyx's id of the message") }
        var draft = ComplaintDraft(channel: .sms, externalID: id)
        if let from = reader.object("from") {
            var sub = reader.child("from", members: from)
            draft.complainant.phone = sub.string("phone_number")
            reader.issues = sub.issues
        }
        if draft.complainant.phone == nil { reader.fail("from.phone_number", "required", "is required: the sender's number") }
        draft.body = reader.string("text") ?? ""
        if let received = reader.string("received_at") { draft.occurredAt = RFC3339.date(from: received) }
        for (index, entry) in (reader.array("media") ?? []).enumerated() {
            guard case .object(let media) = entry, case .string(let url)? = media["url"] else { continue }
            let digest = media["hash_sha256"]?.scalarText.map { $0.lowercased() }
            draft.attachments.append(
                Attachment(
                    filename: "media-\(index)",
                    contentType: media["content_type"]?.scalarText,
                    size: media["size"]?.scalarText.flatMap { Int($0) },
                    sha256: digest?.count == 64 ? digest : nil,
                    reference: url
                )
            )
        }
        if draft.body?.isEmpty == true, !draft.attachments.isEmpty { draft.body = "[\(draft.attachments.count) media file(s), no text]" }
        var sms: [String: JSONValue] = ["provider": .string("telnyx")]
        if case .array(let to)? = payload["to"], case .object(let first)? = to.first, let number = first["phone_number"]?.scalarText {
            sms["to"] = .string(number)
        }
        for key in ["type", "parts", "encoding", "messaging_profile_id"] { if let value = payload[key] { sms[key] = value } }
        if let eventID = data["id"]?.scalarText { sms["event_id"] = .string(eventID) }
        draft.extra["sms"] = .object(sms)
        return WebhookItem(
            draft: draft,
            issues: reader.issues,
            fieldNames: ["complainant.phone": "data.payload.from.phone_number", "body": "data.payload.text", "external_id": "data.payload.id"]
        )
    }
}

/// Plivo's `X-Plivo-Signature-V3`: base64 HMAC-SHA256, keyed with the auth token, of the URL built from the
/// public URL, its query and the parameters as Plivo's SDKs build it, then `.` and the nonce
/// (`X-Plivo-Signature-V3-Nonce`). The header may hold several signatures, comma-separated.
public enum PlivoSignature {
    /// The signature of a callback.
    public static func compute(method: String, url: String, parameters: [(name: String, value: String)], nonce: String, token: [UInt8]) -> String {
        let parts = url.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let base = String(parts[0])
        let query = parts.count > 1 ? FormEncoding.decode(parts[1]) : []
        func joined(_ pairs: [(name: String, value: String)]) -> String {
            pairs.sorted { CallbackParameters.byteOrder($0.name, $1.name) }.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        }
        var signed = base
        if method == "GET" {
            let all = query + parameters
            if !all.isEmpty { signed += "?" + joined(all) }
        } else {
            if !query.isEmpty || !parameters.isEmpty { signed += "?" }
            if !query.isEmpty { signed += joined(query) + (parameters.isEmpty ? "" : ".") }
            signed += parameters.sorted { CallbackParameters.byteOrder($0.name, $1.name) }.map { $0.name + $0.value }.joined()
        }
        let mac = HMACAlgorithm.sha256.mac(key: token, message: Array((signed + "." + nonce).utf8))
        return Data(mac).base64EncodedString()
    }

    static func verify(_ request: WebhookRequest, tokens: [NamedSecret], publicURL: String) throws(AuthenticationFailure) -> Verification {
        guard let header = request.header("x-plivo-signature-v3") else {
            throw AuthenticationFailure("missing_header", "no X-Plivo-Signature-V3 header")
        }
        guard let nonce = request.header("x-plivo-signature-v3-nonce") else {
            throw AuthenticationFailure("missing_header", "no X-Plivo-Signature-V3-Nonce header")
        }
        let url = request.query.isEmpty ? publicURL : publicURL + (publicURL.contains("?") ? "&" : "?") + request.query
        let parameters = request.method == "GET" ? [] : FormEncoding.decode(String(decoding: request.body, as: UTF8.self))
        let given = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        for token in tokens {
            let expected = Array(compute(method: request.method, url: url, parameters: parameters, nonce: nonce, token: token.bytes).utf8)
            if given.contains(where: { ConstantTime.equal(expected, Array($0.utf8)) }) {
                return Verification(scheme: "plivo-v3", credential: token.name)
            }
        }
        throw AuthenticationFailure(
            "bad_signature",
            "X-Plivo-Signature-V3 matches none of the auth tokens for \(publicURL) (is public_url the URL Plivo calls?)"
        )
    }
}

/// Plivo inbound messages: `MessageUUID` is the external id, `From` (digits; `+` added) the phone, `Text` (SMS) or
/// `Body` (MMS, WhatsApp) the text; opt-out and help keywords are acknowledged, not stored.
enum PlivoMessages {
    static func item(_ request: WebhookRequest) throws(WebhookFormatError) -> WebhookItem {
        try CallbackParameters.requireForm(request)
        var fields: [String: String] = [:]
        for (name, value) in CallbackParameters.of(request) where fields[name] == nil { fields[name] = value }
        var issues: [ValidationIssue] = []
        for field in ["MessageUUID", "From"] where (fields[field] ?? "").isEmpty {
            issues.append(ValidationIssue(field: field, code: "required", message: "is required"))
        }
        guard issues.isEmpty, let id = fields["MessageUUID"], let from = fields["From"] else { return WebhookItem(issues: issues) }
        if let intent = fields["MessageIntent"], ["optout", "optin", "help"].contains(intent.lowercased()) {
            return .ignored("an opt-out or help keyword message (\(intent))")
        }
        var draft = ComplaintDraft(channel: .sms, externalID: id)
        draft.complainant.phone = from.hasPrefix("+") || !from.allSatisfy(\.isNumber) ? from : "+" + from
        draft.body = fields["Text"] ?? fields["Body"] ?? ""
        let count = Int(fields["MediaCount"] ?? "0") ?? 0
        for index in 1...max(1, min(count, 10)) where count > 0 {
            if let url = fields["Media\(index)"] { draft.attachments.append(Attachment(filename: "media-\(index)", reference: url)) }
        }
        if draft.body?.isEmpty == true, !draft.attachments.isEmpty { draft.body = "[\(draft.attachments.count) media file(s), no text]" }
        var sms: [String: JSONValue] = ["provider": .string("plivo")]
        for (key, name) in [("To", "to"), ("Type", "type"), ("Units", "units"), ("PowerpackUUID", "powerpack_uuid")] {
            if let value = fields[key], !value.isEmpty { sms[name] = .string(value) }
        }
        draft.extra["sms"] = .object(sms)
        return WebhookItem(draft: draft, fieldNames: ["complainant.phone": "From", "body": "Text", "external_id": "MessageUUID"])
    }
}
