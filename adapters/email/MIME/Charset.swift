import Foundation
import Glibc
import Synchronization

/// Text decoded from bytes in a declared charset, with what it took.
public struct DecodedText: Sendable, Hashable {
    /// The text.
    public var text: String
    /// The charset the bytes were decoded as (a canonical iconv name, or `UTF-8`).
    public var charset: String
    /// The declared charset was absent, unknown or wrong, and this one was detected from the bytes.
    public var guessed: Bool
    /// Bytes no charset could decode became U+FFFD.
    public var replaced: Bool
}

/// Charset decoding through glibc's iconv, with the labels mail really carries mapped to what the bytes really are.
///
/// GB2312 mail routinely contains GBK characters (镕, 堃, 喆), so GB2312, GBK and CP936 are read as GB18030, their strict
/// superset; Big5 is read as Big5-HKSCS. When the declared charset is absent, unknown, or fails on the bytes, strict
/// UTF-8, then strict GB18030, then Windows-1252 are tried (an undeclared Chinese mail is GBK far more often than
/// anything else). When nothing decodes strictly, the declared charset (else UTF-8) is used leniently: each bad byte
/// becomes U+FFFD and ``DecodedText/replaced`` says so. Bytes are never silently dropped.
public enum Charset {
    /// The iconv name a mail label is read as, or `nil` for labels iconv does not know.
    public static func canonicalName(_ label: String) -> String? {
        let name = label.trimmed().lowercased().filter { $0 != "\"" && $0 != "'" }
        switch name {
        case "", "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "us": return "US-ASCII"
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "euccn", "x-euc-cn", "gb_2312-80", "chinese", "csgb2312", "gb18030":
            return "GB18030"
        case "big5", "big-5", "cn-big5", "x-x-big5", "csbig5", "big5-hkscs", "big5hkscs", "cp950", "x-big5": return "BIG5-HKSCS"
        case "ks_c_5601-1987", "ks_c_5601", "korean", "euc-kr", "euckr", "cp949", "windows-949", "uhc": return "CP949"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "cp932": return "CP932"
        case "iso-2022-jp", "csiso2022jp", "iso-2022-jp-1", "iso-2022-jp-2", "iso-2022-jp-3": return "ISO-2022-JP-3"
        case "utf-7", "unicode-1-1-utf-7", "csunicode11utf7": return "UTF-7"
        case "latin1", "latin-1", "l1", "iso8859-1", "iso_8859-1": return "ISO-8859-1"
        default: break
        }
        if name.hasPrefix("iso-8859-") || name.hasPrefix("iso8859-") || name.hasPrefix("windows-") || name.hasPrefix("cp125")
            || name.hasPrefix("koi8") || name.hasPrefix("utf-16") || name.hasPrefix("utf-32") || name.hasPrefix("euc-jp")
            || name.hasPrefix("iso-2022-") || name.hasPrefix("tis-620") || name.hasPrefix("macintosh") || name.hasPrefix("ibm")
        {
            // iso-8859-1 is in practice windows-1252 (its C1 range holds curly quotes and €).
            if name == "iso-8859-1" || name == "iso8859-1" { return "ISO-8859-1" }
            return iconvKnows(name) ? name.uppercased() : nil
        }
        return iconvKnows(name) ? name.uppercased() : nil
    }

    /// Decodes `bytes` declared as `label` (nil: undeclared), detecting and flagging as described above.
    public static func decode(_ bytes: some Collection<UInt8>, declared label: String?) -> DecodedText {
        let bytes = Array(bytes)
        let declared = label.flatMap(canonicalName)
        // 7-bit text in an ASCII-compatible charset (or none) is what it looks like; ISO-2022-JP and UTF-7 are 7-bit
        // encodings and go through iconv.
        if !bytes.contains(where: { $0 >= 0x80 }), declared.map(isASCIICompatible) ?? true {
            return DecodedText(text: String(decoding: bytes, as: UTF8.self), charset: declared ?? "US-ASCII", guessed: false, replaced: false)
        }
        if let declared, declared != "US-ASCII", let text = strict(bytes, from: declared) {
            return DecodedText(text: text, charset: declared, guessed: false, replaced: false)
        }
        // GBK as Windows writes it has € at 0x80, which GB18030 lacks.
        if declared == "GB18030", let text = strict(bytes, from: "CP936") {
            return DecodedText(text: text, charset: "CP936", guessed: false, replaced: false)
        }
        for candidate in ["UTF-8", "GB18030", "WINDOWS-1252"] where candidate != declared {
            if let text = strict(bytes, from: candidate) {
                return DecodedText(text: text, charset: candidate, guessed: true, replaced: false)
            }
        }
        let fallback = declared.flatMap { $0 == "US-ASCII" ? nil : $0 } ?? "UTF-8"
        return DecodedText(text: lenient(bytes, from: fallback), charset: fallback, guessed: false, replaced: true)
    }

    /// Decodes a header's raw (undeclared, possibly 8-bit) bytes: UTF-8, else GB18030, else lenient UTF-8.
    public static func decodeHeaderBytes(_ bytes: some Collection<UInt8>) -> (text: String, guessed: Bool, replaced: Bool) {
        let decoded = decode(bytes, declared: nil)
        return (decoded.text, decoded.guessed && decoded.charset != "UTF-8", decoded.replaced)
    }

    private static func isASCIICompatible(_ name: String) -> Bool {
        !(name.hasPrefix("UTF-16") || name.hasPrefix("UTF-32") || name == "UTF-7" || name.hasPrefix("ISO-2022"))
    }

    private static func iconvKnows(_ name: String) -> Bool {
        guard let descriptor = Converters.take(name) else { return false }
        Converters.give(descriptor, for: name)
        return true
    }

    /// Open converters, kept for the next text in the same charset. glibc loads a charset's module when the first
    /// converter for it opens and unloads it when the last one closes: opening and closing one per text part spent
    /// about 4% of the e-mail door's CPU loading the same shared objects again.
    enum Converters {
        /// An iconv descriptor, used by one thread at a time (taken out of the pool while in use).
        struct Descriptor: @unchecked Sendable {
            let raw: iconv_t
        }

        /// Kept per charset: as many as texts are decoded at once, a few at most.
        static let keptPerCharset = 8
        private static let pool = Mutex<[String: [Descriptor]]>([:])

        /// A converter from `charset` to UTF-8 in its initial state, or `nil` when iconv does not know the charset.
        static func take(_ charset: String) -> Descriptor? {
            if let kept = pool.withLock({ $0[charset]?.popLast() }) { return kept }
            let raw = iconv_open("UTF-8", charset)
            guard let raw, raw != iconv_t(bitPattern: -1) else { return nil }
            return Descriptor(raw: raw)
        }

        /// Puts a converter back, its shift state reset.
        static func give(_ descriptor: Descriptor, for charset: String) {
            _ = iconv(descriptor.raw, nil, nil, nil, nil)
            let kept = pool.withLock { pool in
                guard pool[charset, default: []].count < keptPerCharset else { return false }
                pool[charset, default: []].append(descriptor)
                return true
            }
            if !kept { iconv_close(descriptor.raw) }
        }
    }

    /// The text, or `nil` when any byte is invalid or incomplete in `charset`.
    static func strict(_ bytes: [UInt8], from charset: String) -> String? {
        if charset == "UTF-8" || charset == "US-ASCII" { return String(validating: bytes, as: UTF8.self) }
        return convert(bytes, from: charset, lenient: false)
    }

    /// The text with every undecodable byte as U+FFFD.
    static func lenient(_ bytes: [UInt8], from charset: String) -> String {
        if charset == "UTF-8" || charset == "US-ASCII" { return String(decoding: bytes, as: UTF8.self) }
        return convert(bytes, from: charset, lenient: true) ?? String(decoding: bytes, as: UTF8.self)
    }

    private static func convert(_ bytes: [UInt8], from charset: String, lenient: Bool) -> String? {
        guard let converter = Converters.take(charset) else { return nil }
        defer { Converters.give(converter, for: charset) }
        let descriptor = converter.raw
        if bytes.isEmpty { return "" }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2 + 16)
        let chunk = 64 * 1024
        let scratch = UnsafeMutablePointer<CChar>.allocate(capacity: chunk)
        defer { scratch.deallocate() }
        return bytes.withUnsafeBufferPointer { input -> String? in
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: input.baseAddress!).assumingMemoryBound(to: CChar.self)
            var inLeft = input.count
            func drain(_ outLeft: Int) {
                scratch.withMemoryRebound(to: UInt8.self, capacity: chunk) {
                    output.append(contentsOf: UnsafeBufferPointer(start: $0, count: chunk - outLeft))
                }
            }
            while true {
                var outPointer: UnsafeMutablePointer<CChar>? = scratch
                var outLeft = chunk
                let result =
                    inLeft > 0 ? iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) : iconv(descriptor, nil, nil, &outPointer, &outLeft)
                let failure = result == -1 ? errno : 0
                drain(outLeft)
                if result != -1 {
                    if inLeft == 0 {
                        // Flush the shift state (ISO-2022-JP back to ASCII).
                        var flushPointer: UnsafeMutablePointer<CChar>? = scratch
                        var flushLeft = chunk
                        _ = iconv(descriptor, nil, nil, &flushPointer, &flushLeft)
                        drain(flushLeft)
                        return String(decoding: output, as: UTF8.self)
                    }
                    continue
                }
                switch failure {
                case E2BIG: continue
                case EILSEQ, EINVAL:
                    guard lenient else { return nil }
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                    _ = iconv(descriptor, nil, nil, nil, nil)
                    if inLeft == 0 { return String(decoding: output, as: UTF8.self) }
                default:
                    return lenient ? String(decoding: output, as: UTF8.self) + "\u{FFFD}" : nil
                }
            }
        }
    }
}
