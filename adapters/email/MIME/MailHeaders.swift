/// The header fields of a message or a MIME part, unfolded, in order.
public struct MailHeaders: Sendable, Hashable {
    /// One field: its name as written and its raw value (folding removed, bytes as sent).
    public struct Field: Sendable, Hashable {
        /// The field name as written (`Subject`).
        public var name: String
        /// The value's bytes after the colon, unfolded (CRLF before white space removed), leading white space trimmed.
        public var value: [UInt8]
    }

    /// The fields in order.
    public var fields: [Field]

    /// Creates headers from fields.
    public init(fields: [Field] = []) {
        self.fields = fields
    }

    /// The raw value of the first field named `name` (case-insensitive), as text (8-bit bytes read as UTF-8, else
    /// GB18030), without RFC 2047 decoding: for structured fields (addresses, ids, dates, content types).
    public subscript(_ name: String) -> String? {
        raw(name).map { Charset.decodeHeaderBytes($0).text }
    }

    /// The raw bytes of the first field named `name`.
    public func raw(_ name: String) -> [UInt8]? {
        fields.first { $0.name.caseInsensitiveEquals(name) }?.value
    }

    /// Splits a message (or part) into its header fields and the offset where its body starts.
    ///
    /// The header section ends at the first empty line (CRLF or bare LF). Continuation lines (starting with space
    /// or tab) are joined to their field; lines that are not fields (an mbox `From ` line, garbage) are skipped.
    static func parse(_ bytes: ArraySlice<UInt8>) -> (headers: MailHeaders, bodyStart: Int) {
        var fields: [Field] = []
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            // One physical line.
            var lineEnd = index
            while lineEnd < end && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd < end ? lineEnd + 1 : end
            var contentEnd = lineEnd
            if contentEnd > index && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            if contentEnd == index {
                // The empty line: the body follows.
                return (MailHeaders(fields: fields), next)
            }
            let first = bytes[index]
            if first == 0x20 || first == 0x09 {
                // Folded: the CRLF goes, the white space stays.
                if !fields.isEmpty { fields[fields.count - 1].value.append(contentsOf: bytes[index..<contentEnd]) }
            } else if let colon = bytes[index..<contentEnd].firstIndex(of: 0x3A), colon > index,
                bytes[index..<colon].allSatisfy({ $0 > 0x20 && $0 < 0x7F })
            {
                let name = String(decoding: bytes[index..<colon], as: UTF8.self)
                var valueStart = colon + 1
                while valueStart < contentEnd && (bytes[valueStart] == 0x20 || bytes[valueStart] == 0x09) { valueStart += 1 }
                fields.append(Field(name: name, value: Array(bytes[valueStart..<contentEnd])))
            } else if fields.isEmpty && index == bytes.startIndex {
                // An mbox "From " line or similar before the first field.
            } else if fields.isEmpty {
                // Not a message at all: no header section, everything is body.
                return (MailHeaders(), bytes.startIndex)
            }
            index = next
        }
        return (MailHeaders(fields: fields), end)
    }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool {
        utf8.count == other.utf8.count && zip(utf8, other.utf8).allSatisfy { asciiLower($0) == asciiLower($1) }
    }
}

@inline(__always) func asciiLower(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
}
