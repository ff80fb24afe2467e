import Foundation

/// A structured header value with parameters: `Content-Type: text/plain; charset="gb2312"` or
/// `Content-Disposition: attachment; filename*=UTF-8''%E6%8A%95%E8%AF%89.pdf`.
///
/// Parameters follow RFC 2045 (quoted strings, comments) and RFC 2231 (charset and language, `%XX` escapes,
/// numbered continuations); a plain value carrying RFC 2047 encoded words (Outlook's `name="=?GB2312?B?…?="`) or raw
/// 8-bit bytes is decoded too. Names are lower-cased.
public struct HeaderParameters: Sendable, Hashable {
    /// The value before the first `;`, lower-cased (`text/plain`, `attachment`).
    public var value: String
    /// The parameters, decoded, by lower-cased name.
    public var parameters: [String: String]

    /// Parses a raw header value.
    public init(_ raw: [UInt8]) {
        var scanner = Scanner(bytes: raw)
        value = String(decoding: scanner.token(stoppingAt: [0x3B]), as: UTF8.self).trimmed().lowercased()
        var plain: [String: [UInt8]] = [:]
        // name -> (section number -> (encoded?, bytes))
        var sections: [String: [Int: (Bool, [UInt8])]] = [:]
        while scanner.skip(0x3B) {
            let name = String(decoding: scanner.token(stoppingAt: [0x3D, 0x3B]), as: UTF8.self).trimmed().lowercased()
            guard scanner.skip(0x3D) else { continue }
            let value = scanner.parameterValue()
            guard !name.isEmpty else { continue }
            if let star = name.firstIndex(of: "*") {
                let base = String(name[..<star])
                let rest = name[name.index(after: star)...]
                if rest.isEmpty {
                    sections[base, default: [:]][0] = (true, value)
                } else {
                    let encoded = rest.hasSuffix("*")
                    let number = Int(rest.hasSuffix("*") ? rest.dropLast() : rest) ?? 0
                    sections[base, default: [:]][number] = (encoded, value)
                }
            } else if plain[name] == nil {
                plain[name] = value
            }
        }
        var parameters: [String: String] = [:]
        for (name, bytes) in plain {
            parameters[name] = EncodedWords.decode(Charset.decodeHeaderBytes(bytes).text)
        }
        for (name, parts) in sections {
            var charset: String?
            var bytes: [UInt8] = []
            for number in parts.keys.sorted() {
                guard let (encoded, value) = parts[number] else { continue }
                var piece = value[...]
                if encoded && number == 0, let first = piece.firstIndex(of: 0x27), let second = piece[(first + 1)...].firstIndex(of: 0x27) {
                    // charset'language'value
                    charset = String(decoding: piece[..<first], as: UTF8.self)
                    piece = piece[(second + 1)...]
                }
                bytes += encoded ? Self.percentDecode(piece) : Array(piece)
            }
            let text = charset.map { Charset.decode(bytes, declared: $0.isEmpty ? nil : $0).text } ?? Charset.decodeHeaderBytes(bytes).text
            // An RFC 2231 value wins over a plain one of the same name.
            parameters[name] = text
        }
        self.parameters = parameters
    }

    /// A parameter by (case-insensitive) name.
    public subscript(_ name: String) -> String? { parameters[name.lowercased()] }

    private static func percentDecode(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.endIndex,
                let high = TransferEncoding.hexValue(bytes[index + 1]), let low = TransferEncoding.hexValue(bytes[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }

    /// A tokenizer over a header value that skips comments and understands quoted strings.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        /// Bytes up to one of `stops` (outside quotes and comments), comments removed.
        mutating func token(stoppingAt stops: Set<UInt8>) -> [UInt8] {
            var output: [UInt8] = []
            while index < bytes.count, !stops.contains(bytes[index]) {
                if bytes[index] == 0x28 {
                    skipComment()
                    continue
                }
                output.append(bytes[index])
                index += 1
            }
            return output
        }

        mutating func skip(_ byte: UInt8) -> Bool {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// A quoted string (escapes removed) or a token up to `;`, trimmed.
        mutating func parameterValue() -> [UInt8] {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            if index < bytes.count, bytes[index] == 0x22 {
                index += 1
                var output: [UInt8] = []
                while index < bytes.count, bytes[index] != 0x22 {
                    if bytes[index] == 0x5C, index + 1 < bytes.count { index += 1 }
                    output.append(bytes[index])
                    index += 1
                }
                index += 1
                // Anything after the closing quote up to the next parameter is dropped.
                _ = token(stoppingAt: [0x3B])
                return output
            }
            var output = token(stoppingAt: [0x3B])
            while let last = output.last, last == 0x20 || last == 0x09 { output.removeLast() }
            return output
        }

        mutating func skipComment() {
            var depth = 0
            while index < bytes.count {
                switch bytes[index] {
                case 0x28: depth += 1
                case 0x29: depth -= 1
                case 0x5C: index += 1
                default: break
                }
                index += 1
                if depth == 0 { return }
            }
        }
    }
}
