public import Foundation

/// A Dovecot IMAP server of its own for one test, on loopback, started by `scripts/dovecot-throwaway` (Debian's
/// `dovecot-imapd`; `scripts/test` installs it): IMAPS with a fresh self-signed certificate (``caFile``), a plain
/// port offering STARTTLS, the user `testuser` / `testpass`.
public final class ThrowawayDovecot: @unchecked Sendable {
    // Used from one test at a time.
    public let directory: URL
    /// The implicit-TLS port.
    public private(set) var imapsPort = 0
    /// The plain port (STARTTLS offered).
    public private(set) var imapPort = 0
    /// The login.
    public let user = "testuser"
    /// Its password.
    public let password = "testpass"

    /// Why a server could not start.
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    /// Starts a server.
    /// - Throws: ``Unavailable`` with the script's output when Dovecot is not installed or does not start.
    public init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("intake-dovecot-\(UUID().uuidString.prefix(8))")
        try start()
    }

    /// The certificate to trust (the server's own, self-signed).
    public var caFile: String { directory.appendingPathComponent("cert.pem").path }

    /// Whether Dovecot is installed here; without it a bare `swift test` skips loudly and `scripts/test` (which
    /// sets `INTAKE_REQUIRE_TOOLS=1` and installs it) fails.
    public static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: "/usr/sbin/dovecot") }

    /// Starts the server (again, after ``stop()``: same ports, certificate and mail).
    public func start() throws {
        let ports = try run("start").split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        guard ports.count == 2 else { throw Unavailable(description: "dovecot-throwaway printed no ports") }
        imapsPort = ports[0]
        imapPort = ports[1]
    }

    /// Stops the server.
    public func stop() throws { _ = try run("stop") }

    /// Drops every IMAP session of the test user (the server side of a broken connection).
    public func killSessions() throws { _ = try run("kill-sessions", user) }

    /// Runs `scripts/dovecot-throwaway COMMAND DIR ARGUMENTS…`.
    @discardableResult
    public func run(_ command: String, _ arguments: String...) throws -> String {
        let (text, status) = ThrowawayScript.run("dovecot-throwaway", command, directory: directory, arguments: arguments)
        guard status == 0 else {
            let log = (try? String(contentsOf: directory.appendingPathComponent("dovecot.log"), encoding: .utf8)) ?? ""
            throw Unavailable(description: "dovecot-throwaway \(command) failed (\(status)): \(text)\(log.suffix(2000))")
        }
        return text
    }

    deinit {
        _ = try? run("stop")
        try? FileManager.default.removeItem(at: directory)
    }
}
