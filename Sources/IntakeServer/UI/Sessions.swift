import Crypto
import Foundation
import IntakeCore
import Synchronization

/// A signed-in person's session. It lives in its cookie, signed with a key every replica reads from the journal, so
/// any replica (and a restarted one) recognises it; the CSRF token of its forms is derived from it the same way.
struct UISession: Sendable, Hashable {
    /// The cookie value: the session, signed.
    var id: String
    /// The session's own random name (what a sign-out revokes).
    var serial: String
    /// The account.
    var user: String
    /// The token every form of this session carries.
    var csrf: String
    /// When it began: a password changed later ends it.
    var started: Date
    /// When it ends.
    var expires: Date
    /// Signed in by the trusted proxy's header rather than a password.
    var viaProxy: Bool
}

/// Makes and checks the signed session cookies. A session lasts the configured lifetime from sign-in (an agent's
/// shift); a sign-out revokes it on the replica that saw it, and the cookie is cleared in the browser.
final class UISessionStore: Sendable {
    private struct Payload: Codable {
        var user: String
        var serial: String
        var started: Int64
        var expires: Int64
        var viaProxy: Bool

        enum CodingKeys: String, CodingKey {
            case user = "u"
            case serial = "s"
            case started = "t"
            case expires = "e"
            case viaProxy = "p"
        }
    }

    let lifetime: Duration
    private let key = Mutex<SymmetricKey?>(nil)
    private let revoked = Mutex<[String: Date]>([:])

    init(lifetime: Duration) {
        self.lifetime = lifetime
    }

    /// Whether the signing key is known yet.
    var hasKey: Bool { key.withLock { $0 != nil } }

    /// Sets the signing key (32 bytes, shared by the replicas through the journal).
    func setKey(_ bytes: [UInt8]) {
        key.withLock { $0 = SymmetricKey(data: bytes) }
    }

    func create(user: String, viaProxy: Bool = false, now: Date = Date()) -> UISession {
        let started = RFC3339.truncatedToMilliseconds(now)
        let payload = Payload(
            user: user,
            serial: Self.token(),
            started: Int64(started.timeIntervalSince1970 * 1000),
            expires: Int64((started.timeIntervalSince1970 + lifetime.seconds) * 1000),
            viaProxy: viaProxy
        )
        let body = Self.base64URL(Array((try? JSONEncoder().encode(payload)) ?? Data()))
        return session(payload, cookie: body + "." + sign(body))
    }

    /// The session in `cookie` if its signature holds, it has not expired and it was not signed out.
    func session(id cookie: String, now: Date = Date()) -> UISession? {
        let parts = cookie.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, Self.same(String(parts[1]), sign(String(parts[0]))),
            let data = Self.unbase64URL(String(parts[0])), let payload = try? JSONDecoder().decode(Payload.self, from: data)
        else { return nil }
        let session = session(payload, cookie: cookie)
        guard session.expires > now, session.started <= now.addingTimeInterval(60) else { return nil }
        let isRevoked = revoked.withLock { revoked in
            if revoked.count > 10_000 { revoked = revoked.filter { $0.value > now } }
            return revoked[payload.serial] != nil
        }
        return isRevoked ? nil : session
    }

    /// Signs a session out on this replica (its cookie is cleared by the answer).
    func remove(id cookie: String) {
        guard let session = session(id: cookie) else { return }
        revoked.withLock { $0[session.serial] = session.expires }
    }

    private func session(_ payload: Payload, cookie: String) -> UISession {
        UISession(
            id: cookie,
            serial: payload.serial,
            user: payload.user,
            csrf: sign("csrf|" + payload.serial),
            started: Date(timeIntervalSince1970: Double(payload.started) / 1000),
            expires: Date(timeIntervalSince1970: Double(payload.expires) / 1000),
            viaProxy: payload.viaProxy
        )
    }

    /// HMAC-SHA256 of `text` under the key, URL-safe base64; without a key nothing is valid.
    private func sign(_ text: String) -> String {
        guard let key = key.withLock({ $0 }) else { return "" }
        return Self.base64URL(Array(HMAC<SHA256>.authenticationCode(for: Array(text.utf8), using: key)))
    }

    /// 32 random bytes from the system's generator, URL-safe base64 without padding.
    static func token() -> String {
        base64URL(randomBytes(32))
    }

    static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacing("+", with: "-").replacing("/", with: "_").replacing("=", with: "")
    }

    static func unbase64URL(_ text: String) -> Data? {
        var base64 = text.replacing("-", with: "+").replacing("_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64)
    }

    /// Compares two tokens in time that depends on their length only.
    static func same(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8)
        let right = Array(b.utf8)
        guard left.count == right.count, !left.isEmpty else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}

/// Slows down password guessing. An attempt counts as failed from the moment it starts (so parallel guesses count
/// too) until it succeeds. After 5 failures for one name from one address, 20 from one address, or 30 for one name
/// from anywhere, within 15 minutes, further attempts are refused until the oldest failure is 15 minutes old. At most
/// 4 passwords are checked at once (bcrypt is slow by design); beyond that a sign-in is asked to wait.
final class LoginThrottle: Sendable {
    private struct State {
        var failures: [String: [Date]] = [:]
        var checking = 0
    }

    private let state = Mutex(State())
    static let window: TimeInterval = 15 * 60
    static let perName = 5
    static let perAddress = 20
    static let perNameAnywhere = 30
    static let concurrentChecks = 4

    /// A sign-in attempt under way.
    struct Attempt {
        fileprivate var keys: [String]
        fileprivate var started: Date
    }

    /// Begins an attempt: `.success` to check the password (then ``finish(_:succeeded:)``), or how long to wait.
    func begin(name: String, address: String, now: Date = Date()) -> Result<Attempt, Refusal> {
        state.withLock { state in
            let keys = ["n|\(address)|\(name)", "a|\(address)", "g|\(name)"]
            var longest: TimeInterval?
            for (key, limit) in zip(keys, [Self.perName, Self.perAddress, Self.perNameAnywhere]) {
                let recent = (state.failures[key] ?? []).filter { now.timeIntervalSince($0) < Self.window }
                state.failures[key] = recent.isEmpty ? nil : recent
                if recent.count >= limit, let oldest = recent.first { longest = max(longest ?? 0, Self.window - now.timeIntervalSince(oldest)) }
            }
            if let longest { return .failure(Refusal(wait: longest)) }
            guard state.checking < Self.concurrentChecks else { return .failure(Refusal(wait: 1)) }
            state.checking += 1
            if state.failures.count > 50_000 {
                state.failures = state.failures.filter { $0.value.contains { now.timeIntervalSince($0) < Self.window } }
            }
            for key in keys { state.failures[key, default: []].append(now) }
            return .success(Attempt(keys: keys, started: now))
        }
    }

    /// Ends an attempt: a success takes back the failure counted for the name (from this address and anywhere).
    func finish(_ attempt: Attempt, succeeded: Bool) {
        state.withLock { state in
            state.checking -= 1
            guard succeeded else { return }
            for key in attempt.keys where !key.hasPrefix("a|") {
                if var list = state.failures[key], let index = list.lastIndex(of: attempt.started) {
                    list.remove(at: index)
                    state.failures[key] = list.isEmpty ? nil : list
                }
            }
        }
    }

    struct Refusal: Error {
        var wait: TimeInterval
    }
}

extension Duration {
    fileprivate var seconds: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
