import Foundation
import IntakeTesting
import Testing

/// The web pages and the terminal entry of the built binary: a real headless Chromium drives the pages (selenium),
/// `intake users` makes the accounts and `intake submit` enters complaints as an agent's script would.
@Suite(.serialized) struct UIProcessTests {
    static let agentPassword = "agent-password-1"
    static let operatorPassword = "operator-password-1"

    /// The gateway: every complaint goes to a JSON Lines file and to a helpdesk over HTTP where nothing listens yet
    /// (one attempt, then dead), so the operator has something to replay.
    static func gateway(helpdeskPort: Int) throws -> GatewayProcess {
        let gateway = try GatewayProcess(
            config: """
                server: { host: 127.0.0.1, port: PORT }
                journal: { path: DIR/journal.sqlite }
                ui: { time_zone: Asia/Shanghai }
                sinks:
                  - { name: file, kind: jsonl, path: DIR/out/complaints.jsonl }
                  - name: helpdesk
                    kind: http
                    url: http://127.0.0.1:\(helpdeskPort)/complaints
                    timeout: 2s
                    retry: { max_attempts: 1 }
                """
        )
        try FileManager.default.createDirectory(at: gateway.sinkFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        return gateway
    }

    static var artefacts: URL {
        if let path = ProcessInfo.processInfo.environment["INTAKE_ARTEFACTS"] { return URL(fileURLWithPath: path) }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repository.appendingPathComponent(".build/test-artefacts")
    }

    static func browserReady() -> Bool {
        let browser = ["/usr/bin/chromium", "/usr/bin/chromedriver"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
        if !browser {
            if ProcessInfo.processInfo.environment["INTAKE_REQUIRE_TOOLS"] == "1" {
                Issue.record("Debian's chromium and chromium-driver are missing; scripts/test installs them")
            } else {
                print("⚠️  SKIPPED the browser tests: apt-get install chromium chromium-driver, or run scripts/test")
            }
            return false
        }
        return PythonTools.ready(imports: "selenium", packages: "selenium", for: "the browser tests")
    }

    func addAccounts(_ gateway: GatewayProcess) async throws {
        let agent = try await gateway.run(
            ["users", "add", "alice", "--role", "agent", "--config", gateway.configFile.path],
            input: Self.agentPassword + "\n"
        )
        #expect(agent.status == 0, "\(agent.output)")
        let operatorAccount = try await gateway.run(
            ["users", "add", "olga", "--role", "operator", "--config", gateway.configFile.path],
            input: Self.operatorPassword + "\n"
        )
        #expect(operatorAccount.status == 0, "\(operatorAccount.output)")
        let weak = try await gateway.run(["users", "add", "bob", "--role", "agent", "--config", gateway.configFile.path], input: "short\n")
        #expect(weak.status == 65)
        #expect(weak.output.contains("at least 10 characters"))
        let list = try await gateway.run(["users", "list", "--config", gateway.configFile.path])
        #expect(list.output.contains("alice\tagent\tenabled") && list.output.contains("olga\toperator\tenabled"))
        #expect(!list.output.contains("$2b$"))
    }

    @Test func aBrowserEntersAComplaintAndAnOperatorReplaysWhatTheHelpdeskMissed() async throws {
        guard Self.browserReady() else { return }
        let helpdeskPort = try GatewayProcess.freePort()
        let gateway = try Self.gateway(helpdeskPort: helpdeskPort)
        try await addAccounts(gateway)
        try await gateway.start()
        defer { gateway.kill() }
        let screenshots = Self.artefacts.appendingPathComponent("ui-browser")
        try? FileManager.default.removeItem(at: screenshots)
        let settings: [String: Any] = [
            "url": gateway.baseURL.absoluteString, "helpdesk_port": helpdeskPort, "screenshots": screenshots.path,
            "agent": ["alice", Self.agentPassword], "operator": ["olga", Self.operatorPassword],
        ]
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Support/ui_browser.py").path
        let output = try await PythonTools.run([script, String(decoding: try JSONSerialization.data(withJSONObject: settings), as: UTF8.self)])
        let summary = try #require(
            output.split(separator: "\n").last.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] },
            "the browser script printed no summary: \(output)\n\(gateway.log().suffix(3000))"
        )
        let id = try #require(summary["complaint_id"] as? String)
        #expect((summary["received"] as? [String])?.contains(id) == true)
        // Every page was photographed, as PNG.
        let shots = summary["screenshots"] as? [String] ?? []
        #expect(shots.count >= 14)
        for shot in shots {
            let data = FileManager.default.contents(atPath: shot) ?? Data()
            #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(shot) is not a PNG")
        }
        // The file sink holds the complaint as the agent typed it, once; the forged post stored nothing.
        try await gateway.waitFor("the file sink") { try gateway.sinkIDs().contains(id) }
        let lines = try String(contentsOf: gateway.sinkFile, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1)
        let stored = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(stored["body"] as? String == "快递员态度恶劣，包裹被扔在门口淋湿了。\n要求赔偿并道歉。")
        #expect((stored["complainant"] as? [String: Any])?["phone"] as? String == "+8613800138000")
        #expect(stored["channel"] as? String == "manual")
        #expect(stored["references"] as? [String: String] == ["运单号": "SF1234567890"])
        let audit = try await gateway.run(["audit", "--config", gateway.configFile.path])
        #expect(audit.output.contains("olga") && audit.output.contains("replay"), "\(audit.output)")
        // Sign-ins are logged by account name; what customers wrote never is.
        let log = gateway.log()
        #expect(log.contains("signed in"))
        for secret in ["王芳", "13800138000", "快递员态度恶劣", Self.agentPassword] { #expect(!log.contains(secret), "the log holds \(secret)") }
    }

    @Test func submitEntersComplaintsFromFlagsAndJSONAndExplainsRefusals() async throws {
        let gateway = try Self.gateway(helpdeskPort: try GatewayProcess.freePort())
        try await gateway.start()
        defer { gateway.kill() }
        let config = ["--config", gateway.configFile.path]
        let flags = try await gateway.run(
            [
                "submit", "--name", "陈静", "--phone", "139 1234 5678", "--body", "热线：空调维修师傅未按约定上门", "--reference", "工单=A-77", "--severity", "2",
                "--severity-reason", "第三次投诉",
            ] + config
        )
        #expect(flags.status == 0, "\(flags.output)")
        let id = try #require(flags.output.split(separator: "\t").first.map(String.init))
        #expect(flags.output.contains("\taccepted"))
        let json = try await gateway.run(
            ["submit", "--json"] + config,
            input: #"{"channel":"manual","complainant":{"email":"Li.Na@Example.com"},"body":"门店经理拒绝退款"}"#
        )
        #expect(json.status == 0, "\(json.output)")
        let refused = try await gateway.run(["submit", "--phone", "12", "--body", "x"] + config)
        #expect(refused.status == 65)
        #expect(refused.output.contains("complainant.phone"), "\(refused.output)")
        let unreachable = try await gateway.run(["submit", "--url", "http://127.0.0.1:1", "--name", "a", "--body", "b"] + config)
        #expect(unreachable.status == 69)
        try await gateway.waitFor("both complaints in the file") { try gateway.sinkIDs().count == 2 }
        let text = try String(contentsOf: gateway.sinkFile, encoding: .utf8)
        #expect(text.contains(#""phone":"+8613912345678""#) && text.contains("空调维修师傅") && text.contains(#""工单":"A-77""#))
        #expect(text.contains(#""email":"li.na@example.com""#))
        #expect(text.contains(#""severity_reason":"第三次投诉""#))
        #expect(try gateway.sinkIDs().first == id)
    }

    @Test func submitAsksForEveryFieldAtATerminalAndAgainForARefusedOne() async throws {
        let gateway = try Self.gateway(helpdeskPort: try GatewayProcess.freePort())
        try await gateway.start()
        defer { gateway.kill() }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Support/submit_prompts.py").path
        let transcript = try await PythonTools.run([script, GatewayProcess.binary.path, gateway.configFile.path])
        // The refused phone number was explained and asked for again; then the complaint was stored.
        #expect(transcript.contains("complainant.phone: is not a valid phone number"), "\(transcript)")
        #expect(transcript.components(separatedBy: "Phone: ").count == 3, "\(transcript)")
        #expect(transcript.contains("\taccepted"), "\(transcript)")
        try await gateway.waitFor("the complaint in the file") { try gateway.sinkIDs().count == 1 }
        let text = try String(contentsOf: gateway.sinkFile, encoding: .utf8)
        #expect(text.contains(#""phone":"+8613700137000""#))
        #expect(text.contains(#""body":"门店拒绝开发票。\n店员说系统坏了。""#), "\(text)")
        #expect(text.contains(#""respondent":{"id":"XD-01","kind":"store"}"#))
    }
}
