import Foundation
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

/// The live sessions. Idle sessions expire after the configured lifetime; at most 10,000 are kept (the oldest go).
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
            started: now,
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
            guard session.expires > now else {
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

/// Slows down password guessing: after 5 failed sign-ins for one name from one address, or 20 from one address,
/// within 15 minutes, further attempts are refused until the oldest failure is 15 minutes old.
final class LoginThrottle: Sendable {
    private let failures = Mutex<[String: [Date]]>([:])
    static let window: TimeInterval = 15 * 60
    static let perName = 5
    static let perAddress = 20

    /// How long the caller must wait, or `nil` when an attempt is allowed now.
    func wait(name: String, address: String, now: Date = Date()) -> TimeInterval? {
        failures.withLock { failures in
            var longest: TimeInterval?
            for (key, limit) in [("n|\(address)|\(name)", Self.perName), ("a|\(address)", Self.perAddress)] {
                let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < Self.window }
                failures[key] = recent.isEmpty ? nil : recent
                if recent.count >= limit, let oldest = recent.first {
                    let wait = Self.window - now.timeIntervalSince(oldest)
                    longest = max(longest ?? 0, wait)
                }
            }
            return longest
        }
    }

    func failed(name: String, address: String, now: Date = Date()) {
        failures.withLock { failures in
            if failures.count > 100_000 { failures.removeAll() }
            failures["n|\(address)|\(name)", default: []].append(now)
            failures["a|\(address)", default: []].append(now)
        }
    }

    func succeeded(name: String, address: String) {
        _ = failures.withLock { $0.removeValue(forKey: "n|\(address)|\(name)") }
    }
}

extension Duration {
    fileprivate var seconds: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
