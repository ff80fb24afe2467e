import Foundation
import IntakeCore
import IntakeSinks
import IntakeTesting
import Logging
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The HTTP sink against a real receiver on loopback that verifies every delivery with the PyPI `standardwebhooks`
/// library (`Support/receiver.py`) and can be told to answer 200, 429 with Retry-After, 500, 410, or to hang.
@Suite(.serialized)
struct HTTPSinkTests {
    static let secretKey = Data((0..<32).map { UInt8(($0 * 11 + 3) % 256) })
    static var secret: String { "whsec_" + secretKey.base64EncodedString() }

    /// The receiver process; `nil` (a loud skip, or a failure under `scripts/test`) without Python's standardwebhooks.
    final class Receiver: @unchecked Sendable {
        let process: ChildProcess.Running
        let port: Int

        init?() throws {
            let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Support/receiver.py")
            let log = FileManager.default.temporaryDirectory.appendingPathComponent("intake-receiver-\(UUID().uuidString).log")
            // posix_spawn and waitpid, not Foundation's Process, which was seen to miss a child's exit.
            process = try ChildProcess.start("/usr/bin/env", ["python3", script.path, HTTPSinkTests.secret], log: log.path)
            defer { try? FileManager.default.removeItem(at: log) }
            // The receiver's first line is its port.
            var line: Substring?
            let deadline = ContinuousClock.now + .seconds(30)
            while line == nil, process.isRunning, ContinuousClock.now < deadline {
                if let text = try? String(contentsOf: log, encoding: .utf8), let end = text.firstIndex(of: "\n") { line = text[..<end] }
                if line == nil { usleep(20_000) }
            }
            guard let port = line.flatMap({ Int($0) }) else {
                process.send(SIGKILL)
                process.waitForExitBlocking(limit: .seconds(10))
                if ProcessInfo.processInfo.environment["INTAKE_REQUIRE_TOOLS"] == "1" {
                    Issue.record("the receiver did not start: pip install standardwebhooks (scripts/test does)")
                } else {
                    print("⚠️  SKIPPED HTTP sink tests: the receiver needs Python's standardwebhooks")
                }
                return nil
            }
            self.port = port
        }

        var url: String { "http://127.0.0.1:\(port)/hook" }

        func mode(_ mode: String) async throws {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/_mode")!)
            request.httpMethod = "POST"
            request.httpBody = Data(mode.utf8)
            _ = try await URLSession.shared.data(for: request)
        }

        func received() async throws -> [[String: Any]] {
            let (data, _) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/_received")!)
            return try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
        }

        deinit {
            process.send(SIGKILL)
            process.waitForExitBlocking(limit: .seconds(10))
        }
    }

    func sink(_ receiver: Receiver, _ adjust: (inout HTTPSink.Configuration) -> Void = { _ in }) throws -> HTTPSink {
        var configuration = HTTPSink.Configuration(url: receiver.url, signingSecret: Array(Self.secretKey), timeout: .seconds(2))
        adjust(&configuration)
        return try HTTPSink(name: "helpdesk", configuration: configuration)
    }

    func complaint(_ body: String = "客服态度差，要求道歉") -> Complaint { Fixtures.complaint(body: body) }

    static func entries(_ complaints: [Complaint]) -> [JournalEntry] { complaints.map { Fixtures.entry($0, sinks: ["helpdesk"]) } }

    @Test func everyOutcomeOfTheReceiverIsObserved() async throws {
        guard let receiver = try Receiver() else { return }
        let sink = try sink(receiver) {
            $0.headers = ["X-Tenant": "acme"]
            $0.bearerToken = "helpdesk-token"
        }
        let first = complaint()
        try await sink.deliver(first, attempt: DeliveryAttempt(number: 1, idempotencyKey: first.id))

        try await receiver.mode("429")
        let throttled = try await #require(throws: SinkError.self) {
            try await sink.deliver(first, attempt: DeliveryAttempt(number: 2, idempotencyKey: first.id))
        }
        #expect(throttled.code == .transient && throttled.retryAfter == .seconds(1) && throttled.reason.hasPrefix("HTTP 429"))

        try await receiver.mode("500")
        let failed = try await #require(throws: SinkError.self) {
            try await sink.deliver(first, attempt: DeliveryAttempt(number: 3, idempotencyKey: first.id))
        }
        #expect(failed.code == .transient && failed.reason == "HTTP 500: internal error")

        try await receiver.mode("410")
        let gone = try await #require(throws: SinkError.self) {
            try await sink.deliver(first, attempt: DeliveryAttempt(number: 4, idempotencyKey: first.id))
        }
        #expect(gone.code == .permanent && gone.reason == "HTTP 410: endpoint disabled by the helpdesk")

        try await receiver.mode("hang")
        let hung = try await #require(throws: SinkError.self) {
            try await sink.deliver(first, attempt: DeliveryAttempt(number: 5, idempotencyKey: first.id))
        }
        #expect(hung.code == .transient, "\(hung)")

        let received = try await receiver.received()
        #expect(received.count == 5)
        #expect(received.allSatisfy { $0["verified"] as? Bool == true }, "\(received)")
        #expect(received.allSatisfy { $0["id"] as? String == first.id && $0["idempotency_key"] as? String == first.id })
        #expect(received.allSatisfy { $0["extra_header"] as? String == "acme" && $0["authorization"] as? String == "Bearer helpdesk-token" })
        await sink.shutdown()
    }

    @Test func aReceiverThatKeepsFailingOpensTheCircuit() async throws {
        guard let receiver = try Receiver() else { return }
        try await receiver.mode("500")
        let sink = try sink(receiver) {
            $0.circuitFailures = 3
            $0.circuitOpenFor = .seconds(60)
        }
        for number in 1...5 {
            let item = complaint()
            _ = try? await sink.deliver(item, attempt: DeliveryAttempt(number: number, idempotencyKey: item.id))
        }
        // Three reached the receiver; the circuit refused the other two without calling it.
        #expect(try await receiver.received().count == 3)
        let refused = try await #require(throws: SinkError.self) {
            let item = complaint()
            try await sink.deliver(item, attempt: DeliveryAttempt(number: 1, idempotencyKey: item.id))
        }
        #expect(refused.reason.contains("circuit open") && refused.retryAfter != nil)
        await sink.shutdown()
    }

    @Test func batchesAndTemplates() async throws {
        guard let receiver = try Receiver() else { return }
        let batched = try sink(receiver) { $0.batches = true }
        let items = [complaint("一"), complaint("二"), complaint("三")]
        let results = await batched.deliver(batch: items.map { ($0, DeliveryAttempt(number: 1, idempotencyKey: $0.id)) })
        #expect(results.allSatisfy { (try? $0.get()) != nil })
        let templated = try sink(receiver) {
            $0.template = #"{"ticket":{"subject":"{{subject}}","comment":{"body":"{{body}}"},"external_id":"{{id}}"}}"#
        }
        try await templated.deliver(items[0], attempt: DeliveryAttempt(number: 1, idempotencyKey: items[0].id))
        let received = try await receiver.received()
        #expect(received.count == 2)
        #expect(received[0]["items"] as? Int == 3 && (received[0]["id"] as? String)?.hasPrefix("batch_") == true)
        #expect(received.allSatisfy { $0["verified"] as? Bool == true })
        await batched.shutdown()
        await templated.shutdown()
    }

    @Test func replayAfterRepairDeliversEachDeadComplaintOnceMoreWithTheSameID() async throws {
        guard let receiver = try Receiver() else { return }
        try await receiver.mode("410")
        let journal = MemoryJournal()
        let sink = try sink(receiver)
        let worker = DeliveryWorker(sink: sink, journal: journal, configuration: .init(), logger: Logger(label: "test"))
        let items = (0..<4).map { complaint("投诉 \($0)") }
        _ = try await journal.append(Self.entries(items))
        await worker.runOnce()
        #expect(try await journal.countDeliveries(matching: DeliveryFilter(statuses: [.dead])) == 4)
        let dead = try await journal.deliveries(matching: DeliveryFilter(statuses: [.dead]), limit: 10, offset: 0)
        #expect(dead.allSatisfy { $0.lastError?.hasPrefix("permanent: HTTP 410") == true }, "\(dead.map(\.lastError))")
        // The helpdesk is repaired; an operator replays everything dead.
        try await receiver.mode("ok")
        let replayer = Replayer(journal: journal)
        _ = try await replayer.replay(Replayer.Request(filter: DeliveryFilter(statuses: [.dead]), ratePerSecond: 1000, actor: "ops"))
        // The replay spaces the deliveries at its rate: a few rounds of the worker take them all.
        for _ in 0..<100 where try await journal.countDeliveries(matching: DeliveryFilter(statuses: [.delivered])) < 4 {
            await worker.runOnce()
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(try await journal.countDeliveries(matching: DeliveryFilter(statuses: [.delivered])) == 4)
        let received = try await receiver.received()
        #expect(received.count == 8)
        for item in items {
            let attempts = received.filter { $0["id"] as? String == item.id }
            #expect(attempts.map { $0["answered"] as? String } == ["410", "ok"])
        }
        await sink.shutdown()
    }
}
