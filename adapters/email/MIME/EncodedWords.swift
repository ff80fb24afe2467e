/// RFC 2047 encoded words (`=?GB2312?B?zbbL3A==?=`) in header text.
///
/// White space between two encoded words is dropped (RFC 2047 §6.2), and adjacent words in the same charset are
/// decoded together, so a character whose bytes a sender split over two words comes out whole. A malformed word
/// is left as written.
public enum EncodedWords {
    /// The text with its encoded words decoded.
    public static func decode(_ text: String) -> String {
        guard text.containsBytes("=?") else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        // Bytes of consecutive encoded words in one charset, not decoded yet.
        var pending: (charset: String, bytes: [UInt8])?
        // White space seen after an encoded word, kept only if plain text follows.
        var gap = String.UnicodeScalarView()
        func flush() {
            if let word = pending {
                output.append(contentsOf: Charset.decode(word.bytes, declared: word.charset).text.unicodeScalars)
                pending = nil
            }
        }
        var index = 0
        while index < scalars.count {
            if scalars[index] == "=", index + 1 < scalars.count, scalars[index + 1] == "?", let word = parseWord(scalars, at: index) {
                gap = String.UnicodeScalarView()
                if let current = pending, current.charset.caseInsensitiveEquals(word.charset) {
                    pending?.bytes.append(contentsOf: word.bytes)
                } else {
                    flush()
                    pending = (word.charset, word.bytes)
                }
                index = word.end
                continue
            }
            let scalar = scalars[index]
            if pending != nil, scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" {
                gap.append(scalar)
                index += 1
                continue
            }
            flush()
            output.append(contentsOf: gap)
            gap = String.UnicodeScalarView()
            output.append(scalar)
            index += 1
        }
        flush()
        output.append(contentsOf: gap)
        return String(output)
    }

    /// The word starting at `start` (`=?charset?B|Q?text?=`): its charset (a `*language` suffix dropped), its bytes and
    /// where it ends; `nil` when it is not a well-formed word.
    private static func parseWord(_ scalars: [Unicode.Scalar], at start: Int) -> (charset: String, bytes: [UInt8], end: Int)? {
        var index = start + 2
        var charset = String.UnicodeScalarView()
        while index < scalars.count, scalars[index] != "?" {
            let scalar = scalars[index]
            guard scalar.isASCII, scalar != " ", scalar != "\t", index - start < 80 else { return nil }
            charset.append(scalar)
            index += 1
        }
        guard index + 2 < scalars.count, !charset.isEmpty, scalars[index + 2] == "?" else { return nil }
        let encoding = scalars[index + 1]
        index += 3
        let textStart = index
        // RFC 2047 allows 75 characters a word; a generous bound keeps hostile headers (`=?c?Q?x=?c?Q?x…`) linear.
        let limit = min(scalars.count, start + 256)
        while index + 1 < limit, !(scalars[index] == "?" && scalars[index + 1] == "=") {
            guard scalars[index] != " ", scalars[index] != "\t", scalars[index] != "\n" else { return nil }
            index += 1
        }
        guard index + 1 < limit else { return nil }
        let text = scalars[textStart..<index].map { UInt8(truncatingIfNeeded: $0.value) }
        var name = String(charset)
        if let star = name.firstIndex(of: "*") { name = String(name[..<star]) }
        let bytes: [UInt8]?
        switch encoding {
        case "B", "b": bytes = TransferEncoding.base64Decode(text[...], strict: true)
        case "Q", "q": bytes = TransferEncoding.quotedPrintableDecode(text[...], underscoreIsSpace: true)
        default: bytes = nil
        }
        guard let bytes else { return nil }
        return (name, bytes, index + 2)
    }
}
