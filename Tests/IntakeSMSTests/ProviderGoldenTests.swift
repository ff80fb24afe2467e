import Crypto
import Foundation
import IntakeCore
import IntakeSMS
import IntakeTesting
import IntakeWebhook
import Testing

/// Each provider's callbacks (Chinese text included), signed as the provider signs them, against the complaint JSON
/// they must become (`Tests/Fixtures/sms/<case>.expected.json`; `INTAKE_UPDATE_GOLDEN=1` rewrites them).
@Suite struct ProviderGoldenTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
        "Fixtures/sms"
    )
    static let receivedAt = Date(timeIntervalSince1970: 1_796_105_600)  // 2026-12-01T06:13:20Z
    static let token = "golden-token"
    static let publicURL = "https://gw.example.com/v1/sms/golden"
    static var telnyxKey: Curve25519.Signing.PrivateKey { try! Curve25519.Signing.PrivateKey(rawRepresentation: Data(repeating: 7, count: 32)) }

    static func text(_ file: String) throws -> String { try String(contentsOf: fixtures.appendingPathComponent(file), encoding: .utf8) }

    static func source(_ provider: SMSProvider) -> SMSSource {
        SMSSource(intake: IntakeSource(name: "golden", defaultChannel: .sms), provider: provider)
    }

    /// One signed request per fixture, as the provider would send it.
    static func requests(_ name: String) throws -> (SMSSource, [WebhookRequest]) {
        let secret = NamedSecret(name: "golden", text: token)
        switch name {
        case "twilio":
            return (
                source(.twilio(authTokens: [secret], publicURL: publicURL)),
                try ["twilio-inbound.form", "twilio-whatsapp-media.form"].map { file in
                    let body = try text(file)
                    let signature = TwilioSignature.compute(url: publicURL, parameters: FormEncoding.decode(body), token: secret.bytes)
                    return WebhookRequest(
                        headers: [("Content-Type", "application/x-www-form-urlencoded"), ("X-Twilio-Signature", signature)],
                        body: Data(body.utf8)
                    )
                }
            )
        case "vonage":
            let method = VonageSignature.Method.sha256
            func signed(_ pairs: [(name: String, value: String)]) -> [(name: String, value: String)] {
                let stamped = pairs + [("timestamp", String(Int(receivedAt.timeIntervalSince1970)))]
                return stamped + [("sig", VonageSignature.compute(stamped, secret: secret.bytes, method: method))]
            }
            let json = try JSONValue.parse(Data(try text("vonage-inbound.json").utf8))
            guard case .object(let members) = json else { throw GoldenError() }
            var object = members.mapValues { $0 }
            for (name, value) in signed(members.compactMap { key, value in if case .string(let text) = value { (key, text) } else { nil } })
            where name == "timestamp" || name == "sig" {
                object[name] = .string(value)
            }
            let body = Data(String(decoding: try JSONEncoder().encode(JSONValue.object(object)), as: UTF8.self).utf8)
            var requests = [WebhookRequest(headers: [("Content-Type", "application/json")], body: body)]
            // A three-part message, arriving out of order: 3, 1, 2.
            for part in [3, 1, 2] {
                let pairs = FormEncoding.decode(try text("vonage-concat-\(part).query"))
                let query = signed(pairs).map { "\($0.name)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }.joined(
                    separator: "&"
                )
                requests.append(WebhookRequest(method: "GET", query: query))
            }
            return (source(.vonage(signatureSecrets: [secret], method: method, tolerance: 300)), requests)
        case "telnyx":
            let key = NamedSecret(name: "portal", bytes: Array(telnyxKey.publicKey.rawRepresentation))
            let requests = try ["telnyx-message.json", "telnyx-delivery-report.json"].map { file in
                let body = Data(try text(file).utf8)
                let timestamp = String(Int(receivedAt.timeIntervalSince1970))
                let signature = try telnyxKey.signature(for: Data("\(timestamp)|".utf8) + body).base64EncodedString()
                return WebhookRequest(
                    headers: [("Content-Type", "application/json"), ("telnyx-timestamp", timestamp), ("telnyx-signature-ed25519", signature)],
                    body: body
                )
            }
            return (source(.telnyx(publicKeys: [key], tolerance: 300)), requests)
        case "plivo":
            return (
                source(.plivo(authTokens: [secret], publicURL: publicURL)),
                try ["plivo-inbound.form", "plivo-optout.form"].map { file in
                    let body = try text(file)
                    let signature = PlivoSignature.compute(
                        method: "POST",
                        url: publicURL,
                        parameters: FormEncoding.decode(body),
                        nonce: "12345",
                        token: secret.bytes
                    )
                    return WebhookRequest(
                        headers: [
                            ("Content-Type", "application/x-www-form-urlencoded"), ("X-Plivo-Signature-V3", signature),
                            ("X-Plivo-Signature-V3-Nonce", "12345"),
                        ],
                        body: Data(body.utf8)
                    )
                }
            )
        case "aliyun", "tencent":
            let tokenAuth = WebhookAuthentication.bearer(tokens: [secret], allowsPathToken: true)
            let file = name == "aliyun" ? "aliyun-batch.json" : "tencent-reply.json"
            let request = WebhookRequest(headers: [("Content-Type", "application/json; charset=UTF-8")], body: Data(try text(file).utf8))
            return (source(name == "aliyun" ? .aliyun(token: tokenAuth) : .tencent(token: tokenAuth)), [request])
        default:
            throw GoldenError()
        }
    }

    struct GoldenError: Error {}

    static func complaintJSON(_ draft: ComplaintDraft, index: Int) throws -> JSONValue {
        let context = ComplaintValidator.Context(id: "golden-\(index)", source: "golden", defaultChannel: .sms, receivedAt: receivedAt)
        do {
            let complaint = try ComplaintValidator().validate(draft, context: context)
            return .object(["complaint": try JSONValue.parse(complaint.jsonData())])
        } catch let error as ComplaintValidationError {
            return .object(["issues": .array(error.issues.map { .object(["field": .string($0.field), "code": .string($0.code)]) })])
        }
    }

    @Test(arguments: ["twilio", "vonage", "telnyx", "plivo", "aliyun", "tencent"]) func callbacksBecomeTheExpectedComplaints(
        _ name: String
    ) async throws {
        let (source, requests) = try Self.requests(name)
        let assembler = FragmentAssembler(journal: MemoryJournal())
        var outcomes: [JSONValue] = []
        var index = 0
        for request in requests {
            switch source.receive(request, pathToken: Self.token, now: Self.receivedAt) {
            case .items(let items, _, _):
                for item in items {
                    index += 1
                    if let reason = item.ignored {
                        outcomes.append(.object(["ignored": .string(reason)]))
                    } else if let draft = item.draft, item.issues.isEmpty {
                        outcomes.append(try Self.complaintJSON(draft, index: index))
                    } else {
                        outcomes.append(
                            .object(["issues": .array(item.issues.map { .object(["field": .string($0.field), "code": .string($0.code)]) })])
                        )
                    }
                }
            case .fragment(let fragment, _):
                let addition = try await assembler.add(
                    source: "golden",
                    group: fragment.group,
                    part: fragment.part,
                    total: fragment.total,
                    id: fragment.partID,
                    draft: fragment.draft,
                    now: Self.receivedAt
                )
                switch addition {
                case .waiting(let received, let total): outcomes.append(.object(["waiting": .string("\(received) of \(total)")]))
                case .complete(let draft):
                    index += 1
                    outcomes.append(try Self.complaintJSON(draft, index: index))
                }
            case .unauthenticated(let failure):
                outcomes.append(.object(["unauthenticated": .string(failure.code)]))
            case .unreadable(let error):
                outcomes.append(.object(["unreadable": .string(error.message)]))
            default:
                outcomes.append(.object(["other": .null]))
            }
        }
        let actual = JSONValue.array(outcomes)
        let file = Self.fixtures.appendingPathComponent("\(name).expected.json")
        if ProcessInfo.processInfo.environment["INTAKE_UPDATE_GOLDEN"] == "1" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try (encoder.encode(actual) + Data("\n".utf8)).write(to: file)
        }
        #expect(actual == (try JSONValue.parse(try Data(contentsOf: file))), "\(name): the outcome differs from \(file.lastPathComponent)")
    }

    @Test func aMessageWhosePartsStopComingIsStoredIncomplete() async throws {
        let journal = MemoryJournal()
        let assembler = FragmentAssembler(journal: journal)
        let draft = ComplaintDraft(channel: .sms, complainant: Complainant(phone: "+8613700001111"), body: "第一段，")
        let first = try await assembler.add(source: "s", group: "g", part: 1, total: 3, id: "p1", draft: draft, now: Self.receivedAt)
        guard case .waiting(1, 3) = first else {
            Issue.record("\(first)")
            return
        }
        var third = draft
        third.body = "第三段。"
        _ = try await assembler.add(source: "s", group: "g", part: 3, total: 3, id: "p3", draft: third, now: Self.receivedAt)
        #expect(try await assembler.expired(source: "s", wait: .seconds(120), now: Self.receivedAt.addingTimeInterval(60)).isEmpty)
        // A new assembler on the same journal (a restart) still has the parts.
        let restarted = FragmentAssembler(journal: journal)
        let expired = try await restarted.expired(source: "s", wait: .seconds(120), now: Self.receivedAt.addingTimeInterval(121))
        #expect(expired.count == 1)
        #expect(expired.first?.draft.body == "第一段，[…]第三段。")
        #expect(expired.first?.draft.tags == ["incomplete"])
        #expect(expired.first?.draft.externalID == "g")
        #expect(expired.first?.draft.extra["fragments"]?["missing_parts"] == .array([.int(2)]))
        try await restarted.finish(source: "s", group: "g")
        #expect(try await restarted.expired(source: "s", wait: .seconds(0), now: Self.receivedAt.addingTimeInterval(500)).isEmpty)
    }
}
