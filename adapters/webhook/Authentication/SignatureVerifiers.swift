import Crypto
import Foundation
import IntakeCore

/// Standard Webhooks 1.0: `webhook-id`, `webhook-timestamp` and `webhook-signature` (a space-separated list of
/// `version,base64`), signed content `id.timestamp.body`; `v1` is HMAC-SHA256 keyed with the base64-decoded
/// `whsec_` secret, `v1a` Ed25519 with a `whpk_` public key. Svix's `svix-*` header names are read too.
public struct StandardWebhooksVerifier: Sendable {
    /// A configuration value that is not a usable secret or key.
    public struct KeyError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// HMAC keys for `v1`.
    public var secrets: [NamedSecret]
    /// Ed25519 public keys (32 raw bytes each) for `v1a`.
    public var publicKeys: [NamedSecret]
    /// How far the timestamp may be from now, either way, in seconds (5 minutes by the specification).
    public var tolerance: Double

    /// Creates a verifier; at least one secret or key is needed.
    public init(secrets: [NamedSecret], publicKeys: [NamedSecret] = [], tolerance: Double = 300) {
        self.secrets = secrets
        self.publicKeys = publicKeys
        self.tolerance = tolerance
    }

    /// Reads a `whsec_…` secret (the prefix is optional) into its key bytes.
    public static func secret(name: String, text: String) throws(KeyError) -> NamedSecret {
        var body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if body.hasPrefix("whsec_") { body.removeFirst("whsec_".count) }
        guard !body.isEmpty else { throw KeyError(description: "the secret is empty") }
        guard let bytes = Data(base64Encoded: body), !bytes.isEmpty else {
            throw KeyError(description: "the secret is not base64 after its whsec_ prefix")
        }
        return NamedSecret(name: name, bytes: Array(bytes))
    }

    /// Reads a `whpk_…` (or `whpk1_…`) public key, base64 of 32 bytes.
    public static func publicKey(name: String, text: String) throws(KeyError) -> NamedSecret {
        var body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for prefix in ["whpk1_", "whpk_"] where body.hasPrefix(prefix) {
            body.removeFirst(prefix.count)
            break
        }
        guard let bytes = Data(base64Encoded: body), bytes.count == 32, (try? Curve25519.Signing.PublicKey(rawRepresentation: bytes)) != nil else {
            throw KeyError(description: "the public key is not base64 of 32 bytes after its whpk_ prefix")
        }
        return NamedSecret(name: name, bytes: Array(bytes))
    }

    func verify(_ request: WebhookRequest, now: Date) throws(AuthenticationFailure) -> Verification {
        func header(_ name: String) -> String? { request.header("webhook-\(name)") ?? request.header("svix-\(name)") }
        guard let id = header("id"), !id.isEmpty else { throw AuthenticationFailure("missing_header", "no webhook-id header") }
        guard let signatures = header("signature") else { throw AuthenticationFailure("missing_header", "no webhook-signature header") }
        let timestamp = header("timestamp")
        try SenderTimestamp.check(timestamp, header: "webhook-timestamp", now: now, tolerance: tolerance)
        let prefix = Array("\(id).\(timestamp ?? "").".utf8)
        // The signed content is only assembled for v1a; v1 MACs feed the parts in without copying the body.
        var content: Data {
            var content = Data(capacity: prefix.count + request.body.count)
            content.append(contentsOf: prefix)
            content.append(request.body)
            return content
        }
        func mac(_ secret: NamedSecret) -> [UInt8] {
            var hmac = HMAC<SHA256>(key: SymmetricKey(data: secret.bytes))
            hmac.update(data: prefix)
            hmac.update(data: request.body)
            return Array(hmac.finalize())
        }

        var macs: [[UInt8]]?
        var versions: Set<String> = []
        for entry in signatures.split(separator: " ", omittingEmptySubsequences: true) {
            let parts = entry.split(separator: ",", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let version = String(parts[0])
            versions.insert(version)
            guard let signature = Data(base64Encoded: String(parts[1])) else { continue }
            switch version {
            case "v1":
                if macs == nil { macs = secrets.map(mac) }
                for (index, mac) in (macs ?? []).enumerated() where ConstantTime.equal(mac, signature) {
                    return Verification(scheme: "standard-webhooks", credential: secrets[index].name, deliveryID: id)
                }
            case "v1a":
                let signed = content
                for key in publicKeys
                where (try? Curve25519.Signing.PublicKey(rawRepresentation: key.bytes))?.isValidSignature(signature, for: signed) == true {
                    return Verification(scheme: "standard-webhooks", credential: key.name, deliveryID: id)
                }
            default:
                continue
            }
        }
        if versions.isEmpty { throw AuthenticationFailure("bad_signature", "webhook-signature holds no version,signature entry") }
        let usable = versions.intersection(["v1", "v1a"])
        if usable.isEmpty {
            throw AuthenticationFailure(
                "unsupported_version",
                "webhook-signature has only \(versions.sorted().joined(separator: ", ")); v1 and v1a are verified"
            )
        }
        throw AuthenticationFailure("bad_signature", "no \(usable.sorted().joined(separator: "/")) signature matches the source's secrets or keys")
    }
}

/// GitHub-style `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body>`, keyed with the secret's UTF-8 bytes;
/// `X-GitHub-Delivery` is not signed, so it is no repeat key; with no timestamp either, a replay is caught by the
/// external id or the content key.
public struct GitHubSignatureVerifier: Sendable {
    /// The secrets, for rotation.
    public var secrets: [NamedSecret]
    /// Whether the legacy SHA-1 `X-Hub-Signature` is accepted when no SHA-256 header is sent.
    public var allowsSHA1: Bool

    /// Creates a verifier.
    public init(secrets: [NamedSecret], allowsSHA1: Bool = false) {
        self.secrets = secrets
        self.allowsSHA1 = allowsSHA1
    }

    func verify(_ request: WebhookRequest) throws(AuthenticationFailure) -> Verification {
        let algorithm: HMACAlgorithm
        let header: String
        if let value = request.header("x-hub-signature-256") {
            algorithm = .sha256
            header = value
        } else if allowsSHA1, let value = request.header("x-hub-signature") {
            algorithm = .sha1
            header = value
        } else {
            throw AuthenticationFailure("missing_header", "no X-Hub-Signature-256 header")
        }
        let prefix = "\(algorithm.rawValue)="
        guard header.hasPrefix(prefix), let signature = Hex.decode(header.dropFirst(prefix.count)) else {
            throw AuthenticationFailure("bad_signature", "the signature header is not \(prefix)<hex>")
        }
        // X-GitHub-Delivery is not signed: a forger could vary it to dodge the content key, so it is no key.
        for secret in secrets where ConstantTime.equal(algorithm.mac(key: secret.bytes, message: request.body), signature) {
            return Verification(scheme: "github", credential: secret.name)
        }
        throw AuthenticationFailure("bad_signature", "the \(algorithm.rawValue) signature matches none of the source's secrets")
    }
}

/// An HMAC scheme described in configuration: which header carries the signature, the digest, hex or base64, an
/// optional prefix, an optional timestamp header and what exactly is signed.
public struct HMACSignatureVerifier: Sendable {
    /// How the signature is written.
    public enum Encoding: String, Sendable, CaseIterable {
        case hex
        case base64
    }

    /// The secrets, for rotation (their UTF-8 bytes are the key).
    public var secrets: [NamedSecret]
    /// The header with the signature.
    public var header: String
    /// The digest.
    public var algorithm: HMACAlgorithm
    /// Hex or base64.
    public var encoding: Encoding
    /// Text before the signature (`sha256=`), if any.
    public var prefix: String
    /// The header with the sender's timestamp, if it signs one.
    public var timestampHeader: String?
    /// How far the timestamp may be from now, in seconds.
    public var tolerance: Double
    /// The header with the sender's delivery id, if any (the idempotency key of what it sends).
    public var idHeader: String?
    /// What is signed: `{body}`, `{timestamp}`, `{id}`, `{method}`, `{path}` placeholders and literal text
    /// (`{timestamp}.{body}`); by default the body alone, or `{timestamp}.{body}` with a timestamp header.
    public var signed: [Part]

    /// A piece of the signed content.
    public enum Part: Sendable, Hashable {
        case literal(String)
        case body
        case timestamp
        case id
        case method
        case path
    }

    /// A template that does not parse.
    public struct TemplateError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Creates a verifier.
    public init(
        secrets: [NamedSecret],
        header: String,
        algorithm: HMACAlgorithm = .sha256,
        encoding: Encoding = .hex,
        prefix: String = "",
        timestampHeader: String? = nil,
        tolerance: Double = 300,
        idHeader: String? = nil,
        signed: [Part]? = nil
    ) {
        self.secrets = secrets
        self.header = header
        self.algorithm = algorithm
        self.encoding = encoding
        self.prefix = prefix
        self.timestampHeader = timestampHeader
        self.tolerance = tolerance
        self.idHeader = idHeader
        self.signed = signed ?? (timestampHeader == nil ? [.body] : [.timestamp, .literal("."), .body])
    }

    /// Reads a template such as `{timestamp}.{body}`.
    public static func template(_ text: String) throws(TemplateError) -> [Part] {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { throw TemplateError(description: "a { is not closed") }
            let name = rest[rest.index(after: open)..<close]
            let part: Part
            switch name {
            case "body": part = .body
            case "timestamp": part = .timestamp
            case "id": part = .id
            case "method": part = .method
            case "path": part = .path
            default: throw TemplateError(description: "unknown placeholder {\(name)}; known: {body}, {timestamp}, {id}, {method}, {path}")
            }
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = ""
            parts.append(part)
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { parts.append(.literal(literal)) }
        guard parts.contains(.body) else { throw TemplateError(description: "the template must contain {body}") }
        return parts
    }

    func verify(_ request: WebhookRequest, now: Date) throws(AuthenticationFailure) -> Verification {
        guard let value = request.header(header) else { throw AuthenticationFailure("missing_header", "no \(header) header") }
        var timestamp = ""
        if let timestampHeader {
            try SenderTimestamp.check(request.header(timestampHeader), header: timestampHeader, now: now, tolerance: tolerance)
            timestamp = request.header(timestampHeader) ?? ""
        }
        let id = idHeader.flatMap { request.header($0) }
        if signed.contains(.id), id == nil { throw AuthenticationFailure("missing_header", "no \(idHeader ?? "id") header") }
        let trimmed = TextCleaning.trimmed(value) ?? ""
        guard trimmed.hasPrefix(prefix) else { throw AuthenticationFailure("bad_signature", "\(header) does not start with \(prefix)") }
        let text = trimmed.dropFirst(prefix.count)
        let decoded: [UInt8]? =
            switch encoding {
            case .hex: Hex.decode(text)
            case .base64: Data(base64Encoded: String(text)).map(Array.init)
            }
        guard let signature = decoded else { throw AuthenticationFailure("bad_signature", "\(header) is not \(encoding.rawValue)") }
        var content = Data()
        for part in signed {
            switch part {
            case .literal(let text): content.append(contentsOf: Array(text.utf8))
            case .body: content.append(request.body)
            case .timestamp: content.append(contentsOf: Array(timestamp.utf8))
            case .id: content.append(contentsOf: Array((id ?? "").utf8))
            case .method: content.append(contentsOf: Array(request.method.utf8))
            case .path: content.append(contentsOf: Array(request.path.utf8))
            }
        }
        // The delivery id is a repeat's key only when it is signed.
        for secret in secrets where ConstantTime.equal(algorithm.mac(key: secret.bytes, message: content), signature) {
            return Verification(scheme: "hmac", credential: secret.name, deliveryID: signed.contains(.id) ? id : nil)
        }
        throw AuthenticationFailure("bad_signature", "the \(algorithm.rawValue) signature in \(header) matches none of the source's secrets")
    }
}

/// The WeChat official-account check: `signature` = lower-case hex SHA-1 of the token, `timestamp` and `nonce`
/// sorted as plain strings and joined.
public enum WeChatSignature {
    /// The signature WeChat sends for these values.
    public static func compute(token: String, timestamp: String, nonce: String) -> String {
        let joined = [token, timestamp, nonce].sorted().joined()
        return Hex.encode(Insecure.SHA1.hash(data: Array(joined.utf8)))
    }

    static func verify(_ request: WebhookRequest, tokens: [NamedSecret], tolerance: Double, now: Date) throws(AuthenticationFailure) -> Verification {
        guard let signature = request.queryValue("signature"), let timestamp = request.queryValue("timestamp"),
            let nonce = request.queryValue("nonce")
        else {
            throw AuthenticationFailure("missing_parameter", "the query lacks signature, timestamp or nonce")
        }
        // The signature does not cover the body: the timestamp window is what stops a captured URL being reused.
        try SenderTimestamp.check(timestamp, header: "timestamp", now: now, tolerance: tolerance)
        for token in tokens {
            let expected = compute(token: String(decoding: token.bytes, as: UTF8.self), timestamp: timestamp, nonce: nonce)
            if ConstantTime.equal(Array(expected.utf8), Array(signature.lowercased().utf8)) {
                return Verification(scheme: "wechat", credential: token.name)
            }
        }
        throw AuthenticationFailure("bad_signature", "the signature matches none of the source's tokens")
    }
}
