import IntakeCore
import IntakeEmail
import Testing

@Suite struct CharsetTests {
    @Test func gbkWithTheEuroSignAtEightyIsReadAsWindowsWritesIt() {
        // "价格" then 0x80 (€ in CP936, invalid in GB18030) then "100".
        let bytes: [UInt8] = [0xBC, 0xDB, 0xB8, 0xF1, 0x80, 0x31, 0x30, 0x30]
        let decoded = Charset.decode(bytes, declared: "gbk")
        #expect(decoded.text == "价格€100")
        #expect(!decoded.guessed && !decoded.replaced)
    }

    @Test func bytesNoCharsetDecodesBecomeReplacementCharactersAndSaySo() {
        // Declared Shift_JIS, truncated lead byte at the end, nothing strict fits (0x81 0x20 is invalid in every candidate).
        let bytes: [UInt8] = [0x82, 0xA0, 0x81, 0x20, 0x81]
        let decoded = Charset.decode(bytes, declared: "shift_jis")
        #expect(decoded.replaced)
        #expect(decoded.text.hasPrefix("あ"))
        #expect(decoded.text.contains("\u{FFFD}"))
    }

    @Test func labelsAreMappedToWhatTheBytesReallyAre() {
        #expect(Charset.canonicalName("GB2312") == "GB18030")
        #expect(Charset.canonicalName("x-gbk") == "GB18030")
        #expect(Charset.canonicalName("Big5") == "BIG5-HKSCS")
        #expect(Charset.canonicalName("ks_c_5601-1987") == "CP949")
        #expect(Charset.canonicalName("no-such-charset") == nil)
    }
}

@Suite struct AutomatedMailTests {
    func parse(_ headers: String) -> MailMessage {
        MailParser.parse(Array("From: a@example.cn\r\n\(headers)Subject: s\r\n\r\nbody\r\n".utf8))
    }

    @Test func machineSentMailIsRecognisedByItsHeaders() {
        #expect(parse("Return-Path: <>\r\n").automated == .autoReply)
        #expect(parse("Return-Path: <a@example.cn>\r\n").automated == nil)
        #expect(parse("Auto-Submitted: auto-generated\r\n").automated == .autoReply)
        #expect(parse("Auto-Submitted: no\r\n").automated == nil)
        #expect(parse("Precedence: list\r\n").automated == .bulk)
        #expect(parse("X-Autoreply: no\r\n").automated == nil)
    }

    @Test func mailFromIntakesOwnAddressIsALoop() {
        let bytes = Array("From: Support <Support@Example.org>\r\nSubject: Re: 投诉\r\n\r\n已收到\r\n".utf8)
        guard case .skipped(_, let reason) = MailComplaint.intake(bytes, options: MailMappingOptions(ownAddresses: ["support@example.org"])) else {
            Issue.record("mail from an own address must be skipped")
            return
        }
        #expect(reason.contains("own addresses"))
        guard
            case .complaint(let draft, _, _) = MailComplaint.intake(
                bytes,
                options: MailMappingOptions(automated: .keep, ownAddresses: ["support@example.org"])
            )
        else {
            Issue.record("automated: keep stores it")
            return
        }
        #expect(draft.body == "已收到")
    }

    @Test func convertersKeptForTheNextTextStartFresh() async {
        // A strict read that fails inside ISO-2022-JP's JIS X 0208 mode (ESC $ B, then a lone byte) must not leave
        // the next text on that converter in that mode.
        let broken: [UInt8] = [0x1B, 0x24, 0x42, 0x30]
        #expect(Charset.decode(broken, declared: "iso-2022-jp").charset != "ISO-2022-JP-3")
        let plain = Charset.decode(Array("hello 2026".utf8), declared: "iso-2022-jp")
        #expect(plain.text == "hello 2026" && plain.charset == "ISO-2022-JP-3" && !plain.guessed && !plain.replaced)
        // Many texts at once in the same charsets each come out whole.
        let gbk: [UInt8] = [0xBF, 0xEC, 0xB5, 0xDD, 0xD4, 0xB1]  // 快递员
        let big5: [UInt8] = [0xA7, 0xEB, 0xB6, 0x44]  // 投訴
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<64 {
                group.addTask {
                    (0..<50).allSatisfy { _ in
                        index.isMultiple(of: 2)
                            ? Charset.decode(gbk, declared: "gb2312").text == "快递员" : Charset.decode(big5, declared: "big5").text == "投訴"
                    }
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 64 && results.allSatisfy { $0 })
    }
}
