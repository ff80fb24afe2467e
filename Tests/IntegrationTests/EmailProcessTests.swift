import Foundation
import IntakeCore
import IntakeTesting
import Testing

/// The e-mail door of the built binary against a real Dovecot on loopback (IMAPS with a throwaway certificate,
/// `scripts/dovecot-throwaway`), mail loaded with Python's imaplib APPEND (`Support/imap_tool.py`): every mail
/// arrives once across restarts and a SIGKILL in mid-batch, the UID cursor survives, a UIDVALIDITY change makes no
/// duplicates, poisoned and oversized mails are kept as failed inputs without stopping the mailbox, `\Seen`, move and
/// delete behave as configured, and hostile and 20 MB mails come through byte-exact.
@Suite(.serialized)
struct EmailProcessTests {
    static func dovecotReady() -> Bool {
        if ThrowawayDovecot.isInstalled { return true }
        if ProcessInfo.processInfo.environment["INTAKE_REQUIRE_TOOLS"] == "1" {
            Issue.record("Dovecot is missing; scripts/test installs dovecot-imapd")
        } else {
            print("⚠️  SKIPPED the IMAP tests: apt-get install dovecot-imapd, or run scripts/test")
        }
        return false
    }

    /// A gateway configuration with one e-mail source per entry of `sources` (YAML of the `email:` settings beyond
    /// the server and login).
    static func config(_ dovecot: ThrowawayDovecot, sources: [(name: String, settings: String)]) -> String {
        var text = """
            server: { host: 127.0.0.1, port: PORT }
            journal: { path: DIR/journal.sqlite }
            sinks:
              - { name: file, kind: jsonl, path: DIR/out/complaints.jsonl }
            sources:

            """
        for source in sources {
            text += """
                  - name: \(source.name)
                    door: email
                    email: { url: "imaps://localhost:\(dovecot.imapsPort)", username: testuser, password: { env: MAIL_PASSWORD }, ca_file: \(dovecot.caFile), interval: 1s, \(source.settings) }

                """
        }
        return text
    }

    /// A mail with a distinct Message-ID, in GBK or UTF-8.
    static func mail(_ index: Int, tag: String, body: String? = nil, from: String = "客户 <customer@example.cn>", gbk: Bool = false) -> [UInt8] {
        let text = body ?? "第\(index)封投诉：快递延误，包裹破损。Complaint number \(index)."
        var bytes = Array(
            """
            From: \(from)\r
            To: support@example.org\r
            Subject: =?UTF-8?B?\(Data("投诉 \(index)".utf8).base64EncodedString())?=\r
            Date: Tue, 1 Dec 2026 10:\(String(format: "%02d", index % 60)):00 +0800\r
            Message-ID: <\(tag)-\(index)@example.cn>\r
            MIME-Version: 1.0\r
            Content-Type: text/plain; charset=\(gbk ? "gb2312" : "utf-8")\r
            Content-Transfer-Encoding: 8bit\r
            \r

            """.utf8
        )
        if gbk {
            // GB18030 bytes for the text (the label says gb2312, as real mail does).
            let encoded = text.data(using: String.Encoding(rawValue: 0x8000_0632)) ?? Data(text.utf8)
            bytes += Array(encoded)
        } else {
            bytes += Array(text.utf8)
        }
        bytes += Array("\r\n".utf8)
        return bytes
    }

    /// Runs `Support/imap_tool.py` against the server.
    static func tool(_ dovecot: ThrowawayDovecot, _ arguments: [String]) async throws -> Any {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Support/imap_tool.py")
        let output = try await PythonTools.run(
            [script.path, "--port", "\(dovecot.imapsPort)", "--user", dovecot.user, "--password", dovecot.password, "--cafile", dovecot.caFile]
                + arguments
        )
        return try JSONSerialization.jsonObject(with: Data(output.utf8))
    }

    /// Appends mails (written to files first) to `mailbox`.
    @discardableResult
    static func append(_ dovecot: ThrowawayDovecot, _ mailbox: String, _ mails: [[UInt8]], in directory: URL) async throws -> [Int] {
        var files: [String] = []
        let folder = directory.appendingPathComponent("mails-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (index, mail) in mails.enumerated() {
            let file = folder.appendingPathComponent(String(format: "%05d.eml", index))
            try Data(mail).write(to: file)
            files.append(file.path)
        }
        var uids: [Int] = []
        // imaplib takes a few hundred files per call comfortably.
        for start in stride(from: 0, to: files.count, by: 200) {
            let result = try await tool(dovecot, ["append", mailbox] + files[start..<min(files.count, start + 200)]) as? [String: Any]
            uids += result?["uids"] as? [Int] ?? []
        }
        return uids
    }

    static func list(_ dovecot: ThrowawayDovecot, _ mailbox: String) async throws -> [[String: Any]] {
        let result = try await tool(dovecot, ["list", mailbox]) as? [String: Any]
        return result?["messages"] as? [[String: Any]] ?? []
    }

    /// The sink's complaints.
    static func complaints(_ gateway: GatewayProcess) -> [[String: Any]] {
        guard let text = try? String(contentsOf: gateway.sinkFile, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    /// Distinct complaint ids by Message-ID: a Message-ID stored under two ids is a duplicate.
    static func idsByMessage(_ gateway: GatewayProcess) -> [String: Set<String>] {
        var ids: [String: Set<String>] = [:]
        for complaint in complaints(gateway) {
            guard let external = complaint["external_id"] as? String, let id = complaint["id"] as? String else { continue }
            ids[external, default: []].insert(id)
        }
        return ids
    }

    /// Mails the gateway's e-mail door has handled (stored, repeated, skipped or failed), from `/metrics`.
    static func mailsHandled(_ gateway: GatewayProcess) async throws -> Int {
        let (data, _) = try await HTTP.get(gateway.baseURL.appendingPathComponent("metrics"))
        return String(decoding: data, as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("intake_email_messages_total") }
            .compactMap { $0.split(separator: " ").last.flatMap { Double($0) } }.reduce(0) { $0 + Int($1) }
    }

    static func gateway(_ dovecot: ThrowawayDovecot, sources: [(name: String, settings: String)]) throws -> GatewayProcess {
        let gateway = try GatewayProcess(config: config(dovecot, sources: sources), environment: ["MAIL_PASSWORD": dovecot.password])
        try FileManager.default.createDirectory(at: gateway.sinkFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        return gateway
    }

    @Test func everyMailArrivesOnceAcrossAKillInMidBatchAndRestarts() async throws {
        guard Self.dovecotReady() else { return }
        let dovecot = try await ThrowawayDovecot.start()
        // Many small batches, preloaded straight into the Maildir (APPEND of thousands is slow), so the kill lands while
        // batches are being committed and acknowledged.
        let count = 3000
        let folder = dovecot.directory.appendingPathComponent("preload")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in 0..<count {
            try Data(Self.mail(index, tag: "kill", gbk: index % 2 == 0)).write(to: folder.appendingPathComponent("\(index).eml"))
        }
        try dovecot.run("drop", dovecot.user, "INBOX", folder.path)
        let gateway = try Self.gateway(dovecot, sources: [("inbox", "batch_size: 5")])
        try await gateway.start()
        // Killed as soon as the first batches are committed (the door's own count, ahead of the sink's file).
        var before = 0
        let deadline = ContinuousClock.now + .seconds(60)
        while before == 0, ContinuousClock.now < deadline {
            before = try await Self.mailsHandled(gateway)
            if before == 0 { try await Task.sleep(for: .milliseconds(5)) }
        }
        gateway.kill()
        #expect(before < count, "the kill came too late to be in mid-batch (\(before) of \(count) stored)")
        try await gateway.start()
        try await gateway.waitFor("all \(count) mails", timeout: .seconds(300)) { Self.idsByMessage(gateway).count == count }
        // Each Message-ID under one complaint id only (the sink may see a complaint twice: at-least-once delivery).
        let ids = Self.idsByMessage(gateway)
        #expect(ids.values.allSatisfy { $0.count == 1 }, "stored twice: \(ids.filter { $0.value.count > 1 }.keys.sorted().prefix(5))")
        let messages = try await Self.list(dovecot, "INBOX")
        #expect(messages.count == count)
        #expect(messages.allSatisfy { ($0["flags"] as? [String] ?? []).contains("\\Seen") }, "every stored mail is marked \\Seen")
        // The cursor survives a restart: only new mail is read afterwards.
        #expect(try await gateway.stop() == 0)
        try await Self.append(dovecot, "INBOX", [Self.mail(9000, tag: "kill")], in: dovecot.directory)
        try await gateway.start()
        try await gateway.waitFor("the new mail", timeout: .seconds(30)) { Self.idsByMessage(gateway).count == count + 1 }
        #expect(!gateway.log().contains("UIDVALIDITY changed"))
        // The restarted gateway's door handled that one mail, not the mailbox again.
        #expect(try await Self.mailsHandled(gateway) == 1)
        let body = Self.complaints(gateway).first { ($0["external_id"] as? String) == "<kill-2@example.cn>" }?["body"] as? String
        #expect(body == "第2封投诉：快递延误，包裹破损。Complaint number 2.", "GB2312-labelled GB18030 text decoded")
        #expect(try await gateway.stop() == 0)
        #expect(!gateway.log().contains("快递延误") && !gateway.log().contains("customer@example.cn"), "no mail content in the log")
    }

    @Test func seenMoveAndDeleteBehaveAsConfiguredAndPoisonedMailDoesNotStopTheMailbox() async throws {
        guard Self.dovecotReady() else { return }
        let dovecot = try await ThrowawayDovecot.start()
        // No sender and no text: not a complaint; and one over the size limit.
        let poisoned = Array("To: support@example.org\r\nMessage-ID: <poison@x>\r\n\r\n".utf8)
        let oversized = Self.mail(77, tag: "big", body: String(repeating: "长投诉内容。", count: 4000))
        for box in ["SeenBox", "MoveBox", "DeleteBox"] {
            try await Self.append(
                dovecot,
                box,
                [Self.mail(1, tag: box), poisoned, Self.mail(2, tag: box), oversized, Self.mail(3, tag: box)],
                in: dovecot.directory
            )
        }
        let sources: [(name: String, settings: String)] = [
            ("seen", "mailbox: SeenBox, after: seen, max_size: 64KB"),
            ("move", "mailbox: MoveBox, after: move, move_to: Done, quarantine: Quarantine, max_size: 64KB"),
            ("delete", "mailbox: DeleteBox, after: delete, quarantine: Quarantine, max_size: 64KB"),
        ]
        let gateway = try Self.gateway(dovecot, sources: sources)
        try await gateway.start()
        try await gateway.waitFor("three complaints from each mailbox", timeout: .seconds(60)) { Self.idsByMessage(gateway).count == 9 }
        try await gateway.waitFor("the mailboxes acknowledged") {
            let deleted = try await Self.list(dovecot, "DeleteBox").isEmpty
            let moved = try await Self.list(dovecot, "MoveBox").isEmpty
            return deleted && moved
        }
        let seen = try await Self.list(dovecot, "SeenBox")
        #expect(seen.count == 5, "seen leaves mail in place")
        #expect(seen.allSatisfy { ($0["flags"] as? [String] ?? []).contains("\\Seen") }, "\(seen.map { $0["flags"] ?? "" })")
        #expect(try await Self.list(dovecot, "Done").count == 3, "moved after the commit")
        let quarantined = try await Self.list(dovecot, "Quarantine")
        #expect(quarantined.count == 4, "the poisoned and the oversized mail of two sources")
        #expect(quarantined.allSatisfy { !($0["flags"] as? [String] ?? []).contains("\\Seen") }, "quarantined mail is left for a person")

        // The failed inputs are kept whole and listed for operators.
        let listed = try await gateway.run(["failed", "list", "--config", gateway.configFile.path])
        let items = try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]] ?? []
        #expect(items.count == 6, "\(listed.output)")
        let reasons = items.compactMap { $0["reason"] as? String }
        #expect(reasons.filter { $0.contains("no usable From") || $0.contains("no text") }.count == 3, "\(reasons)")
        #expect(reasons.filter { $0.contains("over the source's max_size") }.count == 3, "\(reasons)")
        #expect(try await gateway.stop() == 0)

        // Raised limit, retry: the oversized mails become complaints; the unreadable ones stay failed.
        let raised = try String(contentsOf: gateway.configFile, encoding: .utf8).replacingOccurrences(of: "max_size: 64KB", with: "max_size: 10MB")
        try raised.write(to: gateway.configFile, atomically: true, encoding: .utf8)
        let retried = try await gateway.run(["failed", "retry", "--all", "--config", gateway.configFile.path])
        #expect(retried.status == 0 && retried.output.contains("6 failed input(s) marked retry"), "\(retried.output)")
        try await gateway.start()
        try await gateway.waitFor("the oversized mails stored on retry", timeout: .seconds(30)) { Self.idsByMessage(gateway).count == 10 }
        try await gateway.waitFor("the retries resolved") {
            let output = try await gateway.run(["failed", "list", "--status", "resolved", "--config", gateway.configFile.path]).output
            return (try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])?.count == 3
        }
        let audit = try await gateway.run(["audit", "--config", gateway.configFile.path]).output
        #expect(audit.contains("failed.retry"), "\(audit)")
        #expect(try await gateway.stop() == 0)
    }

    @Test func repliesJoinTheThreadOfTheMailTheyAnswerWhoeverSendsThem() async throws {
        guard Self.dovecotReady() else { return }
        let dovecot = try await ThrowawayDovecot.start()
        func mail(from: String, id: String, headers: String = "", body: String) -> [UInt8] {
            Array(
                """
                From: \(from)\r
                To: support@example.org\r
                Subject: =?UTF-8?B?\(Data("包裹投诉".utf8).base64EncodedString())?=\r
                Date: Tue, 1 Dec 2026 10:00:00 +0800\r
                Message-ID: <\(id)>\r
                \(headers)MIME-Version: 1.0\r
                Content-Type: text/plain; charset=utf-8\r
                \r
                \(body)\r

                """.utf8
            )
        }
        try await Self.append(dovecot, "Support", [mail(from: "a@example.cn", id: "first@example.cn", body: "包裹三天未送达。")], in: dovecot.directory)
        let gateway = try Self.gateway(dovecot, sources: [("support", "mailbox: Support")])
        try await gateway.start()
        try await gateway.waitFor("the first mail") { Self.idsByMessage(gateway).count == 1 }
        // Two replies in one batch, from other addresses: one by In-Reply-To, one by References only (its nearest
        // reference unknown), and an unrelated mail.
        try await Self.append(
            dovecot,
            "Support",
            [
                mail(from: "b@example.cn", id: "second@example.cn", headers: "In-Reply-To: <first@example.cn>\r\n", body: "我是他的家人，同一个包裹。"),
                mail(from: "c@example.cn", id: "third@example.cn", headers: "References: <first@example.cn> <unknown@example.cn>\r\n", body: "还没解决。"),
                mail(from: "d@example.cn", id: "fourth@example.cn", body: "另一件事：发票开错了。"),
            ],
            in: dovecot.directory
        )
        try await gateway.waitFor("the replies") { Self.idsByMessage(gateway).count == 4 }
        let byMessage = Dictionary(
            uniqueKeysWithValues: Self.complaints(gateway).compactMap { complaint in
                (complaint["external_id"] as? String).map { ($0, complaint) }
            }
        )
        let first = try #require(byMessage["<first@example.cn>"]?["id"] as? String)
        for reply in ["<second@example.cn>", "<third@example.cn>"] {
            let related = byMessage[reply]?["related"] as? [String: Any]
            #expect(related?["earlier_ids"] as? [String] == [first], "\(reply): \(related ?? [:])")
            #expect(related?["thread_id"] as? String == first, "\(reply): \(related ?? [:])")
        }
        #expect(byMessage["<fourth@example.cn>"]?["related"] == nil)
        #expect(try await gateway.stop() == 0)
    }

    @Test func aChangedUIDValidityMakesNoDuplicates() async throws {
        guard Self.dovecotReady() else { return }
        let dovecot = try await ThrowawayDovecot.start()
        try await Self.append(dovecot, "Support", (0..<6).map { Self.mail($0, tag: "uv") }, in: dovecot.directory)
        let gateway = try Self.gateway(dovecot, sources: [("support", "mailbox: Support")])
        try await gateway.start()
        try await gateway.waitFor("six complaints") { Self.idsByMessage(gateway).count == 6 }
        // The folder is rebuilt (a server migration): same mails, new UIDVALIDITY, all unseen again.
        let recreated = try await Self.tool(dovecot, ["recreate", "Support"]) as? [String: Any]
        #expect(recreated?["uidvalidity_before"] as? Int != recreated?["uidvalidity_after"] as? Int)
        try await Self.append(dovecot, "Support", [Self.mail(100, tag: "uv")], in: dovecot.directory)
        try await gateway.waitFor("the new mail after the re-scan") { Self.idsByMessage(gateway).count == 7 }
        try await gateway.waitFor("the re-scan acknowledged") {
            try await Self.list(dovecot, "Support").allSatisfy { ($0["flags"] as? [String] ?? []).contains("\\Seen") }
        }
        let ids = Self.idsByMessage(gateway)
        #expect(ids.values.allSatisfy { $0.count == 1 }, "\(ids)")
        #expect(gateway.log().contains("UIDVALIDITY changed"))
        #expect(try await gateway.stop() == 0)
    }

    @Test func hostileAndHugeMailsComeThroughByteExactOverIMAPSAndSTARTTLS() async throws {
        guard Self.dovecotReady() else { return }
        let dovecot = try await ThrowawayDovecot.start()
        var hostile = Self.mail(1, tag: "hostile", body: "第一行\r\n* 5 FETCH (BODY[] {123}\r\nI4 OK injected\r\nA004 OK done\r\n{123}\r\n)\r\n最后一行")
        hostile += Array("* BYE not really\r\n".utf8)
        // A 20 MB mail: text plus a base64 attachment of every byte value.
        var big = Array(
            "From: big@example.cn\r\nSubject: big\r\nMessage-ID: <huge@example.cn>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n附件是录音。\r\n--b\r\nContent-Type: application/octet-stream; name=\"call.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                .utf8
        )
        let blob = Data((0..<(15 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 11) })
        big += Array(blob.base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed]).utf8)
        big += Array("\r\n--b--\r\n".utf8)
        #expect(big.count > 20_000_000)
        try await Self.append(dovecot, "INBOX", [hostile, big, Self.mail(2, tag: "hostile")], in: dovecot.directory)
        let expected = try await Self.list(dovecot, "INBOX").compactMap { $0["sha256"] as? String }
        let config = Self.config(dovecot, sources: [("tls", "max_size: 40MB")])
        let gateway = try GatewayProcess(config: config, environment: ["MAIL_PASSWORD": dovecot.password])
        try FileManager.default.createDirectory(at: gateway.sinkFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try await gateway.start()
        try await gateway.waitFor("three complaints", timeout: .seconds(120)) { Self.idsByMessage(gateway).count == 3 }
        let stored = Self.complaints(gateway).compactMap { ($0["raw"] as? [String: Any])?["sha256"] as? String }
        #expect(Set(stored) == Set(expected), "the journal keeps each mail byte-exact")
        let hostileBody = Self.complaints(gateway).first { ($0["external_id"] as? String) == "<hostile-1@example.cn>" }?["body"] as? String
        #expect(hostileBody?.contains("A004 OK done\n{123}\n)\n最后一行") == true, "\(hostileBody ?? "nil")")
        let attachment =
            (Self.complaints(gateway).first { ($0["external_id"] as? String) == "<huge@example.cn>" }?["attachments"] as? [[String: Any]])?.first
        #expect(attachment?["size"] as? Int == blob.count)
        #expect(attachment?["sha256"] as? String == Digest.sha256Hex(blob))
        #expect(try await gateway.stop() == 0)

        // The same mailbox through STARTTLS on the plain port, from a fresh cursor: all repeats, nothing new.
        let plain = Self.config(dovecot, sources: [("tls", "max_size: 40MB")])
            .replacingOccurrences(of: "imaps://localhost:\(dovecot.imapsPort)", with: "imap://localhost:\(dovecot.imapPort)")
        let second = try GatewayProcess(config: plain, environment: ["MAIL_PASSWORD": dovecot.password])
        try FileManager.default.createDirectory(at: second.sinkFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try await second.start()
        try await second.waitFor("three complaints over STARTTLS", timeout: .seconds(120)) { Self.idsByMessage(second).count == 3 }
        #expect(try await second.stop() == 0)
    }

    @Test func aMailboxThatCannotBePolledMakesTheGatewayNotReady() async throws {
        guard Self.dovecotReady() else { return }
        let dovecot = try await ThrowawayDovecot.start()
        // No ca_file: the self-signed certificate is not trusted, and intake does not connect.
        let config = Self.config(dovecot, sources: [("untrusted", "mailbox: INBOX")]).replacingOccurrences(
            of: ", ca_file: \(dovecot.caFile)",
            with: ""
        )
        let gateway = try GatewayProcess(config: config, environment: ["MAIL_PASSWORD": dovecot.password])
        try await gateway.start(waitForReady: false)
        try await gateway.waitFor("/readyz to report the mailbox") {
            let (data, status) = try await HTTP.get(gateway.baseURL.appendingPathComponent("readyz"))
            return status == 503 && String(decoding: data, as: UTF8.self).contains("untrusted")
        }
        try await gateway.waitFor("the certificate failure in the log") { gateway.log().lowercased().contains("certificate") }
        #expect(try await gateway.stop() == 0)
    }
}

extension EmailProcessTests {
    @Test func aSessionTheServerDroppedIsReplacedWithoutAFailedPoll() async throws {
        guard Self.dovecotReady() else { return }
        let dovecot = try await ThrowawayDovecot.start()
        try await Self.append(dovecot, "INBOX", [Self.mail(1, tag: "drop")], in: dovecot.directory)
        let gateway = try Self.gateway(dovecot, sources: [("inbox", "mailbox: INBOX")])
        try await gateway.start()
        try await gateway.waitFor("the first mail") { Self.idsByMessage(gateway).count == 1 }
        // The server ends the idle session (as autologout does); the next poll logs in again.
        try dovecot.killSessions()
        try await Self.append(dovecot, "INBOX", [Self.mail(2, tag: "drop")], in: dovecot.directory)
        try await gateway.waitFor("the mail after the dropped session") { Self.idsByMessage(gateway).count == 2 }
        #expect(!gateway.log().contains("polling the mailbox failed"), "a dropped idle session is not a failure: \(gateway.log().suffix(2000))")
        #expect(gateway.log().contains("e-mail door inbox: INBOX at imaps://localhost:\(dovecot.imapsPort) as testuser (certificate checked against"))
        #expect(!gateway.log().contains(dovecot.password), "the password is never logged")
        #expect(try await gateway.stop() == 0)
    }
}

extension EmailProcessTests {
    @Test func aMailTooLargeToReadKeepsItsHeaderAndDoesNotStallTheMailbox() async throws {
        guard Self.dovecotReady() else { return }
        let dovecot = try await ThrowawayDovecot.start()
        // max_size 64KB: mails up to 4x that are kept raw; this one (2 MB) is not read at all, only its header.
        let huge = Self.mail(1, tag: "huge", body: String(repeating: "附件内容。", count: 140_000))
        try await Self.append(dovecot, "INBOX", [huge, Self.mail(2, tag: "huge")], in: dovecot.directory)
        let gateway = try Self.gateway(dovecot, sources: [("inbox", "max_size: 64KB, quarantine: Quarantine")])
        try await gateway.start()
        try await gateway.waitFor("the small mail") { Self.idsByMessage(gateway).count == 1 }
        try await gateway.waitFor("the huge mail quarantined") { try await Self.list(dovecot, "Quarantine").count == 1 }
        let listed = try await gateway.run(["failed", "list", "--config", gateway.configFile.path])
        let items = try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]] ?? []
        #expect(items.count == 1 && (items.first?["reason"] as? String ?? "").contains("only its header is kept"), "\(listed.output)")
        let id = try #require(items.first?["id"] as? String)
        let raw = try await gateway.run(["failed", "show", "--raw", id, "--config", gateway.configFile.path]).output
        #expect(raw.contains("Message-ID: <huge-1@example.cn>") && !raw.contains("附件内容"), "the header, not the mail")
        #expect(try await gateway.stop() == 0)
    }
}
