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
