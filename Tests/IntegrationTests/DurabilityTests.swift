import Foundation
import IntakeTesting
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Runs the built binary, kills it with SIGKILL under load, and checks that nothing acknowledged is lost or doubled.
@Suite(.serialized)
struct DurabilityTests {
    static let config = """
        server: { host: 127.0.0.1, port: PORT }
        journal: { path: DIR/journal.sqlite }
        sources:
          - name: callcenter
            channel: hotline
        sinks:
          - name: file
            kind: jsonl
            path: DIR/out/complaints.jsonl
            retry: { initial_delay: 50ms, max_delay: 500ms, max_attempts: 1000 }
        routes:
          - sinks: [file]
        """

    static func complaint(_ index: Int) -> String {
        let body = String(repeating: "第\(index)号投诉：司机态度恶劣，车内有异味，要求道歉并退款。The driver was rude; refund requested. ", count: 6)
        return
            #"{"external_id":"call-\#(index)","complainant":{"name":"乘客\#(index)","phone":"1380013\#(String(format: "%04d", index))"},"body":"\#(body)","severity":3}"#
    }

    @Test func everyAcknowledgedComplaintSurvivesSIGKILLOnceAndReachesTheSink() async throws {
        let gateway = try GatewayProcess(config: Self.config)
        try FileManager.default.createDirectory(at: gateway.sinkFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try await gateway.start()

        let total = 600
        let acknowledged = Locked<[Int: String]>([:])
        let killed = Locked(false)
        let next = Locked(0)
        // 16 concurrent clients; the gateway is killed once 200 complaints are acknowledged, mid-load.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    while true {
                        let index = next.withLock { value -> Int in
                            defer { value += 1 }
                            return value
                        }
                        guard index < total else { return }
                        guard
                            let (data, status) = try? await HTTP.postJSON(
                                gateway.baseURL.appendingPathComponent("v1/complaints"),
                                Self.complaint(index)
                            )
                        else {
                            continue
                        }
                        guard (200..<300).contains(status) else { continue }
                        let id = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["id"] as? String
                        let count = acknowledged.withLock { acknowledged -> Int in
                            acknowledged[index] = id
                            return acknowledged.count
                        }
                        if count >= 200,
                            killed.withLock({ flag in
                                defer { flag = true }
                                return !flag
                            })
                        {
                            gateway.kill()
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        let acked = acknowledged.withLock { $0 }
        #expect(killed.withLock { $0 })
        #expect(acked.count >= 200 && acked.count < total, "\(acked.count) acknowledged before the kill")

        try await gateway.start()
        // Every acknowledged complaint is in the journal under the id it was acknowledged with.
        for (_, id) in acked {
            let (_, status) = try await HTTP.get(gateway.baseURL.appendingPathComponent("v1/complaints/\(id)"))
            #expect(status == 200, "acknowledged complaint \(id) is missing after the crash")
        }
        // The clients send everything again, as they would after errors: acknowledged ones are repeats with their
        // original id, the rest are stored now.
        var finalIDs: [Int: String] = [:]
        for index in 0..<total {
            let (data, status) = try await HTTP.postJSON(gateway.baseURL.appendingPathComponent("v1/complaints"), Self.complaint(index))
            let id = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["id"] as? String
            if let original = acked[index] {
                #expect(status == 200 && id == original, "complaint \(index): \(status), \(id ?? "-") instead of \(original)")
            } else {
                #expect(status == 200 || status == 202)
            }
            finalIDs[index] = id
        }
        #expect(Set(finalIDs.values).count == total, "one complaint per external id")
        try await gateway.waitFor("all deliveries") { try await gateway.stats()["delivered"] == total }
        let stats = try await gateway.stats()
        #expect(stats["pending", default: 0] + stats["retrying", default: 0] + stats["dead", default: 0] == 0)
        let sink = try gateway.sinkIDs()
        #expect(Set(sink) == Set(finalIDs.values), "the sink has every complaint")
        #expect(try await gateway.stop() == 0)
    }
}

@Suite(.serialized)
struct SinkOutageTests {
    static func config(maxAttempts: Int) -> String {
        """
        server: { host: 127.0.0.1, port: PORT }
        journal: { path: DIR/journal.sqlite }
        sources:
          - name: api
        sinks:
          - name: file
            kind: jsonl
            path: DIR/out/complaints.jsonl
            retry: { initial_delay: 20ms, max_delay: 100ms, max_attempts: \(maxAttempts) }
        """
    }

    func send(_ count: Int, to gateway: GatewayProcess) async throws -> [String] {
        var ids: [String] = []
        for index in 0..<count {
            let body = #"{"external_id":"m-\#(index)","complainant":{"email":"User\#(index)@Example.com"},"body":"投诉 \#(index)"}"#
            let (data, status) = try await HTTP.postJSON(gateway.baseURL.appendingPathComponent("v1/complaints"), body)
            #expect(status == 202)
            ids.append(try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["id"] as? String))
        }
        return ids
    }

    @Test func aSinkThatFailsThenRecoversGetsEverythingOnce() async throws {
        let gateway = try GatewayProcess(config: Self.config(maxAttempts: 1000))
        try await gateway.start()
        // The sink's directory is missing: every write fails, transiently.
        let ids = try await send(20, to: gateway)
        try await gateway.waitFor("retries") { try await gateway.stats()["retrying"] == 20 }
        try FileManager.default.createDirectory(at: gateway.sinkFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try await gateway.waitFor("recovery") { try await gateway.stats()["delivered"] == 20 }
        #expect(try gateway.sinkIDs().sorted() == ids.sorted())
        #expect(try await gateway.stop() == 0)
    }

    @Test func deadDeliveriesAreReplayedAfterRepairExactlyOnceMore() async throws {
        let gateway = try GatewayProcess(config: Self.config(maxAttempts: 2))
        // A directory where the file should be: a permanent failure.
        try FileManager.default.createDirectory(at: gateway.sinkFile, withIntermediateDirectories: true)
        try await gateway.start()
        let ids = try await send(20, to: gateway)
        try await gateway.waitFor("dead letters") { try await gateway.stats()["dead"] == 20 }

        let listed = try await gateway.run(["deliveries", "--config", gateway.configFile.path, "--status", "dead", "--json", "--limit", "100"])
        #expect(listed.status == 0)
        #expect(listed.output.contains("\"total\" : 20"), "\(listed.output.prefix(400))")

        // Repair, then replay half while the gateway runs (dry run first) ...
        try FileManager.default.removeItem(at: gateway.sinkFile)
        let dry = try await gateway.run(["replay", "--config", gateway.configFile.path, "--dry-run", "--id", ids[0], "--id", ids[1]])
        #expect(dry.status == 0 && dry.output.contains("dry run: 2 deliveries would be replayed"), "\(dry.output)")
        #expect(try await gateway.stats()["dead"] == 20)
        let first = ids.prefix(10).flatMap { ["--id", $0] }
        let live = try await gateway.run(["replay", "--config", gateway.configFile.path, "--actor", "alice"] + first)
        #expect(live.status == 0 && live.output.contains("replayed 10 of 10"), "\(live.output)")
        try await gateway.waitFor("live replay") { try await gateway.stats()["delivered"] == 10 }

        // ... and the rest while it is stopped: delivered when it starts again.
        #expect(try await gateway.stop() == 0)
        let stopped = try await gateway.run(["replay", "--config", gateway.configFile.path, "--status", "dead", "--rate", "5", "--actor", "bob"])
        #expect(stopped.status == 0 && stopped.output.contains("replayed 10 of 10"), "\(stopped.output)")
        try await gateway.start()
        try await gateway.waitFor("replay after restart") { try await gateway.stats()["delivered"] == 20 }

        #expect(try gateway.sinkIDs().sorted() == ids.sorted(), "each complaint delivered exactly once more")
        let audit = try await gateway.run(["audit", "--config", gateway.configFile.path])
        #expect(audit.output.contains("cli:alice replay count=10") && audit.output.contains("cli:bob replay count=10"), "\(audit.output)")
        #expect(try await gateway.stop() == 0)
    }
}

struct CommandLineTests {
    @Test func configCheckPrintsEveryProblemWithItsLineAndFails() async throws {
        let gateway = try GatewayProcess(config: "server:\n  prot: 1\nsinks:\n  - name: x\n    kind: kafka\n")
        let result = try await gateway.run(["config", "check", gateway.configFile.path])
        #expect(result.status == 1)
        #expect(result.output.contains("line 2: server.prot: unknown key"), "\(result.output)")
        #expect(result.output.contains("line 5: sinks[0].kind: unknown sink kind \"kafka\""), "\(result.output)")
    }

    @Test func schemaPrintsThePublishedSchema() async throws {
        let gateway = try GatewayProcess(config: "")
        let result = try await gateway.run(["schema"])
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = try String(contentsOf: repository.appendingPathComponent("config/complaint.schema.json"), encoding: .utf8)
        #expect(result.status == 0)
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == file.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func theEmbeddedDefaultsSayWhatTheyAreOnStartUp() async throws {
        let gateway = try GatewayProcess(config: "")
        let logFile = gateway.directory.appendingPathComponent("defaults.log")
        let process = try ChildProcess.start(
            GatewayProcess.binary.path,
            ["serve", "--port", "\(gateway.port)"],
            directory: gateway.directory.path,
            log: logFile.path
        )
        try await gateway.waitFor("start") { (try? await HTTP.get(gateway.baseURL.appendingPathComponent("readyz")))?.1 == 200 }
        let (_, status) = try await HTTP.postJSON(
            gateway.baseURL.appendingPathComponent("v1/complaints"),
            #"{"complainant":{"name":"a"},"body":"b"}"#
        )
        #expect(status == 202)
        process.send(SIGTERM)
        #expect(await process.waitForExit(limit: .seconds(30)))
        #expect(process.exitStatus == 0)
        let log = try String(contentsOf: logFile, encoding: .utf8)
        #expect(log.contains("running on embedded defaults"))
        #expect(log.contains("journal: SQLite at ./data/journal.sqlite"))
        #expect(log.contains("sink file: JSON Lines file ./data/complaints.jsonl"))
        #expect(log.contains("loopback callers without a token"))
        #expect(FileManager.default.fileExists(atPath: gateway.directory.appendingPathComponent("data/journal.sqlite").path))
    }
}
