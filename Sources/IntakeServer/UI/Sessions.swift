import Foundation
import IntakeCore
import Synchronization

/// A signed-in person's session: kept in the gateway's memory (a restart signs everyone out), named by a random id in
/// an HttpOnly, SameSite=Strict cookie, with its own CSRF token for every form.
struct UISession: Sendable, Hashable {
    /// The cookie value: 32 random bytes, URL-safe base64.
    var id: String
    /// The account.
    var user: String
    /// The token every form of this session carries.
    var csrf: String
    /// When it began: a password changed later ends it.
    var started: Date
    /// When it ends unless used.
    var expires: Date
    /// Signed in by the trusted proxy's header rather than a password.
    var viaProxy: Bool
}

/// The live sessions. Idle sessions expire after the configured lifetime, and every session after three times that
/// (at least a day) however busy; at most 10,000 are kept (the oldest go).
final class UISessionStore: Sendable {
    private let sessions = Mutex<[String: UISession]>([:])
    let lifetime: Duration
    private static let capacity = 10_000

    init(lifetime: Duration) {
        self.lifetime = lifetime
    }

    func create(user: String, viaProxy: Bool = false, now: Date = Date()) -> UISession {
        let session = UISession(
            id: Self.token(),
            user: user,
            csrf: Self.token(),
            started: RFC3339.truncatedToMilliseconds(now),
            expires: now.addingTimeInterval(lifetime.seconds),
            viaProxy: viaProxy
        )
        sessions.withLock { sessions in
            if sessions.count >= Self.capacity {
                for (id, old) in sessions where old.expires <= now { sessions[id] = nil }
                if sessions.count >= Self.capacity, let oldest = sessions.values.min(by: { $0.expires < $1.expires }) {
                    sessions[oldest.id] = nil
                }
            }
            sessions[session.id] = session
        }
        return session
    }

    /// The session named by `id` if it has not expired; using it extends it.
    func session(id: String, now: Date = Date()) -> UISession? {
        sessions.withLock { sessions in
            guard var session = sessions[id] else { return nil }
            let longest = max(lifetime.seconds * 3, 86_400)
            guard session.expires > now, now.timeIntervalSince(session.started) < longest else {
                sessions[id] = nil
                return nil
            }
            session.expires = now.addingTimeInterval(lifetime.seconds)
            sessions[id] = session
            return session
        }
    }

    func remove(id: String) {
        _ = sessions.withLock { $0.removeValue(forKey: id) }
    }

    /// 32 random bytes from the system's generator, URL-safe base64 without padding.
    static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacing("+", with: "-").replacing("/", with: "_").replacing("=", with: "")
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
