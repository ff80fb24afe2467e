public import Foundation
public import IntakeCore
public import IntakeWebhook

/// A configured SMS source (`/v1/sms/{source}`): one provider's inbound-message callbacks, verified the provider's
/// way, mapped into complaints from the sender's number, and answered exactly as the provider expects.
public struct SMSSource: InboundSource {
    /// Name, default channel (`sms`) and tags.
    public var intake: IntakeSource
    /// The provider and its credentials.
    public var provider: SMSProvider
    /// The networks callbacks may come from; empty: any.
    public var allowedNetworks: [IPNetwork]

    /// Creates a source.
    public init(intake: IntakeSource, provider: SMSProvider, allowedNetworks: [IPNetwork] = []) {
        self.intake = intake
        self.provider = provider
        self.allowedNetworks = allowedNetworks
    }

    public var schemeName: String { provider.schemeName }
    public var formatName: String { provider.name }
    public var challenge: String? { nil }
    public func admits(_ address: String?) -> Bool { allowedNetworks.admits(address) }
    public var successReply: WebhookReply? { provider.reply }

    public func receive(_ request: WebhookRequest, pathToken: String?, now: Date) -> WebhookSource.Outcome {
        guard admits(request.remoteAddress) else {
            return .forbidden("the caller's address \(request.remoteAddress ?? "unknown") is not in the source's allow_from list")
        }
        let verification: Verification
        do {
            verification = try provider.verify(request, pathToken: pathToken, now: now)
        } catch {
            return .unauthenticated(error)
        }
        do {
            switch try provider.parse(request, verification: verification) {
            case .items(let items, let isBatch, let verification):
                return .items(items.map(withoutOptOuts), isBatch: isBatch, verification)
            case let other:
                return other
            }
        } catch {
            return .unreadable(error)
        }
    }

    /// The replies carriers and providers treat as unsubscribing (`STOP`, `TD`, `退订`): acknowledged, not complaints.
    public static let optOutKeywords: Set<String> = ["STOP", "STOPALL", "UNSUBSCRIBE", "END", "QUIT", "TD", "退订", "取消订阅"]

    func withoutOptOuts(_ item: WebhookItem) -> WebhookItem {
        guard let body = item.draft?.body, let word = TextCleaning.trimmed(body)?.uppercased(), Self.optOutKeywords.contains(word) else {
            return item
        }
        return .ignored("an opt-out keyword (\(word)), not a complaint")
    }
}

/// The SMS providers intake reads, each with what it needs to verify its callbacks.
public enum SMSProvider: Sendable {
    /// Twilio Programmable Messaging: `X-Twilio-Signature` over the public URL as configured (intake is usually
    /// behind a proxy) and the form parameters; JSON bodies with `bodySHA256`.
    case twilio(authTokens: [NamedSecret], publicURL: String)
    /// Vonage (Nexmo) SMS API inbound: the `sig` parameter, plain MD5 or HMAC; concatenated messages in parts.
    case vonage(signatureSecrets: [NamedSecret], method: VonageSignature.Method, tolerance: Double)
    /// Telnyx `message.received` events: Ed25519 over `timestamp|body`.
    case telnyx(publicKeys: [NamedSecret], tolerance: Double)
    /// Plivo: `X-Plivo-Signature-V3` over the URL, the parameters and a nonce.
    case plivo(authTokens: [NamedSecret], publicURL: String)
    /// Alibaba Cloud SmsUp pushes: unsigned, so a token (path or header) is required.
    case aliyun(token: WebhookAuthentication)
    /// Tencent Cloud SMS reply callbacks: unsigned, so a token (path or header) is required.
    case tencent(token: WebhookAuthentication)

    /// The provider's name in configuration.
    public var name: String {
        switch self {
        case .twilio: "twilio"
        case .vonage: "vonage"
        case .telnyx: "telnyx"
        case .plivo: "plivo"
        case .aliyun: "aliyun"
        case .tencent: "tencent"
        }
    }

    /// The providers configuration files may name.
    public static let names = ["twilio", "vonage", "telnyx", "plivo", "aliyun", "tencent"]

    var schemeName: String {
        switch self {
        case .twilio: "twilio-signature"
        case .vonage(_, let method, _): "vonage-\(method.rawValue)"
        case .telnyx: "telnyx-ed25519"
        case .plivo: "plivo-v3"
        case .aliyun(let token), .tencent(let token): token.name
        }
    }

    /// The answer the provider expects once the message is stored: anything else makes it retry for hours.
    public var reply: WebhookReply {
        switch self {
        case .twilio:
            WebhookReply(contentType: "text/xml; charset=utf-8", body: Array(#"<?xml version="1.0" encoding="UTF-8"?><Response></Response>"#.utf8))
        case .vonage: WebhookReply(status: 204, contentType: "text/plain", body: [])
        case .telnyx: WebhookReply(status: 200, contentType: "text/plain", body: [])
        case .plivo: WebhookReply(contentType: "application/xml", body: Array("<Response></Response>".utf8))
        case .aliyun: .json(#"{"code":0,"msg":"接收成功"}"#)
        case .tencent: .json(#"{"result":0,"errmsg":"OK"}"#)
        }
    }

    func verify(_ request: WebhookRequest, pathToken: String?, now: Date) throws(AuthenticationFailure) -> Verification {
        switch self {
        case .twilio(let tokens, let url): return try TwilioSignature.verify(request, tokens: tokens, publicURL: url)
        case .vonage(let secrets, let method, let tolerance):
            return try VonageSignature.verify(
                VonageMessages.parameters(of: request),
                secrets: secrets,
                method: method,
                tolerance: tolerance,
                now: now
            )
        case .telnyx(let keys, let tolerance): return try TelnyxSignature.verify(request, keys: keys, tolerance: tolerance, now: now)
        case .plivo(let tokens, let url): return try PlivoSignature.verify(request, tokens: tokens, publicURL: url)
        case .aliyun(let token), .tencent(let token): return try token.verify(request, pathToken: pathToken, now: now)
        }
    }

    func parse(_ request: WebhookRequest, verification: Verification) throws(WebhookFormatError) -> WebhookSource.Outcome {
        switch self {
        case .twilio: return .items([try TwilioMessages.item(request)], isBatch: false, verification)
        case .vonage: return try VonageMessages.parse(request, verification: verification)
        case .telnyx: return .items([try TelnyxMessages.item(request)], isBatch: false, verification)
        case .plivo: return .items([try PlivoMessages.item(request)], isBatch: false, verification)
        case .aliyun:
            let (items, isBatch) = try ChineseCloudMessages.aliyun(request)
            return .items(items, isBatch: isBatch, verification)
        case .tencent:
            let (items, isBatch) = try ChineseCloudMessages.tencent(request)
            return .items(items, isBatch: isBatch, verification)
        }
    }
}

/// Form or query parameters of a callback, decoded, in order.
enum CallbackParameters {
    static func of(_ request: WebhookRequest) -> [(name: String, value: String)] {
        request.method == "GET" ? request.queryItems : FormEncoding.decode(String(decoding: request.body, as: UTF8.self))
    }

    static func requireForm(_ request: WebhookRequest) throws(WebhookFormatError) {
        guard request.method == "GET" || request.mediaType == "application/x-www-form-urlencoded" else {
            throw WebhookFormatError(
                .unsupportedMediaType,
                "\(request.mediaType) is not accepted; the provider posts application/x-www-form-urlencoded"
            )
        }
    }

    /// Strings sorted by their UTF-8 bytes, as the providers' reference libraries sort them.
    static func byteOrder(_ lhs: String, _ rhs: String) -> Bool { Array(lhs.utf8).lexicographicallyPrecedes(Array(rhs.utf8)) }
}
