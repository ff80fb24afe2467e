import Foundation
import HTTPTypes
import HummingbirdTesting
import IntakeCore
import IntakeServer
import Logging
import NIOCore
import Testing

struct NativeDoorTests {
    static let complaint = #"{"external_id":"call-1","complainant":{"name":"张三","phone":"138 0013 8000"},"body":"司机绕路，多收费。","severity":2}"#

    func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any])
    }

    var authorized: HTTPFields { [.authorization: "Bearer \(TestGateway.token)", .contentType: "application/json"] }

    @Test func acceptsAComplaintAfterCommitAndAnswersARepeatWithTheOriginalID() async throws {
        let gateway = try TestGateway.make()
        try await gateway.makeApplication().test(.router) { client in
            let id = try await client.execute(uri: "/v1/complaints", method: .post, headers: authorized, body: TestGateway.buffer(Self.complaint)) {
                response in
                #expect(response.status == .accepted)
                let body = try json(response.body)
                #expect(body["status"] as? String == "accepted")
                return try #require(body["id"] as? String)
            }
            // Committed before the answer: the journal has it now.
            let stored = try #require(try await gateway.journal.complaint(id: id))
            #expect(stored.complaint.source == "callcenter")
            #expect(stored.complaint.channel == .hotline)
            #expect(stored.complaint.complainant.phone == "+8613800138000")
            #expect(stored.complaint.body == "司机绕路，多收费。")
            #expect(stored.raw.data == Data(Self.complaint.utf8))
            try await client.execute(uri: "/v1/complaints", method: .post, headers: authorized, body: TestGateway.buffer(Self.complaint)) {
                response in
                #expect(response.status == .ok)
                let body = try json(response.body)
                #expect(body["id"] as? String == id)
                #expect(body["status"] as? String == "duplicate")
            }
            try await client.execute(uri: "/v1/complaints/\(id)", method: .get, headers: authorized) { response in
                #expect(response.status == .ok)
                let body = try json(response.body)
                #expect(body["id"] as? String == id)
                #expect(body["schema_version"] as? Int == 1)
                #expect((body["sla"] as? [String: Any])?["respond_by"] is String)
            }
            #expect(try await gateway.journal.countDeliveries(matching: DeliveryFilter()) == 1)
        }
    }

    @Test func theIdempotencyKeyHeaderMakesARepeat() async throws {
        let gateway = try TestGateway.make()
        try await gateway.makeApplication().test(.router) { client in
            var headers = authorized
            headers[HTTPField.Name("Idempotency-Key")!] = "req-42"
            let first = try await client.execute(
                uri: "/v1/complaints",
                method: .post,
                headers: headers,
                body: TestGateway.buffer(#"{"complainant":{"name":"a"},"body":"one"}"#)
            ) {
                try json($0.body)["id"] as? String
            }
            try await client.execute(
                uri: "/v1/complaints",
                method: .post,
                headers: headers,
                body: TestGateway.buffer(#"{"complainant":{"name":"a"},"body":"one"}"#)
            ) {
                response in
                #expect(response.status == .ok)
                let answer = try json(response.body)
                #expect(answer["id"] as? String == first)
            }
            // The same key for a different request is a client bug, not a repeat: refused, nothing stored.
            try await client.execute(
                uri: "/v1/complaints",
                method: .post,
                headers: headers,
                body: TestGateway.buffer(#"{"complainant":{"name":"a"},"body":"two"}"#)
            ) {
                response in
                #expect(response.status == .unprocessableContent)
                let answer = try json(response.body)
                #expect(answer["error"] as? String == "idempotency_key_reused")
            }
            #expect(try await gateway.journal.countDeliveries(matching: DeliveryFilter()) == 1)
        }
    }

    @Test func concurrentRequestsReusingAKeyStoreOneAndRefuseTheOther() async throws {
        let gateway = try TestGateway.make()
        try await gateway.makeApplication().test(.router) { client in
            var fields = authorized
            fields[HTTPField.Name("Idempotency-Key")!] = "race-1"
            let headers = fields
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for body in ["first", "second"] {
                    group.addTask {
                        try await client.execute(
                            uri: "/v1/complaints",
                            method: .post,
                            headers: headers,
                            body: TestGateway.buffer(#"{"complainant":{"name":"a"},"body":"\#(body)"}"#)
                        ) { $0.status }
                    }
                }
                var statuses: [HTTPResponse.Status] = []
                for try await status in group { statuses.append(status) }
                return statuses
            }
            #expect(statuses.sorted { $0.code < $1.code } == [.accepted, .unprocessableContent])
            #expect(try await gateway.journal.countDeliveries(matching: DeliveryFilter()) == 1)
        }
    }

    @Test func refusesAnInvalidComplaintWithEveryFieldProblemAndStoresNothing() async throws {
        let gateway = try TestGateway.make()
        try await gateway.makeApplication().test(.router) { client in
            let body = #"{"complainant":{"phone":"12","email":"nope"},"body":"  ","severity":7,"colour":"red","occurred_at":"soon"}"#
            try await client.execute(uri: "/v1/complaints", method: .post, headers: authorized, body: TestGateway.buffer(body)) { response in
                #expect(response.status == .badRequest)
                let answer = try json(response.body)
                #expect(answer["error"] as? String == "invalid_complaint")
                let issues = try #require(answer["issues"] as? [[String: String]])
                #expect(
                    Set(issues.compactMap { $0["field"] }) == ["colour", "occurred_at", "complainant.phone", "complainant.email", "body", "severity"]
                )
                #expect(issues.allSatisfy { !($0["message"] ?? "").isEmpty && !($0["code"] ?? "").isEmpty })
            }
            #expect(try await gateway.journal.countDeliveries(matching: DeliveryFilter()) == 0)
        }
    }

    @Test func takesABatchAllOrNothing() async throws {
        let gateway = try TestGateway.make()
        try await gateway.makeApplication().test(.router) { client in
            let bad =
                #"[{"complainant":{"name":"a"},"body":"one"},{"complainant":{"name":"b"}},{"complainant":{"name":"c"},"body":"three","severity":0}]"#
            try await client.execute(uri: "/v1/complaints", method: .post, headers: authorized, body: TestGateway.buffer(bad)) { response in
                #expect(response.status == .badRequest)
                let issues = try #require(try json(response.body)["issues"] as? [[String: String]])
                #expect(issues.compactMap { $0["field"] } == ["[1].body", "[2].severity"])
            }
            #expect(try await gateway.journal.countDeliveries(matching: DeliveryFilter()) == 0)
            let good = #"[{"complainant":{"name":"a"},"body":"one"},{"complainant":{"name":"b"},"body":"two"}]"#
            try await client.execute(uri: "/v1/complaints", method: .post, headers: authorized, body: TestGateway.buffer(good)) { response in
                #expect(response.status == .accepted)
                let results = try #require(try json(response.body)["results"] as? [[String: String]])
                #expect(results.count == 2 && results.allSatisfy { $0["status"] == "accepted" })
            }
            let tooMany = "[" + Array(repeating: #"{"complainant":{"name":"a"},"body":"x"}"#, count: 11).joined(separator: ",") + "]"
            try await client.execute(uri: "/v1/complaints", method: .post, headers: authorized, body: TestGateway.buffer(tooMany)) { response in
                #expect(response.status == .contentTooLarge)
                let answer = try json(response.body)
                #expect(answer["error"] as? String == "batch_too_large")
            }
        }
    }

    @Test func refusesCallersWithoutAValidToken() async throws {
        let gateway = try TestGateway.make()
        try await gateway.makeApplication().test(.router) { client in
            for headers: HTTPFields in [[.contentType: "application/json"], [.contentType: "application/json", .authorization: "Bearer wrong"]] {
                try await client.execute(uri: "/v1/complaints", method: .post, headers: headers, body: TestGateway.buffer(Self.complaint)) {
                    response in
                    #expect(response.status == .unauthorized)
                    #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                }
            }
        }
    }

    @Test func refusesBodiesThatAreNotJSONOrTooLarge() async throws {
        let gateway = try TestGateway.make()
        try await gateway.makeApplication().test(.router) { client in
            var text = authorized
            text[.contentType] = "text/plain"
            try await client.execute(uri: "/v1/complaints", method: .post, headers: text, body: TestGateway.buffer(Self.complaint)) { response in
                #expect(response.status == .unsupportedMediaType)
            }
            let huge = #"{"complainant":{"name":"a"},"body":""# + String(repeating: "长", count: 30_000) + #""}"#
            try await client.execute(uri: "/v1/complaints", method: .post, headers: authorized, body: TestGateway.buffer(huge)) { response in
                #expect(response.status == .contentTooLarge)
            }
            try await client.execute(uri: "/v1/complaints", method: .post, headers: authorized, body: TestGateway.buffer("{not json")) { response in
                #expect(response.status == .badRequest)
                let answer = try json(response.body)
                #expect(answer["error"] as? String == "invalid_complaint")
            }
        }
    }

    @Test func answers503WithRetryAfterWhenTheJournalCannotKeepUp() async throws {
        let gateway = try TestGateway.make(journal: OverloadedJournal())
        try await gateway.makeApplication().test(.router) { client in
            try await client.execute(uri: "/v1/complaints", method: .post, headers: authorized, body: TestGateway.buffer(Self.complaint)) {
                response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "1")
            }
            try await client.execute(uri: "/readyz", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
            }
        }
    }

    @Test func aSourceSeesOnlyItsOwnComplaints() async throws {
        let gateway = try TestGateway.make { configuration in
            configuration.sources.append(
                .init(
                    intake: IntakeSource(name: "monitor", defaultChannel: .social),
                    tokens: [.init(name: "m", value: "monitor-token")],
                    allowsLoopbackWithoutToken: false
                )
            )
        }
        try await gateway.makeApplication().test(.router) { client in
            let id = try await client.execute(uri: "/v1/complaints", method: .post, headers: authorized, body: TestGateway.buffer(Self.complaint)) {
                try json($0.body)["id"] as? String
            }
            let id2 = try #require(id)
            try await client.execute(uri: "/v1/complaints/\(id2)", method: .get, headers: [.authorization: "Bearer monitor-token"]) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/v1/complaints/\(id2)", method: .get, headers: [.authorization: "Bearer \(TestGateway.adminToken)"]) {
                response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func loopbackCallersNeedNoTokenOnTheEmbeddedDefaults() async throws {
        var configuration = GatewayConfiguration.embeddedDefault(directory: TestGateway.directory())
        configuration.port = 0
        let gateway = try Gateway(configuration: configuration, logger: .init(label: "test"))
        try await gateway.makeApplication().test(.live) { client in
            try await client.execute(
                uri: "/v1/complaints",
                method: .post,
                headers: [.contentType: "application/json"],
                body: TestGateway.buffer(Self.complaint)
            ) {
                response in
                #expect(response.status == .accepted)
            }
            try await client.execute(uri: "/v1/admin/stats", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }
}
