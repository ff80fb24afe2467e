import Crypto
import Foundation
import HTTPTypes
import HummingbirdTesting
import IntakeCore
import IntakeServer
import Logging
import NIOCore
import Testing

/// The webhook door through the HTTP application, configured from YAML as an operator writes it.
struct WebhookDoorTests {
    static let secretKey = Data((1...32).map { UInt8($0) })
    static let secret = "whsec_" + secretKey.base64EncodedString()
    static let environment = [
        "MONITOR_SECRET": secret, "CTI_TOKEN": "cti-path-token-123", "WECHAT_TOKEN": "wechat-token", "PBX_BASIC": "freeswitch:s3cret",
        "FORM_SECRET": "form-secret",
    ]

    static func gateway() throws -> Gateway {
        let directory = TestGateway.directory()
        let yaml = """
            journal: { path: \(directory)/journal.sqlite }
            sinks: [{ name: file, kind: jsonl, path: \(directory)/complaints.jsonl }]
            sources:
              - name: monitor
                door: webhook
                format: social.mention
                tags: [social-monitor]
                auth: { scheme: standard-webhooks, secrets: [{ name: current, env: MONITOR_SECRET }] }
              - name: forms
                door: webhook
                format: complaint
                auth: { scheme: hmac, header: X-Form-Signature, algorithm: sha256, encoding: base64, id_header: X-Form-Delivery, signed: "{id}.{body}", secrets: [{ env: FORM_SECRET }] }
              - name: pbx
                door: webhook
                format: cti.events
                auth: { scheme: bearer, allow_path_token: true, secrets: [{ env: CTI_TOKEN }] }
              - name: freeswitch
                door: webhook
                format: freeswitch.cdr
                allow_from: [127.0.0.1, "::1"]
                auth: { scheme: basic, secrets: [{ env: PBX_BASIC }] }
              - name: wechat
                door: webhook
                format: wechat.mp
                auth: { scheme: wechat, secrets: [{ env: WECHAT_TOKEN }] }
              - name: lan-only
                door: webhook
                format: complaint
                allow_from: [10.9.0.0/16]
                auth: { scheme: bearer, secrets: [{ env: CTI_TOKEN }] }
            """
        let configuration = try GatewayConfiguration.parse(yaml: yaml, environment: environment)
        return try Gateway(configuration: configuration, logger: Logger(label: "test"))
    }

    static func signed(_ body: String, id: String, at time: Date = Date(), key: Data = secretKey) -> HTTPFields {
        let timestamp = String(Int(time.timeIntervalSince1970))
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(id).\(timestamp).\(body)".utf8), using: SymmetricKey(data: key))
        return [
            .contentType: "application/json", HTTPField.Name("webhook-id")!: id, HTTPField.Name("webhook-timestamp")!: timestamp,
            HTTPField.Name("webhook-signature")!: "v1,\(Data(mac).base64EncodedString())",
        ]
    }

    func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any])
    }

    static let mention =
        #"{"platform":"weibo","mention_id":"M-1","author":{"handle":"@小王"},"text":"快递丢了，客服不理人，我要找媒体曝光！","posted_at":"2026-11-30T20:00:00+08:00"}"#

    @Test func aSignedMentionIsStoredOnceAndItsRetryIsARepeat() async throws {
        let gateway = try Self.gateway()
        try await gateway.makeApplication().test(.router) { client in
            let id = try await client.execute(
                uri: "/v1/webhooks/monitor",
                method: .post,
                headers: Self.signed(Self.mention, id: "msg_1"),
                body: ByteBuffer(string: Self.mention)
            ) {
                response in
                #expect(response.status == .accepted)
                let body = try json(response.body)
                #expect(body["status"] as? String == "accepted")
                return try #require(body["id"] as? String)
            }
            let stored = try #require(try await gateway.journal.complaint(id: id))
            #expect(stored.complaint.source == "monitor")
            #expect(stored.complaint.channel == .social)
            #expect(stored.complaint.externalID == "weibo:M-1")
            #expect(stored.complaint.tags.contains("social-monitor"))
            #expect(stored.complaint.urgencyReasons.contains("media"))
            #expect(stored.raw.data == Data(Self.mention.utf8))
            // The sender retries later: a new timestamp and signature, the same webhook-id and body.
            try await client.execute(
                uri: "/v1/webhooks/monitor",
                method: .post,
                headers: Self.signed(Self.mention, id: "msg_1", at: Date().addingTimeInterval(-60)),
                body: ByteBuffer(string: Self.mention)
            ) { response in
                #expect(response.status == .ok)
                let body = try json(response.body)
                #expect(body["id"] as? String == id)
                #expect(body["status"] as? String == "duplicate")
            }
            #expect(try await gateway.journal.countDeliveries(matching: DeliveryFilter()) == 1)
        }
    }

    @Test func badOrOldSignaturesAreRefusedWithoutSayingWhy() async throws {
        let gateway = try Self.gateway()
        try await gateway.makeApplication().test(.router) { client in
            let cases: [HTTPFields] = [
                Self.signed(Self.mention, id: "msg_2", key: Data(repeating: 7, count: 32)),
                Self.signed(Self.mention, id: "msg_2", at: Date().addingTimeInterval(-400)),
                Self.signed(Self.mention, id: "msg_2", at: Date().addingTimeInterval(400)),
                [.contentType: "application/json"],
            ]
            for headers in cases {
                try await client.execute(uri: "/v1/webhooks/monitor", method: .post, headers: headers, body: ByteBuffer(string: Self.mention)) {
                    response in
                    #expect(response.status == .unauthorized)
                    let text = String(buffer: response.body)
                    #expect(text.contains("could not be verified"))
                    #expect(!text.contains("window") && !text.contains("header") && !text.contains("secret"))
                }
            }
            // A body changed after signing.
            var headers = Self.signed(Self.mention, id: "msg_3")
            headers[.contentType] = "application/json"
            try await client.execute(uri: "/v1/webhooks/monitor", method: .post, headers: headers, body: ByteBuffer(string: Self.mention + " ")) {
                response in
                #expect(response.status == .unauthorized)
            }
            #expect(try await gateway.journal.countDeliveries(matching: DeliveryFilter()) == 0)
        }
    }

    @Test func unknownSourcesMediaTypesAndSizesGetTheirOwnAnswers() async throws {
        let gateway = try Self.gateway()
        try await gateway.makeApplication().test(.router) { client in
            try await client.execute(uri: "/v1/webhooks/nobody", method: .post, body: ByteBuffer(string: "{}")) { response in
                #expect(response.status == .notFound)
            }
            var headers = Self.signed("hello", id: "msg_4")
            headers[.contentType] = "text/plain"
            try await client.execute(uri: "/v1/webhooks/monitor", method: .post, headers: headers, body: ByteBuffer(string: "hello")) { response in
                #expect(response.status == .unsupportedMediaType)
            }
            let notJSON = "{not json"
            try await client.execute(
                uri: "/v1/webhooks/monitor",
                method: .post,
                headers: Self.signed(notJSON, id: "msg_5"),
                body: ByteBuffer(string: notJSON)
            ) {
                response in
                #expect(response.status == .badRequest)
                let answer = try json(response.body)
                #expect(answer["error"] as? String == "malformed_payload")
            }
            let large = String(repeating: "x", count: 1 << 21)
            try await client.execute(
                uri: "/v1/webhooks/monitor",
                method: .post,
                headers: Self.signed(large, id: "msg_6"),
                body: ByteBuffer(string: large)
            ) {
                response in
                #expect(response.status == .contentTooLarge)
            }
            // A source that only takes requests from its network.
            try await client.execute(
                uri: "/v1/webhooks/lan-only",
                method: .post,
                headers: [.authorization: "Bearer cti-path-token-123", .contentType: "application/json"],
                body: ByteBuffer(string: #"{"body":"x","complainant":{"name":"a"}}"#)
            ) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test func aBatchAnswersItemByItem() async throws {
        let gateway = try Self.gateway()
        let batch = """
            [\(Self.mention),
             {"platform":"weibo","mention_id":"M-2","author":{"name":"无名"},"text":""},
             {"platform":"douyin","mention_id":"M-3","author":{"id":"9988"},"text":"直播间卖的充电宝鼓包了"}]
            """
        try await gateway.makeApplication().test(.router) { client in
            try await client.execute(
                uri: "/v1/webhooks/monitor",
                method: .post,
                headers: Self.signed(batch, id: "msg_batch"),
                body: ByteBuffer(string: batch)
            ) {
                response in
                #expect(response.status == .accepted)
                let results = try #require(try json(response.body)["results"] as? [[String: Any]])
                #expect(results.map { $0["status"] as? String } == ["accepted", "refused", "accepted"])
                #expect(results.map { $0["index"] as? Int } == [0, 1, 2])
                let issues = try #require(results[1]["issues"] as? [[String: Any]])
                let fields = Set(issues.compactMap { $0["field"] as? String })
                #expect(fields.contains("author.handle"))
                #expect(fields.contains("text"))
            }
            #expect(try await gateway.journal.countDeliveries(matching: DeliveryFilter()) == 2)
            // The same delivery again: every stored item is a repeat, the refused one refused again.
            try await client.execute(
                uri: "/v1/webhooks/monitor",
                method: .post,
                headers: Self.signed(batch, id: "msg_batch"),
                body: ByteBuffer(string: batch)
            ) {
                response in
                #expect(response.status == .ok)
                let results = try #require(try json(response.body)["results"] as? [[String: Any]])
                #expect(results.map { $0["status"] as? String } == ["duplicate", "refused", "duplicate"])
            }
            #expect(try await gateway.journal.countDeliveries(matching: DeliveryFilter()) == 2)
        }
    }

    @Test func aDeliveryIDIsTheKeyOfAComplaintWithoutAnExternalID() async throws {
        let gateway = try Self.gateway()
        let body = #"{"body":"网上表单：门店员工态度差","complainant":{"phone":"13900139000"}}"#
        @Sendable func headers(_ delivery: String) -> HTTPFields {
            let mac = HMAC<SHA256>.authenticationCode(for: Data("\(delivery).\(body)".utf8), using: SymmetricKey(data: Data("form-secret".utf8)))
            return [
                .contentType: "application/json", HTTPField.Name("X-Form-Signature")!: Data(mac).base64EncodedString(),
                HTTPField.Name("X-Form-Delivery")!: delivery,
            ]
        }
        try await gateway.makeApplication().test(.router) { client in
            let first = try await client.execute(uri: "/v1/webhooks/forms", method: .post, headers: headers("d-1"), body: ByteBuffer(string: body)) {
                response in
                #expect(response.status == .accepted)
                return try json(response.body)["id"] as? String
            }
            try await client.execute(uri: "/v1/webhooks/forms", method: .post, headers: headers("d-1"), body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                let answer = try json(response.body)
                #expect(answer["id"] as? String == first)
            }
            var forged = headers("d-2")
            forged[HTTPField.Name("X-Form-Signature")!] = "AAAA"
            try await client.execute(uri: "/v1/webhooks/forms", method: .post, headers: forged, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func ctiEventsByPathTokenBecomeOneCallAtHangUp() async throws {
        let gateway = try Self.gateway()
        try await gateway.makeApplication().test(.router) { client in
            let events = [
                #"{"event":"newCall","from":"8613800138000","to":"95000","direction":"in","callId":"c-77","user":"王芳"}"#,
                #"{"event":"answer","from":"8613800138000","to":"95000","direction":"in","callId":"c-77","answeringNumber":"8042"}"#,
                #"{"event":"hangup","from":"8613800138000","to":"95000","direction":"in","callId":"c-77","cause":"normalClearing","notes":"投诉话费多扣了30元"}"#,
            ]
            for event in events {
                try await client.execute(
                    uri: "/v1/webhooks/pbx/cti-path-token-123",
                    method: .post,
                    headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: event)
                ) {
                    response in
                    #expect(response.status == .ok)
                    #expect(String(buffer: response.body) == "{}")
                }
            }
            try await client.execute(
                uri: "/v1/webhooks/pbx/wrong-token",
                method: .post,
                headers: [.contentType: "application/json"],
                body: ByteBuffer(string: events[2])
            ) {
                response in
                #expect(response.status == .unauthorized)
            }
            let records = try await gateway.journal.deliveries(matching: DeliveryFilter(), limit: 10, offset: 0)
            #expect(records.count == 1)
            let first = try #require(records.first)
            let stored = try #require(try await gateway.journal.complaint(id: first.key.complaintID))
            #expect(stored.complaint.externalID == "c-77")
            #expect(stored.complaint.body == "投诉话费多扣了30元")
            #expect(stored.complaint.complainant.phone == "+8613800138000")
            #expect(stored.complaint.category == .billing)
        }
    }

    @Test func freeswitchRecordsNeedBasicCredentials() async throws {
        let gateway = try Self.gateway()
        let cdr = try String(contentsOf: FormatFixtures.directory.appendingPathComponent("freeswitch-cdr.json"), encoding: .utf8)
        let form = "cdr=" + cdr.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        try await gateway.makeApplication().test(.router) { client in
            let good: HTTPFields = [
                .authorization: "Basic \(Data("freeswitch:s3cret".utf8).base64EncodedString())", .contentType: "application/x-www-form-urlencoded",
            ]
            // The in-process test client has no address, so the allow-list refuses it; the live test checks loopback.
            try await client.execute(uri: "/v1/webhooks/freeswitch", method: .post, headers: good, body: ByteBuffer(string: form)) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test func wechatHandshakeAndMessagePush() async throws {
        let gateway = try Self.gateway()
        let timestamp = String(Int(Date().timeIntervalSince1970))
        let nonce = "339201"
        let signature = Insecure.SHA1.hash(data: Data([timestamp, nonce, "wechat-token"].sorted().joined().utf8)).map { String(format: "%02x", $0) }
            .joined()
        let query = "signature=\(signature)&timestamp=\(timestamp)&nonce=\(nonce)"
        try await gateway.makeApplication().test(.router) { client in
            try await client.execute(uri: "/v1/webhooks/wechat?\(query)&echostr=5838479218127813673", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "5838479218127813673")
            }
            try await client.execute(uri: "/v1/webhooks/wechat?signature=0000&timestamp=\(timestamp)&nonce=\(nonce)&echostr=1", method: .get) {
                response in
                #expect(response.status == .unauthorized)
                #expect(!String(buffer: response.body).contains("1"))
            }
            let xml = try String(contentsOf: FormatFixtures.directory.appendingPathComponent("wechat-text.xml"), encoding: .utf8)
            for _ in 0..<2 {
                try await client.execute(
                    uri: "/v1/webhooks/wechat?\(query)&openid=oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
                    method: .post,
                    headers: [.contentType: "text/xml"],
                    body: ByteBuffer(string: xml)
                ) {
                    response in
                    #expect(response.status == .ok)
                    #expect(String(buffer: response.body) == "success")
                }
            }
            // The signed URL names another sender than the body: not this push.
            try await client.execute(
                uri: "/v1/webhooks/wechat?\(query)&openid=someone-else",
                method: .post,
                headers: [.contentType: "text/xml"],
                body: ByteBuffer(string: xml)
            ) { response in
                #expect(response.status == .badRequest)
            }
            let records = try await gateway.journal.deliveries(matching: DeliveryFilter(), limit: 10, offset: 0)
            #expect(records.count == 1)
            let first = try #require(records.first)
            let stored = try #require(try await gateway.journal.complaint(id: first.key.complaintID))
            #expect(stored.complaint.body.hasPrefix("你们的外卖骑手把汤洒了一地"))
            #expect(stored.complaint.complainant.handle == "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
        }
    }
}

enum FormatFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
        "Fixtures/webhook"
    )
}
