import Foundation
import IntakeCore
import IntakeEmail
import Testing

/// Input crafted to crash, hang or exhaust the door: each is read (or refused) quickly and safely.
@Suite struct HostileInputTests {
    func mail(_ headers: String, _ body: String = "text") -> [UInt8] {
        Array("From: a@example.cn\r\n\(headers)\r\n\(body)\r\n".utf8)
    }

    @Test func absurdDatesAreNoDate() {
        for date in ["1 Jan 99999999999999999 00:00 +0000", "31 Feb 2026 10:00:00 +0800", "1 Jan -5000000000000 00:00 +0000", "99 Dec 2026 10:00"] {
            #expect(MailParser.parse(mail("Date: \(date)\r\n")).date == nil, "\(date)")
        }
        #expect(MailParser.parse(mail("Date: 1 Dec 26 10:00 GMT\r\n")).date == Date(timeIntervalSince1970: 1_796_119_200))
    }

    @Test func endlessEncodedWordsAndUnclosedTagsAreKeptAsWritten() {
        let subject = String(repeating: "=?c?Q?x", count: 100_000)
        let parsed = MailParser.parse(mail("Subject: \(subject)\r\n"))
        #expect(parsed.subject?.count == subject.count, "kept as written")
        let html = mail("Content-Type: text/html\r\n", String(repeating: "<a", count: 500_000))
        #expect(MailParser.parse(html).body.hasPrefix("<a<a"))
    }

    @Test func thousandsOfPartsAreCapped() {
        let body = String(repeating: "--b\r\n\r\nx\r\n", count: 50_000) + "--b--\r\n"
        let parsed = MailParser.parse(mail("Content-Type: multipart/mixed; boundary=b\r\n", body))
        #expect(parsed.body.split(separator: "\n\n").count <= MailParser.maximumParts)
        #expect(parsed.flags.contains(.truncatedMultipart))
    }

    @Test func aDraftTheSchemaRefusesIsRepairedNotLost() throws {
        var draft = ComplaintDraft(
            channel: .email,
            occurredAt: Date().addingTimeInterval(86_400 * 30),
            complainant: Complainant(email: "x@localhost"),
            subject: String(repeating: "长", count: 3000),
            body: "空调坏了"
        )
        let validator = try ComplaintValidator()
        let context = ComplaintValidator.Context(id: "c", source: "inbox", defaultChannel: .email, receivedAt: Date())
        let error = try #require(throws: ComplaintValidationError.self) { try validator.validate(draft, context: context) }
        #expect(MailComplaint.repair(&draft, issues: error.issues))
        let complaint = try validator.validate(draft, context: context)
        #expect(complaint.occurredAt == nil && complaint.complainant.email == nil)
        #expect(complaint.complainant.name == "x@localhost")
        #expect(complaint.body == "空调坏了")
        guard case .object(let email)? = complaint.extra["email"] else {
            Issue.record("the set-aside fields are kept")
            return
        }
        #expect(email["from_address"] == .string("x@localhost"))
        #expect(email["truncated"] == .array([.string("subject")]))
    }
}

@Suite struct IMAPReaderLimitsTests {
    @Test func aStatusLineEndingLikeALiteralIsNotOne() throws {
        let server = ScriptedServer([("UID MOVE", "$TAG NO [TRYCREATE] Mailbox doesn't exist: Done{3}\r\n"), ("NOOP", "$TAG OK done\r\n")])
        let session = IMAPSession(transport: server)
        #expect(throws: IMAPError.self) { try session.command("UID MOVE 1 \"Done{3}\"") }
        #expect(try session.command("NOOP") == "OK done", "still in step")
    }

    @Test func anAnnouncedLiteralOverTheLimitEndsTheSession() throws {
        let server = ScriptedServer([("UID FETCH", "* 1 FETCH (UID 1 BODY[] {999999999999}\r\nxx")])
        let session = IMAPSession(transport: server)
        let error = try #require(throws: IMAPError.self) { try session.fetch([1]) { _, _ in } }
        #expect(error.description.contains("over the limit"))
    }
}
