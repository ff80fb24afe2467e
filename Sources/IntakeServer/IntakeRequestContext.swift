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

    /// Whether the caller is on this machine.
    public var isLoopbackCaller: Bool {
        guard let address = remoteAddress?.ipAddress else { return false }
        return address == "::1" || address.hasPrefix("127.") || address == "::ffff:127.0.0.1"
    }
}
