import HTTPTypes
public import Hummingbird
public import NIOCore

/// The request context of the gateway: Hummingbird's core context plus the caller's address (for loopback rules).
public struct IntakeRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The caller's address; `nil` in in-process tests.
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }

    /// Whether the caller is on this machine and not a proxy passing on someone else's request: behind a reverse
    /// proxy on the same host every request comes from loopback, so a forwarded request never counts as local.
    public func isDirectLoopbackCaller(_ request: Request) -> Bool {
        guard isLoopbackCaller else { return false }
        let forwarded: [HTTPField.Name] = [.forwarded, .xForwardedFor, .xRealIP]
        return !forwarded.contains { request.headers[$0] != nil }
    }

    /// Whether the caller's address is a loopback address.
    public var isLoopbackCaller: Bool {
        guard let address = remoteAddress?.ipAddress else { return false }
        return address == "::1" || address.hasPrefix("127.") || address == "::ffff:127.0.0.1"
    }
}

extension HTTPField.Name {
    static let forwarded = HTTPField.Name("Forwarded")!
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let xRealIP = HTTPField.Name("X-Real-IP")!
}
