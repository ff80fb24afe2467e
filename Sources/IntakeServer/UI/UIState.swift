import Foundation
import HTTPTypes
import Hummingbird
import IntakeCore
import IntakeWebhook
import Logging

/// What the pages keep while the gateway runs: the accounts file, the sessions and the sign-in throttle.
final class UIState: Sendable {
    let settings: GatewayConfiguration.UISettings
    let accounts: AccountStore
    let sessions: UISessionStore
    let throttle = LoginThrottle()
    let listensOnLoopbackOnly: Bool

    init(settings: GatewayConfiguration.UISettings, listensOnLoopbackOnly: Bool) {
        self.settings = settings
        self.accounts = AccountStore(path: settings.usersFile)
        self.sessions = UISessionStore(lifetime: settings.sessionLifetime)
        self.listensOnLoopbackOnly = listensOnLoopbackOnly
    }

    /// Reads the key that signs session cookies from the journal (every replica the same), making it the first time:
    /// under a lease where replicas share the journal, so two starting together agree on one key.
    func loadSessionKey(from journal: any ComplaintJournal, logger: Logger) async {
        guard !sessions.hasKey else { return }
        let name = "ui:session-key"
        do {
            if let stored = try await journal.cursor(name), let bytes = Self.key(stored) {
                sessions.setKey(bytes)
                return
            }
            let leases = journal as? any JournalLeases
            if let leases {
                let deadline = ContinuousClock.now + .seconds(10)
                while try await !leases.acquireLease(name, for: .seconds(10)), ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(50))
                }
            }
            defer { if let leases { Task { try? await leases.releaseLease(name) } } }
            if let stored = try await journal.cursor(name), let bytes = Self.key(stored) {
                sessions.setKey(bytes)
                return
            }
            let bytes = UISessionStore.randomBytes(32)
            try await journal.setCursor(name, to: Data(bytes).base64EncodedString())
            sessions.setKey(bytes)
        } catch {
            // Nobody can sign in until the journal answers; the next request tries again.
            logger.error("cannot read the key of the sign-in sessions from the journal", metadata: ["error": "\(error)"])
        }
    }

    private static func key(_ text: String) -> [UInt8]? {
        guard let data = Data(base64Encoded: text), data.count == 32 else { return nil }
        return Array(data)
    }

    static let sessionCookie = "intake_session"
    static let loginCookie = "intake_login"
    static let languageCookie = "intake_lang"

    /// Whether the request came through a proxy this gateway trusts (`ui.trusted_proxies`, or the single sign-on's).
    func isFromTrustedProxy(_ context: IntakeRequestContext) -> Bool {
        guard let address = context.remoteAddress?.ipAddress else { return false }
        let networks = settings.trustedProxies + (settings.singleSignOn?.trustedNetworks ?? [])
        return networks.contains { $0.contains(address) }
    }

    /// Whether the browser reached the pages over HTTPS: a trusted proxy says so in `X-Forwarded-Proto`.
    func isHTTPS(_ request: Request, context: IntakeRequestContext) -> Bool {
        guard isFromTrustedProxy(context), let proto = request.headers[.xForwardedProto] else { return false }
        return proto.split(separator: ",").first?.trimmingCharacters(in: .whitespaces).lowercased() == "https"
    }

    /// Whether cookies carry `Secure`: as configured; by default yes, unless the gateway listens on loopback only and
    /// this request did not come over HTTPS (a person trying the gateway on their own machine over plain HTTP).
    func secureCookies(_ request: Request, context: IntakeRequestContext) -> Bool {
        settings.secureCookies ?? (!listensOnLoopbackOnly || isHTTPS(request, context: context))
    }

    /// The caller's address for the sign-in throttle: a trusted proxy's `X-Forwarded-For` (its last entry, the
    /// address the proxy saw), else the socket's peer.
    func clientAddress(_ request: Request, context: IntakeRequestContext) -> String {
        if isFromTrustedProxy(context), let forwarded = request.headers[.xForwardedFor],
            let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty
        {
            return last
        }
        return context.remoteAddress?.ipAddress ?? "unknown"
    }

    /// A `Set-Cookie` value: always HttpOnly and SameSite=Strict, limited to `/ui`, Secure as decided above; without
    /// `maxAge` it ends with the browser (the session's expiry is kept by the gateway).
    func cookie(_ name: String, _ value: String, maxAge: Int?, secure: Bool) -> String {
        var text = "\(name)=\(value); Path=/ui; HttpOnly; SameSite=Strict"
        if let maxAge { text += "; Max-Age=\(maxAge)" }
        if secure { text += "; Secure" }
        return text
    }
}

extension HTTPField.Name {
    static let xForwardedProto = HTTPField.Name("X-Forwarded-Proto")!
    static let xForwardedHost = HTTPField.Name("X-Forwarded-Host")!
}
