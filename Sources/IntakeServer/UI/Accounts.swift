public import Foundation
import HummingbirdBcrypt
import IntakeCore
import Synchronization

/// What a signed-in person may do in the web pages.
public enum UIRole: String, Codable, Sendable, CaseIterable, Comparable {
    /// Enters complaints (front desk, phone agents).
    case agent
    /// Watches deliveries, replays failed ones, handles failed intake.
    case `operator`

    public static func < (lhs: UIRole, rhs: UIRole) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A person who signs in to the web pages.
public struct UIAccount: Codable, Sendable, Hashable {
    /// The sign-in name (the actor in audit records).
    public var name: String
    /// What the account may do.
    public var roles: [UIRole]
    /// The bcrypt hash of the password.
    public var passwordHash: String
    /// A disabled account cannot sign in and its sessions end.
    public var disabled: Bool
    /// When the account was made.
    public var createdAt: Date
    /// When the password was last set: sessions begun before then end.
    public var passwordChangedAt: Date

    enum CodingKeys: String, CodingKey {
        case name
        case roles
        case passwordHash = "password_hash"
        case disabled
        case createdAt = "created_at"
        case passwordChangedAt = "password_changed_at"
    }
}

/// A problem with an account operation, said for the person who asked.
public struct AccountError: Error, Sendable, CustomStringConvertible {
    /// What was wrong.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// The accounts file (`users.json` beside the journal): bcrypt hashes, roles, written atomically with mode 0600 and a
/// lock, so `intake users` can change it while the gateway runs (the gateway reads it again when it changed).
public final class AccountStore: Sendable {
    private struct File: Codable {
        var version: Int
        var accounts: [UIAccount]
    }

    private struct Cache {
        /// The file's inode, size and modification time in nanoseconds: every write renames a new file in place, so a
        /// change of inode alone says the file changed.
        var identity: [Int]
        var accounts: [UIAccount]
    }

    /// The file's path.
    public let path: String
    private let cost: UInt8
    private let cache = Mutex<Cache?>(nil)
    /// A hash checked against when the name is unknown, so a wrong name takes as long as a wrong password (made when
    /// first needed: a quarter of a second).
    private let decoy = Mutex<String?>(nil)

    /// The shortest password accepted.
    public static let minimumPasswordLength = 10
    /// bcrypt reads at most 72 bytes of a password; a longer one is refused rather than cut silently.
    public static let maximumPasswordBytes = 72

    /// Opens the store (the file is made by the first ``add(name:roles:password:now:)``).
    /// - Parameters:
    ///   - path: the accounts file.
    ///   - cost: the bcrypt cost of new hashes (12; tests use less).
    public init(path: String, cost: UInt8 = 12) {
        self.path = path
        self.cost = cost
    }

    /// Every account, by name.
    public func accounts() throws -> [UIAccount] {
        var information = stat()
        let identity =
            stat(path, &information) == 0
            ? [Int(information.st_ino), Int(information.st_size), Int(information.st_mtim.tv_sec), Int(information.st_mtim.tv_nsec)] : []
        if let cached = cache.withLock({ $0 }), cached.identity == identity { return cached.accounts }
        let accounts = try read()
        cache.withLock { $0 = Cache(identity: identity, accounts: accounts) }
        return accounts
    }

    /// The account named `name`, if any.
    public func account(named name: String) -> UIAccount? {
        (try? accounts())?.first { $0.name == name }
    }

    /// The account when `password` is its password and it is enabled; `nil` otherwise (with the same effort).
    public func verify(name: String, password: String) -> UIAccount? {
        guard let account = account(named: name) else {
            let hash = decoy.withLock { decoy in
                if let decoy { return decoy }
                let made = Bcrypt.hash(UISessionStore.token(), cost: cost)
                decoy = made
                return made
            }
            _ = Bcrypt.verify(password, hash: hash)
            return nil
        }
        guard Bcrypt.verify(password, hash: account.passwordHash), !account.disabled else { return nil }
        return account
    }

    /// Adds an account.
    /// - Throws: ``AccountError`` for a taken or bad name, no role, or a weak password.
    public func add(name: String, roles: [UIRole], password: String, now: Date = Date()) throws {
        try Self.check(name: name)
        guard !roles.isEmpty else { throw AccountError("give the account at least one role: agent, operator") }
        try Self.check(password: password)
        let hash = Bcrypt.hash(password, cost: cost)
        try update { accounts in
            guard !accounts.contains(where: { $0.name == name }) else { throw AccountError("an account named \(name) exists already") }
            accounts.append(
                UIAccount(
                    name: name,
                    roles: Array(Set(roles)).sorted(),
                    passwordHash: hash,
                    disabled: false,
                    createdAt: now,
                    passwordChangedAt: now
                )
            )
        }
    }

    /// Sets an account's password (its sessions end).
    public func setPassword(name: String, password: String, now: Date = Date()) throws {
        try Self.check(password: password)
        let hash = Bcrypt.hash(password, cost: cost)
        try modify(name) {
            $0.passwordHash = hash
            $0.passwordChangedAt = now
        }
    }

    /// Sets an account's roles.
    public func setRoles(name: String, roles: [UIRole]) throws {
        guard !roles.isEmpty else { throw AccountError("give the account at least one role: agent, operator") }
        try modify(name) { $0.roles = Array(Set(roles)).sorted() }
    }

    /// Disables or enables an account (a disabled one's sessions end).
    public func setDisabled(name: String, _ disabled: Bool, now: Date = Date()) throws {
        try modify(name) {
            $0.disabled = disabled
            if disabled { $0.passwordChangedAt = now }
        }
    }

    private func modify(_ name: String, _ change: (inout UIAccount) -> Void) throws {
        try update { accounts in
            guard let index = accounts.firstIndex(where: { $0.name == name }) else { throw AccountError("no account is named \(name)") }
            change(&accounts[index])
        }
    }

    static func check(name: String) throws {
        let allowed = name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || ".-_@".unicodeScalars.contains($0)
        }
        guard !name.isEmpty, name.utf8.count <= 64, allowed else {
            throw AccountError("an account name is 1 to 64 letters, digits and . - _ @, not \"\(name)\"")
        }
    }

    static func check(password: String) throws {
        guard password.count >= minimumPasswordLength else {
            throw AccountError("the password must have at least \(minimumPasswordLength) characters")
        }
        guard password.utf8.count <= maximumPasswordBytes else {
            throw AccountError("the password must have at most \(maximumPasswordBytes) bytes (bcrypt reads no more)")
        }
        guard !password.unicodeScalars.contains(where: { $0.value == 0 }) else { throw AccountError("the password must not contain NUL") }
    }

    private func read() throws -> [UIAccount] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .custom { decoder in
                let text = try decoder.singleValueContainer().decode(String.self)
                guard let date = RFC3339.date(from: text) else {
                    throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an RFC 3339 time: \(text)"))
                }
                return date
            }
            return try decoder.decode(File.self, from: data).accounts
        } catch {
            throw AccountError("\(path) is not an accounts file: \(error)")
        }
    }

    /// Read, change and write the file under an exclusive lock (`intake users` and a running gateway may race).
    private func update(_ change: (inout [UIAccount]) throws -> Void) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let lock = open(path + ".lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard lock >= 0 else { throw AccountError("cannot open \(path).lock: \(String(cString: strerror(errno)))") }
        defer { close(lock) }
        guard flock(lock, LOCK_EX) == 0 else { throw AccountError("cannot lock \(path).lock: \(String(cString: strerror(errno)))") }
        var accounts = try read()
        try change(&accounts)
        accounts.sort { $0.name < $1.name }
        let encoder = JSONEncoder()
        // Milliseconds kept: a password changed in the same second as a sign-in must still end that session.
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(RFC3339.string(from: date))
        }
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(File(version: 1, accounts: accounts))
        let temporary = path + ".tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw AccountError("cannot write \(temporary)")
        }
        let descriptor = open(temporary, O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 {
            _ = fsync(descriptor)
            close(descriptor)
        }
        guard rename(temporary, path) == 0 else { throw AccountError("cannot replace \(path): \(String(cString: strerror(errno)))") }
        cache.withLock { $0 = nil }
    }
}
