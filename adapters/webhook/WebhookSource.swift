public import Foundation
public import IntakeCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A configured webhook source: who it is, how it proves it, how its payloads read.
public struct WebhookSource: Sendable {
    /// What intake needs of it: name, default channel and tags.
    public var intake: IntakeSource
    /// How a request proves it comes from the source.
    public var authentication: WebhookAuthentication
    /// How its bodies become complaints.
    public var format: WebhookFormat
    /// The networks requests may come from; empty: any.
    public var allowedNetworks: [IPNetwork]

    /// Creates a source.
    public init(intake: IntakeSource, authentication: WebhookAuthentication, format: WebhookFormat, allowedNetworks: [IPNetwork] = []) {
        self.intake = intake
        self.authentication = authentication
        self.format = format
        self.allowedNetworks = allowedNetworks
    }

    /// The path it is served on.
    public var path: String { "/v1/webhooks/\(intake.name)" }

    /// What became of a request before the journal.
    public enum Outcome: Sendable {
        /// The caller's address is not allowed: 403.
        case forbidden(String)
        /// Authentication failed: 401, the reason for the log only.
        case unauthenticated(AuthenticationFailure)
        /// The body cannot be read.
        case unreadable(WebhookFormatError)
        /// An answer with nothing to store (a handshake, a CTI event before hang-up).
        case reply(WebhookReply, Verification)
        /// Items to validate and store.
        case items([WebhookItem], isBatch: Bool, Verification)
        /// One part of a message sent in pieces, to keep until the others come.
        case fragment(MessageFragment, Verification)
    }

    /// Checks where a request comes from and who sent it, then reads its body. Nothing is parsed before the
    /// signature is verified.
    public func receive(_ request: WebhookRequest, pathToken: String? = nil, now: Date = Date()) -> Outcome {
        guard admits(request.remoteAddress) else {
            return .forbidden("the caller's address \(request.remoteAddress ?? "unknown") is not in the source's allow_from list")
        }
        let verification: Verification
        do {
            verification = try authentication.verify(request, pathToken: pathToken, now: now)
        } catch {
            return .unauthenticated(error)
        }
        do {
            switch try format.parse(request, now: now) {
            case .reply(let reply): return .reply(reply, verification)
            case .items(let items, let isBatch): return .items(items, isBatch: isBatch, verification)
            }
        } catch {
            return .unreadable(error)
        }
    }
}

/// An IPv4 or IPv6 network (`10.0.0.0/8`, `2001:db8::/32`, or one address).
public struct IPNetwork: Sendable, Hashable, CustomStringConvertible {
    /// The network's address bytes (4 or 16).
    public var address: [UInt8]
    /// The prefix length.
    public var prefix: Int

    /// Reads `address[/prefix]`; `nil` when it is not one.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, let bytes = Self.bytes(first) else { return nil }
        let bits = bytes.count * 8
        if parts.count == 2 {
            guard let value = Int(parts[1]), (0...bits).contains(value) else { return nil }
            prefix = value
        } else {
            prefix = bits
        }
        address = bytes
    }

    public var description: String { "\(Self.text(address))/\(prefix)" }

    /// Whether `text` (an address, IPv4-mapped IPv6 included) is in the network.
    public func contains(_ text: String) -> Bool {
        guard var bytes = Self.bytes(text) else { return false }
        if bytes.count == 16, address.count == 4, bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF {
            bytes = Array(bytes[12...])
        }
        guard bytes.count == address.count else { return false }
        var remaining = prefix
        for index in 0..<bytes.count where remaining > 0 {
            let take = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - take))
            if bytes[index] & mask != address[index] & mask { return false }
            remaining -= take
        }
        return true
    }

    static func bytes(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }

    static func text(_ bytes: [UInt8]) -> String {
        bytes.count == 4
            ? bytes.map(String.init).joined(separator: ".")
            : stride(from: 0, to: 16, by: 2).map { String(Int(bytes[$0]) << 8 | Int(bytes[$0 + 1]), radix: 16) }.joined(separator: ":")
    }
}

/// A configured source of a signed HTTP door (webhook, SMS): it checks a request and reads it into items; the
/// server mounts it, stores what it yields and answers with the reply its sender expects.
public protocol InboundSource: Sendable {
    /// Name, default channel and tags.
    var intake: IntakeSource { get }
    /// The authentication scheme's name, for logs.
    var schemeName: String { get }
    /// The payload format's or provider's name, for logs.
    var formatName: String { get }
    /// The `WWW-Authenticate` challenge of a refusal, if the scheme has one.
    var challenge: String? { get }
    /// The reply the sender requires once its items are stored (TwiML, `success`, `{"code":0}`), if it is not
    /// intake's JSON answer.
    var successReply: WebhookReply? { get }
    /// Whether a caller at `address` may send at all (checked before the body is read).
    func admits(_ address: String?) -> Bool
    /// Checks and reads a request. Nothing is parsed before the request is authenticated.
    func receive(_ request: WebhookRequest, pathToken: String?, now: Date) -> WebhookSource.Outcome
}

extension [IPNetwork] {
    /// Whether `address` is in one of the networks; any address when there are none.
    public func admits(_ address: String?) -> Bool {
        isEmpty || address.map { address in contains { $0.contains(address) } } ?? false
    }
}

extension WebhookSource: InboundSource {
    public func admits(_ address: String?) -> Bool { allowedNetworks.admits(address) }
    public var schemeName: String { authentication.name }
    public var formatName: String { format.name }
    public var successReply: WebhookReply? { format.successReply }
    public var challenge: String? {
        switch authentication {
        case .bearer: "Bearer realm=\"intake\""
        case .basic: "Basic realm=\"intake\""
        default: nil
        }
    }
}

/// One part of a message the provider sends in pieces (a concatenated SMS): intake keeps the parts durably and
/// makes one complaint of them once all have come, or when the wait is over.
public struct MessageFragment: Sendable, Hashable {
    /// What the parts of one message share (`vonage:8613800138000:A1F3`), scoped to the source by intake.
    public var group: String
    /// This part's number, from 1.
    public var part: Int
    /// How many parts the message has.
    public var total: Int
    /// This part's own id at the provider (its retry is a repeat).
    public var partID: String
    /// The draft of the whole message, with this part's text as its body; the joined text replaces it.
    public var draft: ComplaintDraft

    /// Creates a fragment.
    public init(group: String, part: Int, total: Int, partID: String, draft: ComplaintDraft) {
        self.group = group
        self.part = part
        self.total = total
        self.partID = partID
        self.draft = draft
    }
}
