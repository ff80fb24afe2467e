import Foundation
import IntakeTesting
import Testing

/// The SMS door of the built binary, sent callbacks signed by the providers' own SDKs from PyPI (twilio, vonage,
/// plivo; PyNaCl for Telnyx) through `Support/sms_senders.py`, including Chinese text and a three-part Vonage
/// message arriving out of order.
@Suite(.serialized)
struct SMSProcessTests {
    static let config = """
        server: { host: 127.0.0.1, port: PORT }
        journal: { path: DIR/journal.sqlite }
        sinks:
          - { name: file, kind: jsonl, path: DIR/out/complaints.jsonl }
        sources:
          - name: twilio
            door: sms
            provider: twilio
            public_url: https://sms.example.com/v1/sms/twilio
            auth: { secrets: [{ env: TWILIO_TOKEN }] }
          - name: vonage
            door: sms
            provider: vonage
            parts_wait: 3s
            auth: { method: sha256, secrets: [{ env: VONAGE_SECRET }] }
          - name: plivo
            door: sms
            provider: plivo
            public_url: https://sms.example.com/v1/sms/plivo
            auth: { secrets: [{ env: PLIVO_TOKEN }] }
          - name: telnyx
            door: sms
            provider: telnyx
            auth: { public_keys: [{ env: TELNYX_KEY }] }
          - name: aliyun
            door: sms
            provider: aliyun
            allow_from: [127.0.0.1]
            auth: { secrets: [{ env: PATH_TOKEN }] }
          - name: tencent
            door: sms
            provider: tencent
            auth: { secrets: [{ env: PATH_TOKEN }] }
        """

    static func pythonReady() -> Bool {
        PythonTools.ready(
            imports: "twilio.request_validator, plivo.utils.signature_v3, vonage_http_client.auth, nacl.signing",
            packages: "twilio plivo vonage pynacl",
            for: "SMS conformance"
        )
    }

    @Test func callbacksSignedByTheProvidersSDKsAreVerifiedAndAnsweredAsTheyExpect() async throws {
        guard Self.pythonReady() else { return }
        let seed = String(repeating: "3c", count: 32)
        let telnyxKey = try await WebhookProcessTests.ed25519PublicKey(seedHex: seed)
        let environment = [
            "TWILIO_TOKEN": "twilio-auth-token-0123", "VONAGE_SECRET": "vonage-signature-secret", "PLIVO_TOKEN": "plivo-auth-token-xyz",
            "TELNYX_KEY": telnyxKey, "PATH_TOKEN": "unguessable-path-token-42",
        ]
        let gateway = try GatewayProcess(config: Self.config, environment: environment)
        try FileManager.default.createDirectory(at: gateway.sinkFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try await gateway.start()
        let settings = [
            "twilio_url": "https://sms.example.com/v1/sms/twilio", "twilio_token": environment["TWILIO_TOKEN"]!,
            "vonage_secret": environment["VONAGE_SECRET"]!,
            "plivo_url": "https://sms.example.com/v1/sms/plivo", "plivo_token": environment["PLIVO_TOKEN"]!, "telnyx_seed_hex": seed,
            "path_token": environment["PATH_TOKEN"]!,
        ]
        let (results, output) = try await PythonTools.senders("sms_senders.py", gateway: gateway, settings: settings)
        func show(_ name: String) -> String { results[name].map { "\($0)" } ?? output }
        let twiml = #"<?xml version="1.0" encoding="UTF-8"?><Response></Response>"#
        #expect(results["twilio"]?.status == 200 && results["twilio"]?.body == twiml, "\(show("twilio"))")
        #expect(results["twilio-retry"]?.status == 200 && results["twilio-retry"]?.body == twiml)
        #expect(results["twilio-bad"]?.status == 401)
        for part in [1, 2, 3] { #expect(results["vonage-part-\(part)"]?.status == 204, "\(show("vonage-part-\(part)"))") }
        #expect(results["vonage-tampered"]?.status == 401)
        #expect(results["plivo"]?.status == 200 && results["plivo"]?.body == "<Response></Response>", "\(show("plivo"))")
        #expect(results["telnyx"]?.status == 200, "\(show("telnyx"))")
        #expect(results["aliyun"]?.status == 200 && results["aliyun"]?.body == #"{"code":0,"msg":"接收成功"}"#, "\(show("aliyun"))")
        #expect(results["aliyun-wrong-token"]?.status == 401)
        #expect(results["tencent"]?.status == 200 && results["tencent"]?.body == #"{"result":0,"errmsg":"OK"}"#, "\(show("tencent"))")

        for part in [1, 3] { #expect(results["vonage-partial-\(part)"]?.status == 204) }
        // Twilio once (its retry a repeat), the Vonage message once and whole, Plivo, Telnyx, Alibaba, Tencent, and
        // after parts_wait the message whose second part never came.
        try await gateway.waitFor("seven complaints in the sink", timeout: .seconds(30)) { try gateway.sinkIDs().count == 7 }
        let lines = try String(contentsOf: gateway.sinkFile, encoding: .utf8).split(separator: "\n")
        let bodies = lines.compactMap { line in (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["body"] as? String }
        #expect(bodies.contains("我在你们店里买的手机，用了两天就无法开机，店员拒绝退换，请尽快处理。"), "\(bodies)")
        #expect(bodies.contains("投诉：快递三天未送达，客服电话打不通。"))
        #expect(bodies.contains("充电桩扣了两次费"))
        #expect(bodies.contains("第一段。[…]第三段。"), "\(bodies)")
        let log = gateway.log()
        #expect(log.contains("SMS door /v1/sms/vonage"))
        #expect(!log.contains("快递三天未送达") && !log.contains("8613700001111"))
        #expect(try await gateway.stop() == 0)
    }
}
