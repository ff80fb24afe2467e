/// Where an IMAP session's bytes come from and go to (libcurl's connection, or a test's script).
///
/// Both calls block; they run on the mailbox's own thread, never on Swift's cooperative pool.
public protocol IMAPTransport: AnyObject {
    /// Sends all of `bytes`.
    func send(_ bytes: [UInt8]) throws
    /// Receives at least one byte into `buffer` (returns how many), or 0 when the server closed the connection.
    func receive(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// A protocol failure: the server said NO or BAD, closed the connection, or sent something unreadable.
public struct IMAPError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, with the server's words when it gave any.
    public var description: String
    /// Whether the connection is still usable (a NO to one command leaves it usable; a broken stream does not).
    public var connectionUsable: Bool

    init(_ description: String, connectionUsable: Bool = false) {
        self.description = description
        self.connectionUsable = connectionUsable
    }
}

/// One server response: a tagged completion, an untagged `*` line or a `+` continuation, with its literals.
///
/// The text is split around the literals (`{n}` CRLF and n raw bytes), so nothing inside a literal, however it
/// looks (`A004 OK`, `* 5 FETCH`, `{123}`), is ever read as protocol.
public struct IMAPResponse: Sendable {
    /// A piece of a response: protocol text, or the raw bytes of a literal.
    public enum Segment: Sendable {
        case text([UInt8])
        case literal([UInt8])
    }

    /// The pieces in order; the `{n}` markers are not in the text.
    public var segments: [Segment]

    /// The tag of a tagged completion, `*` for untagged, `+` for a continuation.
    public var tag: String {
        guard case .text(let text)? = segments.first else { return "" }
        return String(decoding: text.prefix { $0 != 0x20 }, as: UTF8.self)
    }

    /// The text after the tag (the first segment only).
    public var firstLine: String {
        guard case .text(let text)? = segments.first else { return "" }
        let rest = text.drop { $0 != 0x20 }.dropFirst()
        return String(decoding: rest, as: UTF8.self)
    }

    /// The tokens of the response.
    func tokens() throws -> [IMAPToken] {
        var tokenizer = IMAPTokenizer()
        for segment in segments {
            switch segment {
            case .text(let text): try tokenizer.add(text)
            case .literal(let bytes): tokenizer.tokens.append(.string(bytes))
            }
        }
        return tokenizer.tokens
    }
}

/// Reads whole responses off a transport: lines up to CRLF, literals by their byte count.
public final class IMAPResponseReader {
    private let transport: any IMAPTransport
    private var buffer: [UInt8] = []
    private var position = 0
    private let scratch: UnsafeMutableRawBufferPointer
    /// The longest protocol line accepted (literals are not lines and may be any size).
    /// (64 MB: a `* SEARCH` of a few million UIDs.)
    private let maximumLine = 64 << 20
    /// The largest literal accepted: a mail larger than this ends the session (a hostile or broken server must not
    /// make intake allocate what it announces).
    public var maximumLiteral = 1 << 30

    /// Creates a reader over `transport`.
    public init(transport: any IMAPTransport) {
        self.transport = transport
        scratch = .allocate(byteCount: 256 * 1024, alignment: 16)
        buffer.reserveCapacity(512 * 1024)
    }

    deinit {
        scratch.deallocate()
    }

    /// The next response.
    public func next() throws -> IMAPResponse {
        var segments: [IMAPResponse.Segment] = []
        while true {
            let lineEnd = try lineEnd()
            var line = buffer[position..<lineEnd]
            if line.last == 0x0D { line = line.dropLast() }
            position = lineEnd + 1
            // A literal announced at the end of the line: {n} or {n+}; only data responses carry literals, never the
            // free text of a status response (which may echo a folder name ending in `{3}`).
            if line.last == 0x7D, segments.isEmpty ? !Self.isStatus(line) : true, let open = line.lastIndex(of: 0x7B) {
                var digits = line[(open + 1)..<(line.endIndex - 1)]
                if digits.last == 0x2B { digits = digits.dropLast() }
                if !digits.isEmpty, digits.count <= 12, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                    let count = Int(String(decoding: digits, as: UTF8.self))!
                    guard count <= maximumLiteral else {
                        throw IMAPError("the server announced a literal of \(count) bytes, over the limit of \(maximumLiteral)")
                    }
                    segments.append(.text(Array(line[..<open])))
                    segments.append(.literal(try literal(count)))
                    continue
                }
            }
            segments.append(.text(Array(line)))
            compact()
            return IMAPResponse(segments: segments)
        }
    }

    /// A status response (`TAG OK|NO|BAD …`, `* OK|NO|BAD|BYE|PREAUTH …`): its text is free text.
    static func isStatus(_ line: ArraySlice<UInt8>) -> Bool {
        guard let space = line.firstIndex(of: 0x20) else { return false }
        let rest = line[(space + 1)...]
        let word = String(decoding: rest.prefix { $0 != 0x20 }, as: UTF8.self).uppercased()
        let isTagged = line[line.startIndex] != 0x2A && line[line.startIndex] != 0x2B
        return ["OK", "NO", "BAD"].contains(word) || (!isTagged && ["BYE", "PREAUTH"].contains(word))
    }

    /// The index of the next LF at or after `position`, reading more as needed.
    private func lineEnd() throws -> Int {
        var searched = position
        while true {
            if let found = buffer[searched...].firstIndex(of: 0x0A) { return found }
            searched = buffer.count
            guard buffer.count - position <= maximumLine else { throw IMAPError("the server sent a line longer than \(maximumLine) bytes") }
            try receive()
        }
    }

    /// The next `count` bytes: what is buffered already, then the rest received straight into the literal's own
    /// storage. One copy from the transport, and the buffer keeps its size: growing it to hold each mail (then
    /// copying the mail out of it) was a tenth of the e-mail door's CPU, most of it faulting in fresh pages.
    private func literal(_ count: Int) throws -> [UInt8] {
        let buffered = min(count, buffer.count - position)
        let bytes = try [UInt8](unsafeUninitializedCapacity: count) { storage, initialized in
            buffer.withUnsafeBufferPointer { source in
                _ = UnsafeMutableBufferPointer(rebasing: storage[..<buffered]).initialize(fromContentsOf: source[position..<(position + buffered)])
            }
            initialized = buffered
            while initialized < count {
                let received = try transport.receive(
                    into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: storage[initialized..<count]))
                )
                guard received > 0 else { throw IMAPError("the server closed the connection") }
                initialized += received
            }
        }
        position += buffered
        return bytes
    }

    private func receive() throws {
        let received = try transport.receive(into: scratch)
        guard received > 0 else { throw IMAPError("the server closed the connection") }
        buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[..<received]).bindMemory(to: UInt8.self))
    }

    private func compact() {
        if position == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 4 << 20)
            position = 0
        } else if position > 1 << 20 {
            buffer.removeSubrange(..<position)
            position = 0
        }
    }
}

/// A token of an IMAP response.
enum IMAPToken: Equatable {
    /// An atom or number (`FETCH`, `UID`, `12`, `BODY[]`, `\Seen`, `[UIDVALIDITY`).
    case atom(String)
    /// A quoted string or literal's bytes.
    case string([UInt8])
    case open
    case close
    case nilValue

    var number: UInt64? {
        if case .atom(let text) = self { return UInt64(text) }
        return nil
    }
}

struct IMAPTokenizer {
    var tokens: [IMAPToken] = []

    mutating func add(_ text: [UInt8]) throws {
        var index = 0
        while index < text.count {
            let byte = text[index]
            switch byte {
            case 0x20, 0x09, 0x0D, 0x0A:
                index += 1
            case 0x28:
                tokens.append(.open)
                index += 1
            case 0x29:
                tokens.append(.close)
                index += 1
            case 0x22:
                var value: [UInt8] = []
                index += 1
                while index < text.count, text[index] != 0x22 {
                    if text[index] == 0x5C, index + 1 < text.count { index += 1 }
                    value.append(text[index])
                    index += 1
                }
                index += 1
                tokens.append(.string(value))
            default:
                // An atom; a section `[…]` (which may hold spaces and parentheses) and a partial `<…>` belong to it.
                let start = index
                var bracket = 0
                while index < text.count {
                    let current = text[index]
                    if current == 0x5B { bracket += 1 } else if current == 0x5D { bracket = max(0, bracket - 1) }
                    if bracket == 0, current == 0x20 || current == 0x28 || current == 0x29 {
                        // `BODY[HEADER.FIELDS (A B)]` keeps its parentheses; a bare `(` ends the atom.
                        break
                    }
                    index += 1
                }
                let atom = String(decoding: text[start..<index], as: UTF8.self)
                tokens.append(atom.caseInsensitiveEquals("NIL") ? .nilValue : .atom(atom))
            }
        }
    }
}
