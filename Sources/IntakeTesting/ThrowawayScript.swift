import Foundation

/// Runs one of the `scripts/*-throwaway` helpers that start test servers on loopback.
enum ThrowawayScript {
    /// The script's path in the repository.
    static func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/\(name)").path
    }

    /// Runs `script COMMAND DIRECTORY ARGUMENTS…` through `system()`, which waits for the script only: Foundation's
    /// `Process` was seen never to notice its exit here, the server it starts living on.
    /// - Returns: its output, or `nil` with the output and `status` set when it failed.
    static func run(_ script: String, _ command: String, directory: URL, arguments: [String] = []) -> (output: String, status: Int32) {
        let output = directory.path + ".\(command).out"
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        let line = "'\(path(script))' \(command) '\(directory.path)' \(quoted) >'\(output)' 2>&1 </dev/null"
        let status = system(line)
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: output)
        return (text, status)
    }
}

extension ThrowawayPostgres {
    /// Starts a cluster on a thread of its own: tests share a cooperative pool of as many threads as cores, and
    /// waiting there for `initdb` would stall every other test meanwhile.
    public static func start() async throws -> ThrowawayPostgres {
        try await Blocking.run { try ThrowawayPostgres() }
    }
}

extension ThrowawayDovecot {
    /// Starts a server on a thread of its own (see ``ThrowawayPostgres/start()``).
    public static func start() async throws -> ThrowawayDovecot {
        try await Blocking.run { try ThrowawayDovecot() }
    }
}

/// Blocking work (a child process or a server to wait for) on a thread of its own, outside Swift's cooperative pool:
/// tests share a pool of as many threads as cores, and a blocked one stalls every other test meanwhile.
public enum Blocking {
    public static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }
}
