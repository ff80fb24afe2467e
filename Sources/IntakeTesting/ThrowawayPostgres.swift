public import Foundation

/// A PostgreSQL cluster of its own for one test, started on loopback by `scripts/postgres-throwaway` (Debian's
/// `postgresql` package; `scripts/test` installs it). User and database are `intake`, authentication is trust.
public final class ThrowawayPostgres: @unchecked Sendable {
    // Used from one test at a time.
    public let directory: URL
    public private(set) var port: Int = 0
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/postgres-throwaway")

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

    /// Runs the script through `system()`, which waits for its own child: Foundation's `Process` was seen never to
    /// notice the script's exit here, the server it starts living on.
    private static func run(_ command: String, directory: URL) throws -> String {
        let output = directory.path + ".\(command).out"
        let line = "'\(script.path)' \(command) '\(directory.path)' >'\(output)' 2>&1 </dev/null"
        let status = system(line)
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: output)
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
