import Foundation
import IntakeTesting
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The built `intake` binary, run as a child process on loopback.
final class GatewayProcess: @unchecked Sendable {
    // Used from one test task at a time; the child is only touched by that task.
    let directory: URL
    let configFile: URL
    let port: Int
    private var process: ChildProcess.Running?
    private(set) var logFile: URL
    /// Variables added to the gateway's environment (secrets named by the configuration).
    let environment: [String: String]

    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["INTAKE_BINARY"] { return URL(fileURLWithPath: path) }
        // The test bundle sits beside the products it was built with.
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("intake")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repository.appendingPathComponent(".build/debug/intake")
    }

    /// A gateway on a new directory with `config` (YAML; `PORT` and `DIR` are replaced).
    init(config: String, environment: [String: String] = [:]) throws {
        self.environment = environment
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("intake-it-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        port = try Self.freePort()
        configFile = directory.appendingPathComponent("config.yaml")
        logFile = directory.appendingPathComponent("gateway-0.log")
        let text = config.replacingOccurrences(of: "PORT", with: "\(port)").replacingOccurrences(of: "DIR", with: directory.path)
        try text.write(to: configFile, atomically: true, encoding: .utf8)
    }

    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }
    var sinkFile: URL { directory.appendingPathComponent("out/complaints.jsonl") }

    /// Starts the gateway and waits until `/readyz` answers 200 (or, when `waitForReady` is false, until `/healthz`
    /// answers: for tests of a gateway that is not ready).
    func start(waitForReady: Bool = true) async throws {
        var index = 0
        while FileManager.default.fileExists(atPath: directory.appendingPathComponent("gateway-\(index).log").path) { index += 1 }
        logFile = directory.appendingPathComponent("gateway-\(index).log")
        // posix_spawn and waitpid, not Foundation's Process, which was seen to miss a child's exit.
        let process = try ChildProcess.start(
            Self.binary.path,
            ["serve", "--config", configFile.path, "--log-level", "info"],
            environment: environment,
            directory: directory.path,
            log: logFile.path
        )
        self.process = process
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            if let (_, status) = try? await HTTP.get(baseURL.appendingPathComponent(waitForReady ? "readyz" : "healthz")), status == 200 { return }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw GatewayError(message: "the gateway did not become ready; log:\n\(log())")
    }

    func log() -> String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

    /// SIGKILL: no chance to clean up.
    func kill() {
        guard let process else { return }
        process.send(SIGKILL)
        process.waitForExitBlocking(limit: .seconds(10))
        self.process = nil
    }

    /// Sends `signal` to the running gateway.
    func signal(_ signal: Int32) {
        process?.send(signal)
    }

    /// SIGTERM, then waits for the exit.
    /// - Returns: the exit status.
    func stop() async throws -> Int32 {
        guard let process else { return 0 }
        process.send(SIGTERM)
        guard await process.waitForExit(limit: .seconds(30)), let status = process.exitStatus else {
            process.send(SIGKILL)
            throw GatewayError(message: "the gateway did not stop on SIGTERM within 30 s; log:\n\(log().suffix(4000))")
        }
        self.process = nil
        return status
    }

    /// Runs `intake ARGS` to completion, with `input` on its standard input (waiting on a thread of its own: tests run
    /// in parallel on a pool of as many threads as cores, and a blocked one would stall the others).
    func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) async throws -> (status: Int32, output: String) {
        let directory = directory
        return try await Blocking.run { try Self.runNow(arguments, input: input, environment: environment, directory: directory) }
    }

    private static func runNow(
        _ arguments: [String],
        input: String?,
        environment: [String: String],
        directory: URL
    ) throws -> (status: Int32, output: String) {
        let outcome = try ChildProcess.run(
            binary.path,
            arguments,
            input: input,
            environment: environment,
            directory: directory.path,
            mergeErrors: true
        )
        return (outcome.status, outcome.output)
    }

    /// Complaint ids in the sink file, in order (a repeat appears twice).
    func sinkIDs() throws -> [String] {
        guard let text = try? String(contentsOf: sinkFile, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["id"] as? String ?? ""
        }
    }

    func stats() async throws -> [String: Int] {
        let (data, _) = try await HTTP.get(baseURL.appendingPathComponent("v1/admin/stats"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        var totals: [String: Int] = [:]
        for sink in object?["sinks"] as? [[String: Any]] ?? [] {
            for key in ["pending", "retrying", "dead", "delivered"] { totals[key, default: 0] += sink[key] as? Int ?? 0 }
        }
        return totals
    }

    func waitFor(_ what: String, timeout: Duration = .seconds(60), _ condition: () async throws -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if (try? await condition()) == true { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw GatewayError(message: "timed out waiting for \(what); log:\n\(log().suffix(4000))")
    }

    static func freePort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw GatewayError(message: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    deinit {
        process?.send(SIGKILL)
        process?.waitForExitBlocking(limit: .seconds(10))
    }
}

struct GatewayError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// A tiny HTTP client over URLSession for the tests.
enum HTTP {
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 30
        configuration.httpMaximumConnectionsPerHost = 32
        return URLSession(configuration: configuration)
    }()

    static func get(_ url: URL) async throws -> (Data, Int) {
        let (data, response) = try await session.data(from: url)
        return (data, (response as? HTTPURLResponse)?.statusCode ?? 0)
    }

    static func postJSON(_ url: URL, _ body: String) async throws -> (Data, Int) {
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(body.utf8)
        let (data, response) = try await session.data(for: request)
        return (data, (response as? HTTPURLResponse)?.statusCode ?? 0)
    }
}

/// The Python packages a conformance test signs requests with; without them a bare `swift test` skips loudly and
/// `scripts/test` (which installs them and sets `INTAKE_REQUIRE_TOOLS=1`) fails.
enum PythonTools {
    /// Runs `python3 ARGUMENTS` to completion (on a thread of its own); a failing script is recorded as an issue.
    static func run(_ arguments: [String]) async throws -> String {
        let (output, status, errorText) = try await Blocking.run { try runNow(arguments) }
        if status != 0 { Issue.record("the Python script failed: \(errorText)") }
        return output
    }

    private static func runNow(_ arguments: [String]) throws -> (String, Int32, String) {
        let outcome = try ChildProcess.run("/usr/bin/env", ["python3"] + arguments)
        return (outcome.output, outcome.status, outcome.errors)
    }

    /// Runs a sender script of `Support/` against the gateway (`script URL SETTINGS-JSON`), which prints one JSON line
    /// per case (`case`, `status`, `body`).
    /// - Returns: each case's answer, and the script's whole output for messages.
    static func senders(
        _ script: String,
        gateway: GatewayProcess,
        settings: [String: String]
    ) async throws -> (
        results: [String: (status: Int, body: String)], output: String
    ) {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Support/\(script)").path
        let output = try await run([path, gateway.baseURL.absoluteString, String(decoding: try JSONEncoder().encode(settings), as: UTF8.self)])
        var results: [String: (status: Int, body: String)] = [:]
        for line in output.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let name = object["case"] as? String else {
                continue
            }
            results[name] = (object["status"] as? Int ?? 0, object["body"] as? String ?? "")
        }
        return (results, output)
    }

    static func ready(imports: String, packages: String, for what: String) -> Bool {
        guard let check = try? ChildProcess.run("/usr/bin/env", ["python3", "-c", "import \(imports)"]) else { return false }
        if check.status == 0 { return true }
        if ProcessInfo.processInfo.environment["INTAKE_REQUIRE_TOOLS"] == "1" {
            Issue.record("the Python packages \(packages) are missing; scripts/test installs them")
        } else {
            print("⚠️  SKIPPED \(what): pip install \(packages), or run scripts/test")
        }
        return false
    }
}
