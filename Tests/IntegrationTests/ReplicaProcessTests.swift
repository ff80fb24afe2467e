import Foundation
import IntakeTesting
import Testing

/// Several gateway processes on one PostgreSQL journal, one of them killed with SIGKILL mid-load.
@Suite(.serialized) struct ReplicaProcessTests {
    static func server() async throws -> ThrowawayPostgres? {
        guard ThrowawayPostgres.isInstalled else {
            if ProcessInfo.processInfo.environment["INTAKE_REQUIRE_TOOLS"] == "1" {
                Issue.record("PostgreSQL is not installed; scripts/test installs it")
            } else {
                print("⚠️  SKIPPED the replica tests: apt-get install postgresql, or run scripts/test")
            }
            return nil
        }
        return try await ThrowawayPostgres.start()
    }

    static func replica(_ name: String, postgres: ThrowawayPostgres, extra: String = "") throws -> GatewayProcess {
        let gateway = try GatewayProcess(
            config: """
                server: { host: 127.0.0.1, port: PORT }
                journal: { kind: postgres, host: 127.0.0.1, port: \(postgres.port), user: intake, database: intake, tls: disable, replica: \(name) }
                sources:
                  - name: callcenter
                    channel: hotline
                sinks:
                  - name: file
                    kind: jsonl
                    path: DIR/out/complaints.jsonl
                    retry: { initial_delay: 50ms, max_delay: 500ms, max_attempts: 1000 }
                \(extra)
                """
        )
        try FileManager.default.createDirectory(at: gateway.sinkFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        return gateway
    }

    static func complaint(_ index: Int) -> String {
        #"{"external_id":"call-\#(index)","complainant":{"name":"乘客\#(index)","phone":"1390013\#(String(format: "%04d", index))"},"body":"第\#(index)号投诉：司机绕路，多收车费。","severity":3}"#
    }

    @Test func replicasShareTheLoadAndAKilledOneLosesNothingAndStoresNothingTwice() async throws {
        guard let postgres = try await Self.server() else { return }
        let first = try Self.replica("r1", postgres: postgres)
        let second = try Self.replica("r2", postgres: postgres)
        try await first.start()
        try await second.start()
        defer {
            first.kill()
            second.kill()
        }
        #expect(first.log().contains("journal: PostgreSQL intake@127.0.0.1:\(postgres.port)/intake"))

        let total = 400
        let acknowledged = Locked<[Int: String]>([:])
        let byReplica = Locked([0, 0])
        let killed = Locked(false)
        let next = Locked(0)
        // 8 clients spread over both replicas, as a load balancer would; the first replica is killed once 150 are
        // acknowledged. A request that fails is sent again to the other replica (the same external id: a repeat).
        try await withThrowingTaskGroup(of: Void.self) { group in
            for client in 0..<8 {
                group.addTask {
                    while true {
                        let index = next.withLock { value -> Int in
                            defer { value += 1 }
                            return value
                        }
                        guard index < total else { return }
                        var target = (client + index) % 2
                        for _ in 0..<20 {
                            let gateway = target == 0 ? first : second
                            if let (data, status) = try? await HTTP.postJSON(
                                gateway.baseURL.appendingPathComponent("v1/complaints"),
                                Self.complaint(index)
                            ),
                                (200..<300).contains(status),
                                let answer = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let id = answer["id"] as? String
                            {
                                acknowledged.withLock { $0[index] = id }
                                byReplica.withLock { $0[target] += 1 }
                                break
                            }
                            target = 1 - target
                            try await Task.sleep(for: .milliseconds(20))
                        }
                        if acknowledged.withLock({ $0.count }) >= 150,
                            killed.withLock({ value in
                                defer { value = true }
                                return !value
                            })
                        {
                            first.kill()
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        let ids = acknowledged.withLock { $0 }
        #expect(ids.count == total, "every complaint was acknowledged by one replica or the other")
        #expect(byReplica.withLock { $0.allSatisfy { $0 > 0 } }, "both replicas took load: \(byReplica.withLock { $0 })")
        // The killed replica comes back (its claims released at start) and both drain the journal.
        try await first.start()
        try await second.waitFor("every acknowledged complaint in a sink", timeout: .seconds(90)) {
            let delivered = Set(try first.sinkIDs() + second.sinkIDs())
            return Set(ids.values).isSubset(of: delivered)
        }
        let stats = try await second.stats()
        #expect(stats["pending", default: 0] + stats["retrying", default: 0] + stats["delivered", default: 0] == total, "\(stats)")
        // Stored once: one delivery per complaint, and each id in the sinks once, but for the at-least-once retry of a
        // delivery whose replica died after writing it (at most a batch).
        let lines = try first.sinkIDs() + second.sinkIDs()
        let repeats = lines.count - Set(lines).count
        #expect(repeats <= 64, "\(repeats) complaints were delivered twice")
        #expect(Set(ids.values).count == total)
        let listed = try await second.run(["deliveries", "--config", second.configFile.path, "--json", "--limit", "1000"])
        #expect(listed.status == 0, "\(listed.output)")
    }

    @Test func readinessFollowsTheDatabase() async throws {
        guard let postgres = try await Self.server() else { return }
        let gateway = try Self.replica("h1", postgres: postgres)
        try await gateway.start()
        defer { gateway.kill() }
        let ready = gateway.baseURL.appendingPathComponent("readyz")
        #expect(try await HTTP.get(ready).1 == 200)
        try postgres.stop()
        try await gateway.waitFor("not ready without the database") { try await HTTP.get(ready).1 == 503 }
        let (_, refused) = try await HTTP.postJSON(gateway.baseURL.appendingPathComponent("v1/complaints"), Self.complaint(1))
        #expect(refused == 503, "a complaint that cannot be stored is not acknowledged")
        try postgres.restart()
        try await gateway.waitFor("ready again", timeout: .seconds(90)) { try await HTTP.get(ready).1 == 200 }
        try await gateway.waitFor("stored again") {
            try await HTTP.postJSON(gateway.baseURL.appendingPathComponent("v1/complaints"), Self.complaint(2)).1 == 202
        }
    }

    @Test func anSQLiteJournalIsCopiedIntoPostgreSQLWithItsUndeliveredItems() async throws {
        guard let postgres = try await Self.server() else { return }
        // The old gateway: a file sink that works and a helpdesk that is down (one attempt, then dead).
        let helpdesk = try GatewayProcess.freePort()
        let old = try GatewayProcess(
            config: """
                server: { host: 127.0.0.1, port: PORT }
                journal: { path: DIR/journal.sqlite }
                sources:
                  - name: callcenter
                    channel: hotline
                sinks:
                  - { name: file, kind: jsonl, path: DIR/out/complaints.jsonl }
                  - { name: helpdesk, kind: http, url: "http://127.0.0.1:\(helpdesk)/x", retry: { max_attempts: 1 } }
                """
        )
        try FileManager.default.createDirectory(at: old.sinkFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try await old.start()
        for index in 0..<12 {
            let (_, status) = try await HTTP.postJSON(old.baseURL.appendingPathComponent("v1/complaints"), Self.complaint(index))
            #expect(status == 202)
        }
        try await old.waitFor("the file delivered and the helpdesk dead") {
            let stats = try await old.stats()
            return stats["delivered"] == 12 && stats["dead"] == 12
        }
        #expect(try await old.stop() == 0)
        let new = try Self.replica("n1", postgres: postgres)
        let copy = try await old.run(["journal", "copy", "--from", old.configFile.path, "--to", new.configFile.path])
        #expect(copy.status == 0, "\(copy.output)")
        #expect(copy.output.contains("copied 12 complaint(s) (0 there already)"), "\(copy.output)")
        let again = try await old.run(["journal", "copy", "--from", old.configFile.path, "--to", new.configFile.path])
        #expect(again.output.contains("copied 0 complaint(s) (12 there already)"), "\(again.output)")
        // The new gateway sees the same state: delivered stays delivered, dead stays dead (for a replay).
        try await new.start()
        defer { new.kill() }
        let stats = try await new.stats()
        #expect(stats["delivered"] == 12 && stats["dead"] == 12, "\(stats)")
        let dead = try await new.run(["deliveries", "--config", new.configFile.path, "--status", "dead", "--json", "--limit", "100"])
        #expect(dead.output.contains("Connection refused") || dead.output.contains("connection"), "\(dead.output.prefix(2000))")
        // The same complaint sent again to the new gateway is a repeat, not a second complaint.
        let (_, status) = try await HTTP.postJSON(new.baseURL.appendingPathComponent("v1/complaints"), Self.complaint(3))
        #expect(status == 200)
    }

    @Test func aMailboxIsPolledByOneReplicaAndTakenOverWhenItDies() async throws {
        guard EmailProcessTests.dovecotReady(), let postgres = try await Self.server() else { return }
        let dovecot = try await ThrowawayDovecot.start()
        let email = """
            sources:
              - name: support-inbox
                door: email
                email:
                  url: "imaps://localhost:\(dovecot.imapsPort)"
                  ca_file: \(dovecot.caFile)
                  username: \(dovecot.user)
                  password: { env: MAIL_PASSWORD }
                  interval: 1s
            """
        func mailReplica(_ name: String) throws -> GatewayProcess {
            let gateway = try GatewayProcess(
                config: """
                    server: { host: 127.0.0.1, port: PORT }
                    journal: { kind: postgres, host: 127.0.0.1, port: \(postgres.port), user: intake, database: intake, tls: disable, replica: \(name) }
                    \(email)
                    sinks:
                      - { name: file, kind: jsonl, path: DIR/out/complaints.jsonl }
                    """,
                environment: ["MAIL_PASSWORD": dovecot.password]
            )
            try FileManager.default.createDirectory(at: gateway.sinkFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            return gateway
        }
        let first = try mailReplica("m1")
        let second = try mailReplica("m2")
        try await first.start()
        try await second.start()
        defer {
            first.kill()
            second.kill()
        }
        _ = try await EmailProcessTests.append(dovecot, "INBOX", (0..<5).map { EmailProcessTests.mail($0, tag: "replica") }, in: dovecot.directory)
        try await first.waitFor("five mails stored") { Set(try first.sinkIDs() + second.sinkIDs()).count == 5 }
        let standing = [first, second].filter { $0.log().contains("another replica polls this mailbox; standing by") }
        #expect(standing.count == 1, "exactly one replica stands by")
        let poller = standing.first === first ? second : first
        let other = poller === first ? second : first
        poller.kill()
        _ = try await EmailProcessTests.append(dovecot, "INBOX", (5..<8).map { EmailProcessTests.mail($0, tag: "replica") }, in: dovecot.directory)
        try await other.waitFor("the other replica took over", timeout: .seconds(60)) { other.log().contains("took over polling this mailbox") }
        try await other.waitFor("eight mails stored") { Set(try first.sinkIDs() + second.sinkIDs()).count == 8 }
        let all = try first.sinkIDs() + second.sinkIDs()
        #expect(all.count == Set(all).count, "no mail stored or delivered twice")
    }
}
