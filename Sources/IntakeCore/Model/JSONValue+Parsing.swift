public import struct Foundation.Data

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JSONValue {
    /// Why a text is not JSON.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong.
        public var reason: String
        /// The byte offset it was found at.
        public var offset: Int

        public var description: String { "\(reason) at byte \(offset)" }
    }

    /// The deepest nesting accepted; deeper documents are refused rather than risking the stack.
    public static let maximumDepth = 256

    /// Parses JSON text (RFC 8259): strict, UTF-8 only, no trailing commas, no comments, one value with blanks around.
    ///
    /// Written for the request path: it reads the bytes once into the enum, where Foundation's `JSONDecoder` would go
    /// through `Decodable` and try each type in turn. Integers that fit in 64 bits stay integers; other numbers are
    /// doubles. A repeated object key keeps its last value.
    /// - Throws: ``ParseError`` with the byte offset of the first problem.
    public static func parse(_ data: Data) throws(ParseError) -> JSONValue {
        let result: Result<JSONValue, ParseError> = data.withUnsafeBytes { buffer in
            var parser = JSONParser(bytes: buffer.bindMemory(to: UInt8.self))
            return Result { () throws(ParseError) -> JSONValue in try parser.document() }
        }
        return try result.get()
    }
}

/// The reader under ``JSONValue/parse(_:)``, and the steps a typed reader (``Complaint/init(document:)``) walks a
/// document with, making no tree: ``beginObject()``, ``nextMember(first:)``, ``optionalString()`` and the like.
struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    func fail(_ reason: String, at offset: Int? = nil) -> JSONValue.ParseError {
        JSONValue.ParseError(reason: reason, offset: offset ?? index)
    }

    mutating func document() throws(JSONValue.ParseError) -> JSONValue {
        // A UTF-8 byte order mark is tolerated, as many clients send one.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        skipBlanks()
        let value = try parseValue()
        skipBlanks()
        guard index == bytes.count else { throw fail("unexpected text after the JSON value") }
        return value
    }

    /// After a document's value: only blanks may follow.
    mutating func finish() throws(JSONValue.ParseError) {
        skipBlanks()
        guard index == bytes.count else { throw fail("unexpected text after the JSON value") }
    }

    /// Steps into an object: `{` must come next.
    mutating func beginObject() throws(JSONValue.ParseError) {
        skipBlanks()
        guard index < bytes.count, bytes[index] == 0x7B else { throw fail("expected an object") }
        try enter()
        index += 1
    }

    /// The name of the object's next member as written (escapes and all), with `index` on its value; `nil` after
    /// the closing `}`. `first` is true before the first member, and set to false.
    mutating func nextMember(first: inout Bool) throws(JSONValue.ParseError) -> UnsafeBufferPointer<UInt8>? {
        guard try next(first: &first, closing: 0x7D, in: "an object") else { return nil }
        guard index < bytes.count, bytes[index] == 0x22 else { throw fail("expected a member name in quotes") }
        let open = index
        index += 1
        let start = index
        while index < bytes.count, bytes[index] != 0x22 {
            if bytes[index] < 0x20 { throw fail("a control character must be escaped inside a string") }
            index += bytes[index] == 0x5C ? 2 : 1
        }
        guard index < bytes.count else { throw fail("a string is not closed", at: open) }
        let name = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        skipBlanks()
        guard index < bytes.count, bytes[index] == 0x3A else { throw fail("expected ':' after a member name") }
        index += 1
        skipBlanks()
        return name
    }

    /// Whether the next value is `null`, which is then read.
    mutating func skipNull() throws(JSONValue.ParseError) -> Bool {
        guard index < bytes.count, bytes[index] == 0x6E else { return false }
        _ = try literal("null", .null)
        return true
    }

    /// A string, or `nil` for `null`; anything else is an error.
    mutating func optionalString() throws(JSONValue.ParseError) -> String? {
        if try skipNull() { return nil }
        guard index < bytes.count, bytes[index] == 0x22 else { throw fail("expected a string") }
        return try parseString()
    }

    /// An integer, or `nil` for `null`; anything else is an error.
    mutating func optionalInteger() throws(JSONValue.ParseError) -> Int? {
        if try skipNull() { return nil }
        let start = index
        guard index < bytes.count, bytes[index] == 0x2D || (0x30...0x39).contains(bytes[index]), case .int(let value) = try parseNumber(),
            let integer = Int(exactly: value)
        else { throw fail("expected an integer", at: start) }
        return integer
    }

    /// A list of strings; `null` is an empty list.
    mutating func strings() throws(JSONValue.ParseError) -> [String] {
        if try skipNull() { return [] }
        guard try beginArray() else { throw fail("expected a list of strings") }
        var items: [String] = []
        var first = true
        while try nextItem(first: &first) {
            guard index < bytes.count, bytes[index] == 0x22 else { throw fail("expected a string in a list of strings") }
            items.append(try parseString())
        }
        return items
    }

    /// Whether the next value is an array, which is then entered: `true` with `index` after the `[`.
    mutating func beginArray() throws(JSONValue.ParseError) -> Bool {
        guard index < bytes.count, bytes[index] == 0x5B else { return false }
        try enter()
        index += 1
        return true
    }

    /// Whether the entered array has another item, with `index` on it; `false` after the closing `]`.
    mutating func nextItem(first: inout Bool) throws(JSONValue.ParseError) -> Bool {
        try next(first: &first, closing: 0x5D, in: "an array")
    }

    /// Steps over what comes before an object's next member or an array's next item (blanks, and a comma after
    /// the first), leaving `index` on it: `false` after the `closing` byte that ends the container.
    private mutating func next(first: inout Bool, closing: UInt8, in container: StaticString) throws(JSONValue.ParseError) -> Bool {
        skipBlanks()
        guard index < bytes.count else { throw fail("unexpected end of the document; \(container) is not closed") }
        if bytes[index] == closing {
            index += 1
            depth -= 1
            return false
        }
        if first {
            first = false
        } else {
            guard bytes[index] == 0x2C else { throw fail("expected ',' or '\(Character(Unicode.Scalar(closing)))' in \(container)") }
            index += 1
            skipBlanks()
        }
        return true
    }

    /// A member name ``nextMember(first:)`` returned, compared with a name written without escapes.
    static func same(_ name: UnsafeBufferPointer<UInt8>, _ expected: StaticString) -> Bool {
        name.count == expected.utf8CodeUnitCount && (name.isEmpty || memcmp(name.baseAddress!, expected.utf8Start, name.count) == 0)
    }

    mutating func skipBlanks() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    mutating func parseValue() throws(JSONValue.ParseError) -> JSONValue {
        guard index < bytes.count else { throw fail("unexpected end of the document") }
        switch bytes[index] {
        case 0x7B: return try parseObject()
        case 0x5B: return try parseArray()
        case 0x22: return .string(try parseString())
        case 0x74: return try literal("true", .bool(true))
        case 0x66: return try literal("false", .bool(false))
        case 0x6E: return try literal("null", .null)
        case 0x2D, 0x30...0x39: return try parseNumber()
        default: throw fail(describe(bytes[index]))
        }
    }

    func describe(_ byte: UInt8) -> String {
        byte >= 0x21 && byte < 0x7F ? "unexpected character '\(Character(Unicode.Scalar(byte)))'" : "unexpected byte 0x\(String(byte, radix: 16))"
    }

    mutating func literal(_ word: StaticString, _ value: JSONValue) throws(JSONValue.ParseError) -> JSONValue {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw fail("unexpected end of the document") }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            throw fail("unexpected character; expected \(word)")
        }
        index += count
        return value
    }

    mutating func enter() throws(JSONValue.ParseError) {
        depth += 1
        if depth > JSONValue.maximumDepth { throw fail("nested deeper than \(JSONValue.maximumDepth) levels") }
    }

    mutating func parseObject() throws(JSONValue.ParseError) -> JSONValue {
        try enter()
        index += 1
        var members: [String: JSONValue] = [:]
        skipBlanks()
        if index < bytes.count, bytes[index] == 0x7D {
            index += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipBlanks()
            guard index < bytes.count, bytes[index] == 0x22 else {
                throw index < bytes.count ? fail("expected a member name in quotes") : fail("unexpected end of the document")
            }
            let key = try parseString()
            skipBlanks()
            guard index < bytes.count, bytes[index] == 0x3A else { throw fail("expected ':' after a member name") }
            index += 1
            skipBlanks()
            members[key] = try parseValue()
            skipBlanks()
            guard index < bytes.count else { throw fail("unexpected end of the document; an object is not closed") }
            if bytes[index] == 0x2C {
                index += 1
                continue
            }
            guard bytes[index] == 0x7D else { throw fail("expected ',' or '}' in an object") }
            index += 1
            depth -= 1
            return .object(members)
        }
    }

    mutating func parseArray() throws(JSONValue.ParseError) -> JSONValue {
        try enter()
        index += 1
        var items: [JSONValue] = []
        skipBlanks()
        if index < bytes.count, bytes[index] == 0x5D {
            index += 1
            depth -= 1
            return .array(items)
        }
        while true {
            skipBlanks()
            items.append(try parseValue())
            skipBlanks()
            guard index < bytes.count else { throw fail("unexpected end of the document; an array is not closed") }
            if bytes[index] == 0x2C {
                index += 1
                continue
            }
            guard bytes[index] == 0x5D else { throw fail("expected ',' or ']' in an array") }
            index += 1
            depth -= 1
            return .array(items)
        }
    }

    /// The bytes as a string, or `nil` when they are not valid UTF-8. `String(validating:as:)` is generic and,
    /// unspecialised, looked up type metadata for every string (a quarter of parsing a stored complaint);
    /// `String(decoding:as:)` on a buffer is the fast path, and replaces invalid bytes, so a result that differs from
    /// the input means the input was not valid.
    static func validatedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        let same = text.withUTF8 { utf8 in
            utf8.count == bytes.count && (bytes.isEmpty || memcmp(utf8.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        return same ? text : nil
    }

    mutating func parseString() throws(JSONValue.ParseError) -> String {
        let open = index
        index += 1
        var start = index
        var pieces: [UInt8] = []
        var escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                if !escaped {
                    guard let text = Self.validatedUTF8(run) else { throw fail("a string is not valid UTF-8", at: open) }
                    return text
                }
                pieces.append(contentsOf: run)
                guard let text = pieces.withUnsafeBufferPointer(Self.validatedUTF8) else { throw fail("a string is not valid UTF-8", at: open) }
                return text
            }
            if byte < 0x20 { throw fail("a control character must be escaped inside a string") }
            if byte == 0x5C {
                escaped = true
                pieces.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                index += 1
                guard index < bytes.count else { break }
                switch bytes[index] {
                case 0x22: pieces.append(0x22)
                case 0x5C: pieces.append(0x5C)
                case 0x2F: pieces.append(0x2F)
                case 0x62: pieces.append(0x08)
                case 0x66: pieces.append(0x0C)
                case 0x6E: pieces.append(0x0A)
                case 0x72: pieces.append(0x0D)
                case 0x74: pieces.append(0x09)
                case 0x75:
                    let scalar = try parseUnicodeEscape()
                    pieces.append(contentsOf: String(Character(scalar)).utf8)
                    start = index
                    continue
                default: throw fail("unknown escape in a string")
                }
                index += 1
                start = index
                continue
            }
            index += 1
        }
        throw fail("a string is not closed", at: open)
    }

    /// Reads `uXXXX` (after the backslash), joining a surrogate pair; a lone surrogate is refused.
    mutating func parseUnicodeEscape() throws(JSONValue.ParseError) -> Unicode.Scalar {
        let first = try hex4()
        if (0xD800...0xDBFF).contains(first) {
            guard index + 1 < bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x75 else {
                throw fail("a \\u escape holds half of a surrogate pair")
            }
            index += 1
            let second = try hex4()
            guard (0xDC00...0xDFFF).contains(second) else { throw fail("a \\u escape holds half of a surrogate pair") }
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
        }
        guard let scalar = Unicode.Scalar(first) else { throw fail("a \\u escape holds half of a surrogate pair") }
        return scalar
    }

    /// Reads `uXXXX` with `index` on the `u`; leaves `index` after the digits.
    mutating func hex4() throws(JSONValue.ParseError) -> UInt32 {
        index += 1
        guard index + 4 <= bytes.count else { throw fail("a \\u escape needs four hexadecimal digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw fail("a \\u escape needs four hexadecimal digits")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    mutating func parseNumber() throws(JSONValue.ParseError) -> JSONValue {
        let start = index
        if bytes[index] == 0x2D { index += 1 }
        guard index < bytes.count, (0x30...0x39).contains(bytes[index]) else { throw fail("a number needs digits") }
        if bytes[index] == 0x30 {
            index += 1
            if index < bytes.count, (0x30...0x39).contains(bytes[index]) { throw fail("a number must not start with 0") }
        } else {
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
        }
        var integral = true
        if index < bytes.count, bytes[index] == 0x2E {
            integral = false
            index += 1
            guard index < bytes.count, (0x30...0x39).contains(bytes[index]) else { throw fail("a number needs digits after '.'") }
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            integral = false
            index += 1
            if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
            guard index < bytes.count, (0x30...0x39).contains(bytes[index]) else { throw fail("a number needs digits in its exponent") }
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if integral, let value = Int64(text) { return .int(value) }
        guard let value = Double(text), value.isFinite else { throw fail("a number is out of range", at: start) }
        return .double(value)
    }
}
