import Glibc

// Small text operations the parser does on every part, over the string's scalars and bytes: Foundation's
// `trimmingCharacters`, `replacingOccurrences` and `range(of:)` go through CFString on Linux and were most of the
// parser's time in `scripts/bench imap`.

extension StringProtocol {
    /// The text without leading and trailing white space (Unicode White_Space, as Python's `str.strip()`).
    func trimmed() -> String {
        let string = String(self)
        let scalars = string.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex { !$0.properties.isWhitespace }!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return string }
        return String(scalars[first...last])
    }

    /// Whether the UTF-8 bytes of `needle` occur in the text.
    func containsBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        return Array(utf8).firstOffset(of: pattern) != nil
    }
}

extension String {
    /// CRLF and lone CR as LF.
    func withUnixLineEnds() -> String {
        var text = self
        return text.withUTF8 { bytes in
            // Most text has no CR at all: one memchr over the bytes (a generic `contains` over the UTF-8 view was
            // half of this function's time).
            guard let base = bytes.baseAddress, memchr(base, 0x0D, bytes.count) != nil else { return self }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var previousCR = false
            for byte in bytes {
                if byte == 0x0D {
                    output.append(0x0A)
                    previousCR = true
                    continue
                }
                if byte == 0x0A && previousCR {
                    previousCR = false
                    continue
                }
                previousCR = false
                output.append(byte)
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}

extension Array where Element == UInt8 {
    /// The offset of the first occurrence of `pattern` (a plain loop: the generic `firstRange(of:)` of
    /// _StringProcessing was a fifth of the parser's time).
    func firstOffset(of pattern: [UInt8]) -> Int? {
        guard let first = pattern.first else { return 0 }
        guard count >= pattern.count else { return nil }
        return withUnsafeBufferPointer { bytes in
            pattern.withUnsafeBufferPointer { needle in
                var index = 0
                let last = bytes.count - needle.count
                while index <= last {
                    if bytes[index] == first {
                        var matched = 1
                        while matched < needle.count && bytes[index + matched] == needle[matched] { matched += 1 }
                        if matched == needle.count { return index }
                    }
                    index += 1
                }
                return nil
            }
        }
    }
}
