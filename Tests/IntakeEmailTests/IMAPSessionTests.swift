import Foundation
import IntakeEmail
import Testing

/// A server played from a script: each command the session sends is answered with the given bytes, handed over in
/// small, uneven pieces (as TCP and TLS do).
final class ScriptedServer: IMAPTransport {
    var answers: [(expect: String, reply: [UInt8])]
    var pending: [UInt8] = []
    var sent: [String] = []
    let pieceSize: Int

    init(pieceSize: Int = 7, _ answers: [(String, String)]) {
        self.answers = answers.map { ($0.0, Array($0.1.utf8)) }
        self.pieceSize = pieceSize
    }

    init(pieceSize: Int = 7, raw answers: [(String, [UInt8])]) {
        self.answers = answers.map { ($0.0, $0.1) }
        self.pieceSize = pieceSize
    }

    func send(_ bytes: [UInt8]) throws {
        let line = String(decoding: bytes, as: UTF8.self)
        sent.append(line)
        guard !answers.isEmpty else { throw IMAPError.testFailure("unexpected command \(line)") }
        let answer = answers.removeFirst()
        guard line.contains(answer.expect) else { throw IMAPError.testFailure("expected \(answer.expect), got \(line)") }
        let tag = Array(line.prefix { $0 != " " }.utf8)
        // Byte-level: the replies hold binary literals.
        let marker = Array("$TAG".utf8)
        var reply = answer.reply
        var index = 0
        while index + marker.count <= reply.count {
            if reply[index..<(index + marker.count)].elementsEqual(marker) {
                reply.replaceSubrange(index..<(index + marker.count), with: tag)
                index += tag.count
            } else {
                index += 1
            }
        }
        pending.removeSubrange(..<offset)
        offset = 0
        pending += reply
    }

    var offset = 0

    func receive(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard offset < pending.count else { return 0 }
        let count = min(pieceSize, buffer.count, pending.count - offset)
        buffer.copyBytes(from: pending[offset..<(offset + count)])
        offset += count
        return count
    }
}

extension IMAPError {
    static func testFailure(_ text: String) -> any Error { NSError(domain: text, code: 1) }
}

@Suite struct IMAPSessionTests {
    /// Mail content that looks like protocol: untagged responses, the session's own next tag, a literal marker.
    static let hostile =
        "Subject: test\r\n\r\n* 5 FETCH (BODY[] {123}\r\nI3 OK injected completion\r\nI2 OK fake\r\n{123}\r\n* BYE fake\r\n)\r\n+ go on\r\n"

    @Test func literalsAreReadByCountWhateverTheyHold() throws {
        let mail = Array(Self.hostile.utf8)
        let second = Array("From: a@b\r\n\r\nsecond".utf8)
        var reply: [UInt8] = Array("* 1 FETCH (UID 41 BODY[] {\(mail.count)}\r\n".utf8) + mail + Array(")\r\n".utf8)
        reply += Array("* 2 FETCH (FLAGS (\\Seen) UID 42 BODY[] {\(second.count)}\r\n".utf8) + second + Array(")\r\n".utf8)
        reply += Array("* 2 FETCH (FLAGS (\\Seen \\Flagged))\r\n$TAG OK Fetch completed.\r\n".utf8)
        let server = ScriptedServer(raw: [("UID FETCH 41:42 (UID BODY.PEEK[])", reply), ("NOOP", Array("$TAG OK done\r\n".utf8))])
        let session = IMAPSession(transport: server)
        var fetched: [UInt32: [UInt8]] = [:]
        try session.fetch([41, 42]) { uid, bytes in fetched[uid] = bytes }
        #expect(fetched[41] == mail)
        #expect(fetched[42] == second)
        // The session is still in step: the next command gets its own answer.
        #expect(try session.command("NOOP") == "OK done")
    }

    @Test func aTwentyMegabyteLiteralComesThroughByteExact() throws {
        var mail = Array("Subject: big\r\n\r\n".utf8)
        // Every byte value, CR LF pairs and `)` among them; and IMAP-looking lines.
        mail += [UInt8](unsafeUninitializedCapacity: 20 << 20) { buffer, count in
            for index in 0..<(20 << 20) { buffer[index] = UInt8(truncatingIfNeeded: index &* 2_654_435_761 >> 13) }
            count = 20 << 20
        }
        mail += Array("\r\n* 9 FETCH (BODY[] {5}\r\nI1 OK fake\r\n".utf8)
        let reply = Array("* 1 FETCH (UID 7 BODY[] {\(mail.count)}\r\n".utf8) + mail + Array(")\r\n$TAG OK done\r\n".utf8)
        let server = ScriptedServer(pieceSize: 256 * 1024, raw: [("UID FETCH 7", reply)])
        var fetched: [UInt8] = []
        try IMAPSession(transport: server).fetch([7]) { _, bytes in fetched = bytes }
        #expect(fetched.count == mail.count)
        #expect(fetched == mail)
    }

    @Test func selectReadsUIDValidityAndSearchFiltersTheStar() throws {
        let server = ScriptedServer([
            (
                "SELECT \"INBOX\"",
                "* FLAGS (\\Seen)\r\n* 3 EXISTS\r\n* OK [UIDVALIDITY 1795494297] UIDs valid\r\n* OK [UIDNEXT 12] next\r\n$TAG OK [READ-WRITE] Select completed.\r\n"
            ),
            // `n:*` always includes the highest UID, even when it is below n.
            ("UID SEARCH UID 12:*", "* SEARCH 11\r\n$TAG OK Search completed.\r\n"),
            ("UID SEARCH UID 5:*", "* SEARCH 5 9 11\r\n$TAG OK Search completed.\r\n"),
        ])
        let session = IMAPSession(transport: server)
        let status = try session.select("INBOX")
        #expect(status.uidValidity == 1_795_494_297)
        #expect(status.uidNext == 12)
        #expect(status.exists == 3)
        #expect(try session.uids(after: 11) == [])
        #expect(try session.uids(after: 4) == [5, 9, 11])
    }

    @Test func moveCreatesAMissingFolder() throws {
        let server = ScriptedServer([
            ("CAPABILITY", "* CAPABILITY IMAP4rev1 UIDPLUS MOVE\r\n$TAG OK done\r\n"),
            ("UID MOVE 3 \"Processed\"", "$TAG NO [TRYCREATE] Mailbox doesn't exist: Processed\r\n"),
            ("CREATE \"Processed\"", "$TAG OK Create completed.\r\n"),
            ("UID MOVE 3 \"Processed\"", "* OK [COPYUID 9 3 1] Moved UIDs.\r\n* 1 EXPUNGE\r\n$TAG OK Move completed.\r\n"),
        ])
        let session = IMAPSession(transport: server)
        try session.loadCapabilities()
        try session.move([3], to: "Processed")
        #expect(server.answers.isEmpty, "commands left unsent: \(server.answers.map(\.expect))")
    }

    @Test func theServerEndingTheSessionIsAnError() throws {
        let server = ScriptedServer([("NOOP", "* BYE shutting down\r\n")])
        #expect(throws: IMAPError.self) { try IMAPSession(transport: server).command("NOOP") }
    }

    @Test func mailboxNamesAreQuotedInModifiedUTF7() {
        #expect(IMAPSession.quotedForTests("INBOX") == "\"INBOX\"")
        #expect(IMAPSession.quotedForTests("投诉/已处理") == "\"&YpWLyQ-/&XfJZBHQG-\"")
        #expect(IMAPSession.quotedForTests("A&B \"x\"") == "\"A&-B \\\"x\\\"\"")
    }
}
