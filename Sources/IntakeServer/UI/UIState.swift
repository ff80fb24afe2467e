import Foundation
import HTTPTypes
import Hummingbird
import IntakeCore
import IntakeWebhook

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
