public import Foundation

/// A PostgreSQL cluster of its own for one test, started on loopback by `scripts/postgres-throwaway` (Debian's
/// `postgresql` package; `scripts/test` installs it). User and database are `intake`, authentication is trust.
public final class ThrowawayPostgres: @unchecked Sendable {
    // Used from one test at a time.
    public let directory: URL
    public private(set) var port: Int = 0

    /// Why a cluster could not start.
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    /// Starts a cluster.
    /// - Throws: ``Unavailable`` with the script's output when PostgreSQL is not installed or does not start.
    public init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("intake-pg-\(UUID().uuidString.prefix(8))")
        port = try Int(Self.run("start", directory: directory).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Whether PostgreSQL is installed here; without it a bare `swift test` skips loudly and `scripts/test` (which
    /// sets `INTAKE_REQUIRE_TOOLS=1` and installs it) fails.
    public static var isInstalled: Bool {
        (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql"))?.isEmpty == false
    }

    /// Stops the server (the data stay, for ``restart()``).
    public func stop() throws { _ = try run("stop") }

    /// Starts the stopped server again on the same port.
    public func restart() throws { _ = try run("restart") }

    private func run(_ command: String) throws -> String { try Self.run(command, directory: directory) }

    private static func run(_ command: String, directory: URL) throws -> String {
        let (text, status) = ThrowawayScript.run("postgres-throwaway", command, directory: directory)
        guard status == 0 else {
            let log = (try? String(contentsOf: directory.appendingPathComponent("initdb.log"), encoding: .utf8)) ?? ""
            throw Unavailable(description: "postgres-throwaway \(command) failed (\(status)): \(text)\(log)")
        }
        return text
    }

    deinit {
        _ = try? Self.run("stop", directory: directory)
        try? FileManager.default.removeItem(at: directory)
    }
}
