import Foundation
import IntakeTesting
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The triage rules of a running gateway: changed on disk or on SIGHUP without a restart, a broken file refused
/// with the rules in force kept, and the rules checked and explained by the command line.
@Suite(.serialized)
struct TriageProcessTests {
    static let config = """
        server: { host: 127.0.0.1, port: PORT }
        journal: { path: DIR/journal.sqlite }
        sources:
          - name: callcenter
            channel: hotline
        sinks:
          - { name: file, kind: jsonl, path: DIR/out/complaints.jsonl }
        triage: { rules: DIR/triage.yaml, reload_interval: 200ms }
        """

    static func rules(_ category: String, _ keyword: String) -> String {
        "categories:\n  - name: only\n    category: \(category)\n    keywords: [\(keyword)]\nurgent:\n  - { name: regulator, keywords: ['12315'] }\n"
    }

    func category(of body: String, _ gateway: GatewayProcess) async throws -> String? {
        let json = #"{"complainant":{"phone":"1390013\#(Int.random(in: 1000...9999))"},"body":"\#(body) \#(UUID().uuidString)"}"#
        let (data, status) = try await HTTP.postJSON(gateway.baseURL.appendingPathComponent("v1/complaints"), json)
        #expect(status == 202)
        let id = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["id"] as? String)
        let (detail, _) = try await HTTP.get(gateway.baseURL.appendingPathComponent("v1/admin/complaints/\(id)"))
        let object = try JSONSerialization.jsonObject(with: detail) as? [String: Any]
        return (object?["complaint"] as? [String: Any])?["category"] as? String
    }

    @Test func rulesChangeWithoutARestartAndABrokenFileKeepsThemInForce() async throws {
        let gateway = try GatewayProcess(config: Self.config)
        let file = gateway.directory.appendingPathComponent("triage.yaml")
        try Self.rules("billing", "多收").write(to: file, atomically: true, encoding: .utf8)
        try await gateway.start()
        #expect(try await category(of: "多收了钱", gateway) == "billing")
        #expect(try await category(of: "快递丢了", gateway) == "other")

        // Changed on disk: the file watch picks it up.
        try Self.rules("logistics", "快递").write(to: file, atomically: true, encoding: .utf8)
        try await gateway.waitFor("the changed rules", timeout: .seconds(20)) { try await category(of: "快递丢了", gateway) == "logistics" }

        // A broken file is refused, its problem logged with the line, and the rules in force stay.
        try "categories:\n  - name: only\n    category: parcels\n    keywords: [快递]\n".write(to: file, atomically: true, encoding: .utf8)
        try await gateway.waitFor("the refusal in the log", timeout: .seconds(20)) { gateway.log().contains("triage rules not reloaded") }
        #expect(gateway.log().contains("line 3: categories[0].category: must be one of"))
        #expect(try await category(of: "快递丢了", gateway) == "logistics")

        // Urgent complaints are counted by reason and logged by id, without who complained or what they wrote.
        let json = #"{"complainant":{"phone":"13700137000"},"body":"快递丢了，我已经打了12315"}"#
        let (_, status) = try await HTTP.postJSON(gateway.baseURL.appendingPathComponent("v1/complaints"), json)
        #expect(status == 202)
        let (metrics, _) = try await HTTP.get(gateway.baseURL.appendingPathComponent("metrics"))
        #expect(String(decoding: metrics, as: UTF8.self).contains(#"intake_complaints_urgent_total{reason="regulator"} 1"#))
        #expect(gateway.log().contains("urgent complaint"))
        #expect(!gateway.log().contains("13700137000") && !gateway.log().contains("快递丢了"), "no personal data in the log")
        #expect(try await gateway.stop() == 0)
    }

    @Test func sighupReloadsWithTheFileWatchOff() async throws {
        let gateway = try GatewayProcess(config: Self.config.replacingOccurrences(of: "reload_interval: 200ms", with: "reload_interval: 0s"))
        let file = gateway.directory.appendingPathComponent("triage.yaml")
        try Self.rules("billing", "多收").write(to: file, atomically: true, encoding: .utf8)
        try await gateway.start()
        try Self.rules("facility", "电梯").write(to: file, atomically: true, encoding: .utf8)
        try await Task.sleep(for: .milliseconds(600))
        #expect(try await category(of: "电梯坏了", gateway) == "other", "no file watch: the old rules until told")
        gateway.signal(SIGHUP)
        try await gateway.waitFor("the rules after SIGHUP", timeout: .seconds(20)) { try await category(of: "电梯坏了", gateway) == "facility" }
        #expect(try await gateway.stop() == 0, "SIGHUP reloads; it does not stop the gateway")
    }

    @Test func theCommandLineChecksAndExplainsRules() async throws {
        let gateway = try GatewayProcess(config: Self.config)
        let file = gateway.directory.appendingPathComponent("triage.yaml")
        try "categories:\n  - name: money\n    category: bills\n    keywords: [多收]\nlinking: { window: forever }\n".write(
            to: file,
            atomically: true,
            encoding: .utf8
        )
        let check = try await gateway.run(["triage", "check", file.path])
        #expect(check.status == 1)
        #expect(check.output.contains("line 3: categories[0].category: must be one of"), "\(check.output)")
        #expect(check.output.contains("line 5: linking.window: must be a duration"), "\(check.output)")
        let config = try await gateway.run(["config", "check", gateway.configFile.path])
        #expect(config.status == 1)
        #expect(config.output.contains("triage.rules: \(file.path): line 3"), "\(config.output)")

        let explain = try await gateway.run(["triage", "explain", "我不想曝光你们，但是再不退款我就去12315投诉"])
        #expect(explain.status == 0)
        #expect(explain.output.contains("urgent: yes (regulator)"), "\(explain.output)")
        #expect(explain.output.contains("negated by \"不想\""), "\(explain.output)")
        #expect(explain.output.contains("severity: 1"))
    }
}
