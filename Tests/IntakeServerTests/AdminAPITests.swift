import Foundation
import HTTPTypes
import HummingbirdTesting
import IntakeCore
import IntakeServer
import IntakeTesting
import NIOCore
import Testing

struct AdminAPITests {
    var admin: HTTPFields { [.authorization: "Bearer \(TestGateway.adminToken)", .contentType: "application/json"] }

    func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any])
    }

    /// Appends `count` complaints and makes their deliveries dead, as a failed sink would.
    func deadDeliveries(_ gateway: Gateway, count: Int) async throws -> [String] {
        let entries = (0..<count).map { _ in Fixtures.entry(sinks: ["file"]) }
        let ids = try await gateway.journal.append(entries).map(\.id)
        let now = Date()
        let claims = try await gateway.journal.claimDue(sink: "file", now: now, limit: 100, lease: .seconds(60))
        try await gateway.journal.record(
            claims.map {
                DeliveryResult(key: $0.record.key, transition: .dead, attempt: 1, startedAt: now, finishedAt: now, error: "permanent: HTTP 422")
            }
        )
        return ids
    }

    @Test func listsDeliveriesByFilter() async throws {
        let gateway = try TestGateway.make()
        let ids = try await deadDeliveries(gateway, count: 3)
        try await gateway.makeApplication().test(.router) { client in
            try await client.execute(uri: "/v1/admin/deliveries?status=dead&sink=file&error=422&limit=2", method: .get, headers: admin) { response in
                #expect(response.status == .ok)
                let body = try json(response.body)
                #expect(body["total"] as? Int == 3)
                let deliveries = try #require(body["deliveries"] as? [[String: Any]])
                #expect(deliveries.count == 2)
                #expect(deliveries.allSatisfy { $0["status"] as? String == "dead" && $0["last_error"] as? String == "permanent: HTTP 422" })
            }
            try await client.execute(uri: "/v1/admin/deliveries?status=lost", method: .get, headers: admin) { response in
                #expect(response.status == .badRequest)
                let answer = try json(response.body)
                #expect(answer["error"] as? String == "invalid_filter")
            }
            try await client.execute(uri: "/v1/admin/complaints/\(ids[0])", method: .get, headers: admin) { response in
                #expect(response.status == .ok)
                let body = try json(response.body)
                #expect((body["complaint"] as? [String: Any])?["id"] as? String == ids[0])
                #expect((body["raw"] as? [String: Any])?["text"] as? String == "{}")
                #expect((body["attempts"] as? [[String: Any]])?.first?["outcome"] as? String == "dead")
            }
        }
    }

    @Test func replaysWithADryRunFirstAndAuditsWhoDidIt() async throws {
        let gateway = try TestGateway.make()
        let ids = try await deadDeliveries(gateway, count: 4)
        try await gateway.makeApplication().test(.router) { client in
            var headers = admin
            headers[HTTPField.Name("X-Intake-Actor")!] = "alice"
            let dry = #"{"filter":{"sink":"file"},"dry_run":true}"#
            try await client.execute(uri: "/v1/admin/replay", method: .post, headers: headers, body: TestGateway.buffer(dry)) { response in
                #expect(response.status == .ok)
                let body = try json(response.body)
                #expect(body["matched"] as? Int == 4 && body["requeued"] as? Int == 0 && body["dry_run"] as? Bool == true)
            }
            #expect(try await gateway.journal.countDeliveries(matching: DeliveryFilter(statuses: [.dead])) == 4)
            let one = #"{"ids":["\#(ids[0])"]}"#
            try await client.execute(uri: "/v1/admin/replay", method: .post, headers: headers, body: TestGateway.buffer(one)) { response in
                let answer = try json(response.body)
                #expect(answer["requeued"] as? Int == 1)
            }
            let all = #"{"filter":{"status":["dead"]},"rate":1000}"#
            try await client.execute(uri: "/v1/admin/replay", method: .post, headers: headers, body: TestGateway.buffer(all)) { response in
                let answer = try json(response.body)
                #expect(answer["requeued"] as? Int == 3)
            }
            #expect(try await gateway.journal.countDeliveries(matching: DeliveryFilter(statuses: [.pending])) == 4)
            try await client.execute(uri: "/v1/admin/audit", method: .get, headers: admin) { response in
                let entries = try #require(try json(response.body)["entries"] as? [[String: Any]])
                #expect(entries.count == 2)
                #expect(entries.allSatisfy { $0["actor"] as? String == "ops (alice)" && $0["action"] as? String == "replay" })
                #expect(entries.map { $0["count"] as? Int } == [3, 1])
            }
        }
    }

    @Test func refusesCallersWithoutAnAdminToken() async throws {
        let gateway = try TestGateway.make()
        try await gateway.makeApplication().test(.router) { client in
            for headers: HTTPFields in [[:], [.authorization: "Bearer \(TestGateway.token)"]] {
                try await client.execute(uri: "/v1/admin/deliveries", method: .get, headers: headers) { response in
                    #expect(response.status == .unauthorized)
                }
                try await client.execute(uri: "/v1/admin/replay", method: .post, headers: headers, body: TestGateway.buffer("{}")) { response in
                    #expect(response.status == .unauthorized)
                }
            }
        }
    }

    @Test func exposesHealthAndPrometheusMetrics() async throws {
        let gateway = try TestGateway.make()
        _ = try await deadDeliveries(gateway, count: 2)
        try await gateway.makeApplication().test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/readyz", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                let text = String(buffer: response.body)
                #expect(text.contains(#"intake_deliveries_dead{sink="file"} 2.0"#))
                #expect(text.contains(#"intake_deliveries_pending{sink="file"} 0.0"#))
                #expect(text.contains("intake_oldest_undelivered_age_seconds"))
            }
        }
    }
}
