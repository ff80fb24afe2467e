import Foundation
import IntakeCore
import IntakeEmail
import Testing

/// The mail corpus (`Tests/Fixtures/email`, 68 messages) against expectations computed by an independent oracle
/// (Python's `email` package plus the charset rules, `generate.py`), field by field: subject, sender, date, ids,
/// body (exact, or fragments for HTML), attachments with sizes and SHA-256, decoding flags, automated kind.
@Suite struct MailCorpusTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/email")

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".eml") }.map { String($0.dropLast(4)) }.sorted()
    }()

    @Test func corpusIsThere() {
        #expect(Self.cases.count >= 40, "the corpus has \(Self.cases.count) mails")
    }

    @Test(arguments: cases)
    func mail(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.directory.appendingPathComponent("\(name).eml")))
        let expected = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: Self.directory.appendingPathComponent("\(name).json"))) as? [String: Any]
        )
        let mail = MailParser.parse(bytes)

        #expect(mail.subject == expected["subject"] as? String, "subject")
        if let from = expected["from"] as? [String: Any] {
            #expect(mail.from?.name == from["name"] as? String, "from.name")
            #expect(mail.from?.address == from["address"] as? String, "from.address")
        } else {
            #expect(mail.from?.address == nil, "from should be absent, is \(String(describing: mail.from))")
        }
        let date = mail.date.map { RFC3339.string(from: $0).replacingOccurrences(of: ".000Z", with: "Z") }
        #expect(date == expected["date"] as? String, "date")
        #expect(mail.messageID == expected["message_id"] as? String, "message_id")
        #expect(mail.inReplyTo == (expected["in_reply_to"] as? [String] ?? []), "in_reply_to")
        #expect(mail.references == (expected["references"] as? [String] ?? []), "references")
        if let body = expected["body"] as? String {
            #expect(mail.body == body, "body")
        }
        for fragment in expected["body_contains"] as? [String] ?? [] {
            #expect(mail.body.contains(fragment), "body should contain \(fragment.debugDescription): \(mail.body.prefix(400).debugDescription)")
        }
        for fragment in expected["body_excludes"] as? [String] ?? [] {
            #expect(!mail.body.contains(fragment), "body should not contain \(fragment.debugDescription)")
        }
        let attachments = expected["attachments"] as? [[String: Any]] ?? []
        #expect(mail.attachments.count == attachments.count, "attachments: \(mail.attachments.map { ($0.filename, $0.contentType) })")
        for (found, wanted) in zip(mail.attachments, attachments) {
            #expect(found.filename == wanted["filename"] as? String, "attachment filename")
            #expect(found.contentType == wanted["content_type"] as? String, "attachment type")
            #expect(found.data.count == wanted["size"] as? Int, "attachment size of \(String(describing: found.filename))")
            #expect(Digest.sha256Hex(found.data) == wanted["sha256"] as? String, "attachment sha256 of \(String(describing: found.filename))")
        }
        let flags = Set((expected["flags"] as? [String] ?? []).compactMap(MailDecodingFlag.init(rawValue:)))
        #expect(mail.flags == flags, "flags")
        #expect(mail.automated?.rawValue == expected["automated"] as? String, "automated")
    }
}
