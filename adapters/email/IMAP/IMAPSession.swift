import Foundation

/// What SELECT tells of a mailbox.
public struct MailboxStatus: Sendable, Hashable {
    /// The mailbox's UIDVALIDITY: UIDs from another value name other messages.
    public var uidValidity: UInt32
    /// The UID the next message will get, when the server says.
    public var uidNext: UInt32?
    /// How many messages it holds.
    public var exists: Int
}

/// An IMAP4rev1 session over a transport that is already logged in (libcurl did TLS and authentication).
///
/// Commands are sent one at a time; every response is read whole (literals by count), so mail content cannot
/// desynchronise the session. Not thread-safe: one session is driven by one thread.
public final class IMAPSession {
    private let transport: any IMAPTransport
    private let reader: IMAPResponseReader
    private var counter = 0
    /// The largest message accepted; a larger literal ends the session.
    public var maximumLiteral: Int {
        get { reader.maximumLiteral }
        set { reader.maximumLiteral = newValue }
    }
    /// The capabilities the server announced.
    public private(set) var capabilities: Set<String> = []

    /// Creates a session over a logged-in transport.
    public init(transport: any IMAPTransport) {
        self.transport = transport
        reader = IMAPResponseReader(transport: transport)
    }

    /// Sends a command and reads until its tagged completion, handing every untagged response to `untagged`.
    /// - Throws: `IMAPError` for NO or BAD (connection still usable) and for a broken stream.
    @discardableResult
    public func command(_ text: String, untagged: (IMAPResponse) throws -> Void = { _ in }) throws -> String {
        counter += 1
        let tag = "I\(counter)"
        try transport.send(Array("\(tag) \(text)\r\n".utf8))
        while true {
            let response = try reader.next()
            switch response.tag {
            case tag:
                let line = response.firstLine
                if line.hasPrefix("OK") { return line }
                let verb = text.split(separator: " ").prefix(text.hasPrefix("UID ") ? 2 : 1).joined(separator: " ")
                throw IMAPError("\(verb) failed: \(line)", connectionUsable: line.hasPrefix("NO") || line.hasPrefix("BAD"))
            case "*":
                if response.firstLine.hasPrefix("BYE") { throw IMAPError("the server ended the session: \(response.firstLine)") }
                if response.firstLine.hasPrefix("CAPABILITY ") { capabilities = Self.capabilities(response.firstLine) }
                try untagged(response)
            case "+":
                throw IMAPError("the server asked for a continuation of \(text.prefix(20))")
            default:
                throw IMAPError("the server answered with an unknown tag \(response.tag.prefix(20))")
            }
        }
    }

    /// Asks for the capabilities (libcurl's CAPABILITY answer is not passed on).
    public func loadCapabilities() throws {
        try command("CAPABILITY")
    }

    private static func capabilities(_ line: String) -> Set<String> {
        Set(line.split(separator: " ").dropFirst().map { $0.uppercased() })
    }

    /// Selects `mailbox` read-write.
    public func select(_ mailbox: String) throws -> MailboxStatus {
        var status = MailboxStatus(uidValidity: 0, uidNext: nil, exists: 0)
        var sawValidity = false
        let completion = try command("SELECT \(Self.quoted(mailbox))") { response in
            let line = response.firstLine
            if let value = Self.responseCode("UIDVALIDITY", in: line) {
                status.uidValidity = UInt32(value) ?? 0
                sawValidity = true
            } else if let value = Self.responseCode("UIDNEXT", in: line) {
                status.uidNext = UInt32(value)
            } else if line.hasSuffix(" EXISTS"), let count = Int(line.dropLast(7)) {
                status.exists = count
            }
        }
        if let value = Self.responseCode("UIDVALIDITY", in: completion) {
            status.uidValidity = UInt32(value) ?? 0
            sawValidity = true
        }
        guard sawValidity else { throw IMAPError("SELECT \(mailbox) gave no UIDVALIDITY") }
        return status
    }

    /// The UIDs above `after`, ascending.
    public func uids(after: UInt32) throws -> [UInt32] {
        var uids: [UInt32] = []
        try command("UID SEARCH UID \(UInt64(after) + 1):*") { response in
            let line = response.firstLine
            guard line.hasPrefix("SEARCH") else { return }
            for word in line.split(separator: " ").dropFirst() {
                if let uid = UInt32(word), uid > after { uids.append(uid) }
            }
        }
        return uids.sorted()
    }

    /// Which of `uids` the mailbox still holds.
    public func existing(_ uids: [UInt32]) throws -> [UInt32] {
        guard !uids.isEmpty else { return [] }
        var found: [UInt32] = []
        let wanted = Set(uids)
        try command("UID SEARCH UID \(Self.set(uids))") { response in
            let line = response.firstLine
            guard line.hasPrefix("SEARCH") else { return }
            for word in line.split(separator: " ").dropFirst() {
                if let uid = UInt32(word), wanted.contains(uid) { found.append(uid) }
            }
        }
        return found.sorted()
    }

    /// The sizes of messages, by UID.
    public func sizes(of uids: [UInt32]) throws -> [UInt32: Int] {
        guard !uids.isEmpty else { return [:] }
        var sizes: [UInt32: Int] = [:]
        try command("UID FETCH \(Self.set(uids)) (RFC822.SIZE)") { response in
            let items = try Self.fetchItems(response)
            if let uid = items.uid, let size = items.size { sizes[uid] = size }
        }
        return sizes
    }

    /// Fetches whole messages without setting `\Seen` (`BODY.PEEK[]`), handing each to `handle` as it arrives.
    public func fetch(_ uids: [UInt32], handle: (UInt32, [UInt8]) throws -> Void) throws {
        guard !uids.isEmpty else { return }
        try command("UID FETCH \(Self.set(uids)) (UID BODY.PEEK[])") { response in
            let items = try Self.fetchItems(response)
            if let uid = items.uid, let body = items.body { try handle(uid, body) }
        }
    }

    /// The header section of one message (`BODY.PEEK[HEADER]`), or `nil` when the server returns none.
    public func header(of uid: UInt32) throws -> [UInt8]? {
        var header: [UInt8]?
        try command("UID FETCH \(uid) (UID BODY.PEEK[HEADER])") { response in
            let items = try Self.fetchItems(response)
            if items.uid == uid, let bytes = items.header { header = bytes }
        }
        return header
    }

    /// Adds flags (`\Seen`, `\Deleted`), silently.
    public func addFlags(_ flags: String, to uids: [UInt32]) throws {
        for chunk in Self.chunks(uids) { try command("UID STORE \(Self.set(chunk)) +FLAGS.SILENT (\(flags))") }
    }

    /// Moves messages to `folder` (MOVE, else COPY, `\Deleted` and UID EXPUNGE); creates the folder when missing.
    public func move(_ uids: [UInt32], to folder: String) throws {
        guard !uids.isEmpty else { return }
        do {
            try moveOnce(uids, to: folder)
        } catch let error as IMAPError where error.connectionUsable && error.description.contains("TRYCREATE") {
            // Another session (another source moving to the same folder) may create it meanwhile: that is fine.
            try create(folder)
            try moveOnce(uids, to: folder)
        }
    }

    private func moveOnce(_ uids: [UInt32], to folder: String) throws {
        for chunk in Self.chunks(uids) {
            if capabilities.contains("MOVE") {
                try command("UID MOVE \(Self.set(chunk)) \(Self.quoted(folder))")
            } else {
                try command("UID COPY \(Self.set(chunk)) \(Self.quoted(folder))")
                try command("UID STORE \(Self.set(chunk)) +FLAGS.SILENT (\\Deleted)")
                try expunge(chunk)
            }
        }
    }

    /// Deletes messages: `\Deleted`, then UID EXPUNGE (UIDPLUS) or EXPUNGE.
    public func delete(_ uids: [UInt32]) throws {
        for chunk in Self.chunks(uids) {
            try command("UID STORE \(Self.set(chunk)) +FLAGS.SILENT (\\Deleted)")
            try expunge(chunk)
        }
    }

    /// Expunges exactly `uids` (UIDPLUS). Without UIDPLUS they stay flagged `\\Deleted`: a bare EXPUNGE would also
    /// remove what other clients flagged, mail intake never read among it.
    private func expunge(_ uids: [UInt32]) throws {
        if capabilities.contains("UIDPLUS") { try command("UID EXPUNGE \(Self.set(uids))") }
    }

    /// Creates a folder; one that exists already is fine.
    public func create(_ folder: String) throws {
        do { try command("CREATE \(Self.quoted(folder))") } catch let error as IMAPError where error.connectionUsable {}
    }

    /// Ends the session politely.
    public func logout() {
        _ = try? command("LOGOUT")
    }

    // MARK: Encoding

    /// A compact UID set: `1:5,7,9:12`.
    static func set(_ uids: [UInt32]) -> String {
        let sorted = uids.sorted()
        var parts: [String] = []
        var index = 0
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, sorted[end + 1] == sorted[end] &+ 1 { end += 1 }
            parts.append(end == index ? "\(sorted[index])" : "\(sorted[index]):\(sorted[end])")
            index = end + 1
        }
        return parts.joined(separator: ",")
    }

    /// Chunks of UIDs small enough for one command line.
    static func chunks(_ uids: [UInt32]) -> [[UInt32]] {
        stride(from: 0, to: uids.count, by: 500).map { Array(uids[$0..<min(uids.count, $0 + 500)]) }
    }

    /// ``quoted(_:)`` for tests.
    public static func quotedForTests(_ name: String) -> String { quoted(name) }

    /// A mailbox name as a quoted string in modified UTF-7 (RFC 3501 §5.1.3).
    static func quoted(_ name: String) -> String {
        var output = ""
        var pending: [UInt16] = []
        func flush() {
            guard !pending.isEmpty else { return }
            var bytes: [UInt8] = []
            for unit in pending { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
            let encoded = Data(bytes).base64EncodedString().replacingOccurrences(of: "/", with: ",").replacingOccurrences(of: "=", with: "")
            output += "&\(encoded)-"
            pending = []
        }
        for scalar in name.unicodeScalars {
            if scalar.value >= 0x20 && scalar.value <= 0x7E {
                flush()
                output += scalar == "&" ? "&-" : String(scalar)
            } else {
                pending += Array(String(scalar).utf16)
            }
        }
        flush()
        return "\"" + output.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    // MARK: Decoding

    /// The value of a response code (`[UIDVALIDITY 3857529045]`) in a response's text.
    static func responseCode(_ name: String, in line: String) -> String? {
        guard let range = line.range(of: "[\(name) ") else { return nil }
        let rest = line[range.upperBound...]
        return String(rest.prefix { $0 != "]" })
    }

    /// The items of a `* n FETCH (…)` response that matter here.
    static func fetchItems(_ response: IMAPResponse) throws -> (uid: UInt32?, size: Int?, body: [UInt8]?, header: [UInt8]?) {
        let tokens = try response.tokens()
        // * n FETCH ( items )
        guard tokens.count >= 4, case .atom(let verb) = tokens[2], verb.caseInsensitiveEquals("FETCH"), tokens[3] == .open else {
            return (nil, nil, nil, nil)
        }
        var header: [UInt8]?
        var uid: UInt32?
        var size: Int?
        var body: [UInt8]?
        var index = 4
        while index < tokens.count, tokens[index] != .close {
            guard case .atom(let name) = tokens[index] else {
                index += 1
                continue
            }
            index += 1
            guard index < tokens.count else { break }
            let upper = name.uppercased()
            if upper == "UID" {
                uid = tokens[index].number.flatMap { UInt32(exactly: $0) }
            } else if upper == "RFC822.SIZE" {
                size = tokens[index].number.flatMap { Int(exactly: $0) }
            } else if upper == "BODY[]" || upper == "RFC822" {
                if case .string(let bytes) = tokens[index] { body = bytes }
            } else if upper == "BODY[HEADER]" {
                if case .string(let bytes) = tokens[index] { header = bytes }
            }
            // Skip the value (a list counts as one).
            if tokens[index] == .open {
                var depth = 0
                repeat {
                    if tokens[index] == .open { depth += 1 } else if tokens[index] == .close { depth -= 1 }
                    index += 1
                } while index < tokens.count && depth > 0
            } else {
                index += 1
            }
        }
        return (uid, size, body, header)
    }
}
