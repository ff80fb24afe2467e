import Crypto
import Foundation
import IntakeCore
import IntakeWebhook

/// Twilio's `X-Twilio-Signature`: base64 HMAC-SHA1, keyed with the auth token, of the URL Twilio called followed by
/// every parameter name and value (names sorted, each name's values sorted, decoded, no separators). A JSON body
/// is signed through the URL alone, which carries `bodySHA256`, the hex SHA-256 of the body.
public enum TwilioSignature {
    /// The signature of a callback to `url` with `parameters`.
    public static func compute(url: String, parameters: [(name: String, value: String)], token: [UInt8]) -> String {
        var data = url
        var values: [String: Set<String>] = [:]
        for (name, value) in parameters { values[name, default: []].insert(value) }
        for name in values.keys.sorted(by: CallbackParameters.byteOrder) {
            for value in values[name, default: []].sorted(by: CallbackParameters.byteOrder) { data += name + value }
        }
        let mac = HMAC<Insecure.SHA1>.authenticationCode(for: Array(data.utf8), using: SymmetricKey(data: token))
        return Data(mac).base64EncodedString()
    }

    /// `url` with and without its scheme's default port: Twilio's libraries accept either.
    static func portVariants(_ url: String) -> [String] {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else { return [url] }
        let standard = scheme == "https" ? 443 : scheme == "http" ? 80 : nil
        var other = components
        if components.port == nil, let standard {
            other.port = standard
        } else if components.port == standard {
            other.port = nil
        } else {
            return [url]
        }
        return [url, other.string ?? url]
    }

    static func verify(_ request: WebhookRequest, tokens: [NamedSecret], publicURL: String) throws(AuthenticationFailure) -> Verification {
        guard let signature = request.header("x-twilio-signature") else {
            throw AuthenticationFailure("missing_header", "no X-Twilio-Signature header")
        }
        let url = request.query.isEmpty ? publicURL : publicURL + (publicURL.contains("?") ? "&" : "?") + request.query
        var parameters: [(name: String, value: String)] = []
        if request.method == "POST" {
            if request.isJSON || request.queryValue("bodySHA256") != nil {
                guard let expected = request.queryValue("bodySHA256") else {
                    throw AuthenticationFailure("missing_parameter", "a JSON callback without bodySHA256 in its URL")
                }
                let digest = Hex.encode(SHA256.hash(data: request.body))
                guard ConstantTime.equal(Array(digest.utf8), Array(expected.lowercased().utf8)) else {
                    throw AuthenticationFailure("bad_signature", "bodySHA256 is not the SHA-256 of the body")
                }
            } else {
                parameters = FormEncoding.decode(String(decoding: request.body, as: UTF8.self))
            }
        }
        for variant in portVariants(url) {
            for token in tokens {
                let expected = compute(url: variant, parameters: parameters, token: token.bytes)
                if ConstantTime.equal(Array(expected.utf8), Array(signature.utf8)) {
                    return Verification(scheme: "twilio-signature", credential: token.name)
                }
            }
        }
        throw AuthenticationFailure(
            "bad_signature",
            "X-Twilio-Signature matches none of the auth tokens for \(publicURL) (is public_url the URL Twilio calls?)"
        )
    }
}

/// Twilio inbound messages: `MessageSid` is the external id, `From` the complainant's phone (`whatsapp:` taken
/// off and kept as a tag), `Body` the text; media are kept by reference, Twilio's geography and segment count
/// under `extra.sms`.
enum TwilioMessages {
    static func item(_ request: WebhookRequest) throws(WebhookFormatError) -> WebhookItem {
        var fields: [String: String] = [:]
        if request.isJSON {
            guard case .object(let members) = try WebhookFormat.json(request.body) else {
                throw WebhookFormatError(.malformed, "the JSON callback is not an object")
            }
            for (key, value) in members { if let text = value.scalarText { fields[key] = text } }
        } else {
            try CallbackParameters.requireForm(request)
            for (name, value) in CallbackParameters.of(request) where fields[name] == nil { fields[name] = value }
        }
        var issues: [ValidationIssue] = []
        guard let sid = fields["MessageSid"] ?? fields["SmsMessageSid"], !sid.isEmpty else {
            return WebhookItem(issues: [ValidationIssue(field: "MessageSid", code: "required", message: "is required: Twilio's id of the message")])
        }
        var draft = ComplaintDraft(channel: .sms, externalID: sid)
        var from = fields["From"] ?? ""
        if from.hasPrefix("whatsapp:") {
            from.removeFirst("whatsapp:".count)
            draft.tags.append("whatsapp")
        }
        if from.isEmpty { issues.append(ValidationIssue(field: "From", code: "required", message: "is required: the sender's number")) }
        draft.complainant.phone = from.isEmpty ? nil : from
        draft.complainant.name = fields["ProfileName"]
        let media = Int(fields["NumMedia"] ?? "0") ?? 0
        for index in 0..<min(media, 10) {
            guard let url = fields["MediaUrl\(index)"] else { continue }
            draft.attachments.append(Attachment(filename: "media-\(index)", contentType: fields["MediaContentType\(index)"], reference: url))
        }
        let body = fields["Body"] ?? ""
        draft.body = body.isEmpty && media > 0 ? "[\(media) media file(s), no text]" : body
        var sms: [String: JSONValue] = ["provider": .string("twilio")]
        for (key, name) in [
            ("To", "to"), ("AccountSid", "account_sid"), ("MessagingServiceSid", "messaging_service_sid"), ("NumSegments", "segments"),
            ("FromCity", "from_city"), ("FromState", "from_state"), ("FromCountry", "from_country"), ("WaId", "wa_id"),
        ] {
            if let value = fields[key], !value.isEmpty { sms[name] = .string(value) }
        }
        draft.extra["sms"] = .object(sms)
        return WebhookItem(draft: draft, issues: issues, fieldNames: ["complainant.phone": "From", "body": "Body", "external_id": "MessageSid"])
    }
}
