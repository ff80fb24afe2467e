import Foundation
import IntakeTesting
import Testing

/// The webhook door of the built binary, sent requests signed by the providers' reference libraries from PyPI
/// (`standardwebhooks` for v1, PyNaCl for v1a) through `Support/webhook_senders.py`.
@Suite(.serialized)
struct WebhookProcessTests {
    static let v1Key = Data((0..<32).map { UInt8($0 * 7 % 256) })
    static let seedHex = String(repeating: "5a", count: 32)

    static let config = """
        server: { host: 127.0.0.1, port: PORT }
        journal: { path: DIR/journal.sqlite }
        sinks:
          - { name: file, kind: jsonl, path: DIR/out/complaints.jsonl }
        sources:
          - name: monitor
            door: webhook
            format: social.mention
            auth: { scheme: standard-webhooks, secrets: [{ name: current, env: MONITOR_SECRET }] }
          - name: hotline
            door: webhook
            format: hotline.call
            auth: { scheme: standard-webhooks, public_keys: [{ name: pbx-2026, env: HOTLINE_PUBLIC_KEY }] }
          - name: forms
            door: webhook
            format: complaint
            auth: { scheme: github, secrets: [{ env: FORMS_SECRET }] }
          - name: freeswitch
            door: webhook
            format: freeswitch.cdr
            allow_from: [127.0.0.1/32, "::1"]
            auth: { scheme: basic, secrets: [{ env: PBX_BASIC }] }
        """

    /// The Python tools, or `nil` (and a loud skip, or a failure under `scripts/test`) without them.

    static func pythonReady() -> Bool {
        PythonTools.ready(imports: "standardwebhooks, nacl.signing", packages: "standardwebhooks pynacl", for: "webhook conformance")
    }

    @Test func requestsSignedByTheReferenceLibrariesAreVerified() async throws {
        guard Self.pythonReady() else { return }
        let publicKey = try await Self.ed25519PublicKey(seedHex: Self.seedHex)
        let environment = [
            "MONITOR_SECRET": "whsec_" + Self.v1Key.base64EncodedString(),
            "HOTLINE_PUBLIC_KEY": "whpk_" + publicKey,
            "FORMS_SECRET": "github form secret",
            "PBX_BASIC": "freeswitch:pbx-pass",
        ]
        let gateway = try GatewayProcess(config: Self.config, environment: environment)
        try FileManager.default.createDirectory(at: gateway.sinkFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try await gateway.start()
        let settings: [String: String] = [
            "v1_secret": environment["MONITOR_SECRET"]!, "v1a_seed_hex": Self.seedHex, "github_secret": "github form secret",
            "basic": "freeswitch:pbx-pass",
        ]
        let (results, output) = try await PythonTools.senders("webhook_senders.py", gateway: gateway, settings: settings)
        func id(_ body: String) -> String? {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])?["id"] as? String
        }
        #expect(results["v1"]?.status == 202, "\(results["v1"].map { "\($0)" } ?? output)")
        #expect(results["v1-retry"]?.status == 200)
        #expect(id(results["v1-retry"]?.body ?? "") == id(results["v1"]?.body ?? "-"))
        #expect(results["v1-wrong-secret"]?.status == 401)
        #expect(results["v1-stale"]?.status == 401)
        #expect(results["v1-tampered"]?.status == 401)
        #expect(results["v1a"]?.status == 202, "\(results["v1a"].map { "\($0)" } ?? output)")
        #expect(results["v1a-other-key"]?.status == 401)
        #expect(results["github"]?.status == 202, "\(results["github"].map { "\($0)" } ?? output)")
        #expect(results["github-bad"]?.status == 401)
        #expect(results["freeswitch"]?.status == 202, "\(results["freeswitch"].map { "\($0)" } ?? output)")
        #expect(results.count == 10, "\(output)")

        // Four complaints reach the sink, each once.
        try await gateway.waitFor("four complaints in the sink", timeout: .seconds(30)) { try gateway.sinkIDs().count == 4 }
        #expect(Set(try gateway.sinkIDs()).count == 4)
        let log = gateway.log()
        // Refusals are logged with their reason; nothing the customer wrote is.
        #expect(log.contains("not authenticated"))
        #expect(log.contains("timestamp_outside_window"))
        #expect(!log.contains("漏水") && !log.contains("迟到三小时") && !log.contains("+8613800138000"))
        let (metrics, _) = try await HTTP.get(gateway.baseURL.appendingPathComponent("metrics"))
        let text = String(decoding: metrics, as: UTF8.self)
        #expect(text.contains(#"intake_webhook_auth_failures_total{source="monitor",reason="bad_signature"}"#), "\(text.prefix(3000))")
        #expect(try await gateway.stop() == 0)
    }

    /// The Ed25519 public key of a seed, base64, as PyNaCl computes it.
    static func ed25519PublicKey(seedHex: String) async throws -> String {
        let code =
            "import nacl.signing,base64,sys; print(base64.b64encode(bytes(nacl.signing.SigningKey(bytes.fromhex(sys.argv[1])).verify_key)).decode())"
        return try await PythonTools.run(["-c", code, seedHex]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
