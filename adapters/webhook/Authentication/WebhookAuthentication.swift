import Crypto
public import Foundation
import IntakeCore

/// A secret and the name it is known by (which of several rotated secrets matched is logged by name, never by value).
public struct NamedSecret: Sendable {
    /// What it is called in the configuration (`2026-11`, `pbx`, …).
    public var name: String
    /// Its bytes.
    public var bytes: [UInt8]

    /// Creates a secret from bytes.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// Creates a secret from text, as UTF-8.
    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }
}

/// What a verified request proved: the scheme, the credential that matched, and the sender's delivery id.
public struct Verification: Sendable, Hashable {
    /// The scheme that verified it (`standard-webhooks`, `github`, `hmac`, `bearer`, `basic`, `wechat`, …).
    public var scheme: String
    /// The name of the secret, key or token that matched.
    public var credential: String?
    /// The sender's signed id of this delivery (`webhook-id`, a signed `id_header`): the same on every retry, and
    /// the key of a complaint that has no external id. An id the signature does not cover is never one.
    public var deliveryID: String?

    /// Creates a verification.
    public init(scheme: String, credential: String? = nil, deliveryID: String? = nil) {
        self.scheme = scheme
        self.credential = credential
        self.deliveryID = deliveryID
    }
}

/// Why a request was refused: for the log, never for the response body (which would help a forger).
public struct AuthenticationFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// A short, stable code (`missing_header`, `bad_signature`, `timestamp_outside_window`, …) for metrics.
    public var code: String
    /// What was wrong, in words.
    public var reason: String

    /// Creates a failure.
    public init(_ code: String, _ reason: String) {
        self.code = code
        self.reason = reason
    }

    public var description: String { "\(reason) (\(code))" }
}

/// How a webhook source proves who it is. Every scheme verifies over the raw body bytes, compares in constant time
/// and fails closed: a missing header, an unreadable timestamp or an empty secret list refuses the request.
public enum WebhookAuthentication: Sendable {
    /// Standard Webhooks `v1` (HMAC-SHA256) and `v1a` (Ed25519), with the timestamp window.
    case standardWebhooks(StandardWebhooksVerifier)
    /// GitHub's `X-Hub-Signature-256` (and, when allowed, the legacy SHA-1 `X-Hub-Signature`).
    case github(GitHubSignatureVerifier)
    /// An HMAC scheme described in configuration.
    case hmac(HMACSignatureVerifier)
    /// `Authorization: Bearer …`, or the token as the last path segment where the sender cannot set headers.
    case bearer(tokens: [NamedSecret], allowsPathToken: Bool)
    /// `Authorization: Basic …` with one of the configured `user:password` pairs.
    case basic(credentials: [NamedSecret])
    /// WeChat official accounts: `signature` = SHA-1 of the sorted token, `timestamp` and `nonce` query values.
    case wechat(tokens: [NamedSecret], tolerance: Double = 300)

    /// The scheme's name in configuration and logs.
    public var name: String {
        switch self {
        case .standardWebhooks: "standard-webhooks"
        case .github: "github"
        case .hmac: "hmac"
        case .bearer: "bearer"
        case .basic: "basic"
        case .wechat: "wechat"
        }
    }

    /// Verifies a request.
    /// - Parameters:
    ///   - request: the request as received.
    ///   - pathToken: the path segment after the source's name, if any (`/v1/webhooks/{source}/{token}`).
    ///   - now: the current time, for timestamp windows.
    public func verify(_ request: WebhookRequest, pathToken: String? = nil, now: Date = Date()) throws(AuthenticationFailure) -> Verification {
        switch self {
        case .standardWebhooks(let verifier):
            return try verifier.verify(request, now: now)
        case .github(let verifier):
            return try verifier.verify(request)
        case .hmac(let verifier):
            return try verifier.verify(request, now: now)
        case .bearer(let tokens, let allowsPathToken):
            let presented: String
            if let header = request.header("authorization") {
                guard let token = Self.credential(header, scheme: "bearer") else {
                    throw AuthenticationFailure("bad_authorization", "the Authorization header is not a bearer token")
                }
                presented = token
            } else if allowsPathToken, let pathToken, !pathToken.isEmpty {
                presented = pathToken
            } else {
                throw AuthenticationFailure("missing_credentials", allowsPathToken ? "no bearer token and no path token" : "no Authorization header")
            }
            guard let match = tokens.first(where: { ConstantTime.equal($0.bytes, Array(presented.utf8)) }) else {
                throw AuthenticationFailure("bad_token", "the token matches none of the source's tokens")
            }
            return Verification(scheme: name, credential: match.name)
        case .basic(let credentials):
            guard let header = request.header("authorization") else {
                throw AuthenticationFailure("missing_credentials", "no Authorization header")
            }
            guard let encoded = Self.credential(header, scheme: "basic"), let decoded = Data(base64Encoded: encoded) else {
                throw AuthenticationFailure("bad_authorization", "the Authorization header is not HTTP Basic credentials")
            }
            guard let match = credentials.first(where: { ConstantTime.equal($0.bytes, Array(decoded)) }) else {
                throw AuthenticationFailure("bad_credentials", "the user and password match none of the source's credentials")
            }
            return Verification(scheme: name, credential: match.name)
        case .wechat(let tokens, let tolerance):
            return try WeChatSignature.verify(request, tokens: tokens, tolerance: tolerance, now: now)
        }
    }

    static func credential(_ header: String, scheme: String) -> String? {
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == scheme else { return nil }
        return TextCleaning.trimmed(parts[1])
    }
}

/// Comparisons whose time does not depend on where the inputs differ.
public enum ConstantTime {
    /// Whether two byte strings are equal; the time depends on their lengths only.
    public static func equal(_ lhs: some Collection<UInt8>, _ rhs: some Collection<UInt8>) -> Bool {
        let left = Array(lhs)
        let right = Array(rhs)
        var difference = UInt(left.count ^ right.count)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? left[index] : 0
            let b = index < right.count ? right[index] : 0
            difference |= UInt(a ^ b)
        }
        return difference == 0
    }
}

/// The digests a configured HMAC scheme may use.
public enum HMACAlgorithm: String, Sendable, CaseIterable {
    case sha1
    case sha256
    case sha512

    /// The MAC of `message` under `key`.
    public func mac(key: [UInt8], message: some DataProtocol) -> [UInt8] {
        let key = SymmetricKey(data: key)
        switch self {
        case .sha1: return Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: key))
        case .sha256: return Array(HMAC<SHA256>.authenticationCode(for: message, using: key))
        case .sha512: return Array(HMAC<SHA512>.authenticationCode(for: message, using: key))
        }
    }
}

/// Lower-case hexadecimal.
public enum Hex {
    /// `bytes` as lower-case hex digits.
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of a hex string (either case), or `nil` when it is not hex.
    public static func decode(_ text: some StringProtocol) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        guard utf8.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count / 2)
        var index = 0
        while index < utf8.count {
            guard let high = FormEncoding.hexValue(utf8[index]), let low = FormEncoding.hexValue(utf8[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }
}

/// Reads a sender's timestamp: integer seconds since 1970.
public enum SenderTimestamp {
    /// Integer seconds since 1970 (up to the year 9999), or `nil`: no sign, no fraction, no exponent.
    public static func read(_ text: String) -> Date? {
        guard let trimmed = TextCleaning.trimmed(text), trimmed.utf8.count <= 12, trimmed.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            let value = Int64(trimmed), value <= 253_402_300_799
        else { return nil }
        return Date(timeIntervalSince1970: Double(value))
    }

    /// Integer milliseconds since 1970 (up to the year 9999), or `nil`.
    public static func readMilliseconds(_ text: String) -> Date? {
        guard let trimmed = TextCleaning.trimmed(text), trimmed.utf8.count <= 15, trimmed.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            let value = Int64(trimmed), value <= 253_402_300_799_999
        else { return nil }
        return Date(timeIntervalSince1970: Double(value) / 1000)
    }

    /// Refuses a missing or unreadable timestamp, or one further than `tolerance` seconds from `now` either way.
    public static func check(_ text: String?, header: String, now: Date, tolerance: Double) throws(AuthenticationFailure) {
        guard let text else { throw AuthenticationFailure("missing_header", "no \(header) header") }
        guard let date = read(text) else { throw AuthenticationFailure("bad_timestamp", "\(header) is not a number of seconds since 1970") }
        let skew = date.timeIntervalSince(now)
        if skew > tolerance {
            throw AuthenticationFailure(
                "timestamp_outside_window",
                "\(header) is \(Int(skew)) s in the future; at most \(Int(tolerance)) s is allowed"
            )
        }
        if -skew > tolerance {
            throw AuthenticationFailure("timestamp_outside_window", "\(header) is \(Int(-skew)) s old; at most \(Int(tolerance)) s is allowed")
        }
    }
}
