import Foundation
import IntakeCore

/// What the pages keep while the gateway runs: the accounts file, the sessions and the sign-in throttle.
final class UIState: Sendable {
    let settings: GatewayConfiguration.UISettings
    let accounts: AccountStore
    let sessions: UISessionStore
    let throttle = LoginThrottle()
    /// Whether cookies carry `Secure` (HTTPS only).
    let secureCookies: Bool

    init(settings: GatewayConfiguration.UISettings, listensOnLoopbackOnly: Bool) {
        self.settings = settings
        self.accounts = AccountStore(path: settings.usersFile)
        self.sessions = UISessionStore(lifetime: settings.sessionLifetime)
        self.secureCookies = settings.secureCookies ?? !listensOnLoopbackOnly
    }

    static let sessionCookie = "intake_session"
    static let loginCookie = "intake_login"
    static let languageCookie = "intake_lang"

    /// A `Set-Cookie` value: always HttpOnly and SameSite=Strict, limited to `/ui`, Secure when configured.
    func cookie(_ name: String, _ value: String, maxAge: Int?) -> String {
        var text = "\(name)=\(value); Path=/ui; HttpOnly; SameSite=Strict"
        if let maxAge { text += "; Max-Age=\(maxAge)" }
        if secureCookies { text += "; Secure" }
        return text
    }
}
