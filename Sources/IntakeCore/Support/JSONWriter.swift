/// Writes JSON text into a byte buffer: the fast path for complaint documents, which every request writes once and
/// every delivery to a file writes again.
package struct JSONWriter {
    package private(set) var bytes: [UInt8] = []

    package init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    package mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    package mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as UTF-8.
    package mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                if start < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index])) }
                switch byte {
                case 0x22: raw(#"\""#)
                case 0x5C: raw(#"\\"#)
                case 0x0A: raw(#"\n"#)
                case 0x0D: raw(#"\r"#)
                case 0x09: raw(#"\t"#)
                default:
                    let digits: [UInt8] = Array("0123456789abcdef".utf8)
                    raw(#"\u00"#)
                    bytes.append(digits[Int(byte >> 4)])
                    bytes.append(digits[Int(byte & 0x0F)])
                }
                start = index + 1
            }
            if start < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...])) }
        }
        bytes.append(0x22)
    }

    package mutating func integer(_ value: some BinaryInteger) {
        bytes.append(contentsOf: String(value).utf8)
    }

    package mutating func double(_ value: Double) {
        // Swift prints the shortest text that reads back as the same Double; whole numbers are written without a
        // fraction, as JSONEncoder writes them. JSON has no NaN or infinity.
        if value.isFinite {
            if value == value.rounded(), abs(value) < 1e15 {
                if value == 0, value.sign == .minus { byte(0x2D) }
                bytes.append(contentsOf: String(Int64(value)).utf8)
            } else {
                bytes.append(contentsOf: value.description.utf8)
            }
        } else {
            raw("null")
        }
    }

    package mutating func bool(_ value: Bool) {
        if value { raw("true") } else { raw("false") }
    }

    package mutating func value(_ value: JSONValue) {
        switch value {
        case .null: raw("null")
        case .bool(let flag): bool(flag)
        case .int(let number): integer(number)
        case .double(let number): double(number)
        case .string(let text): string(text)
        case .array(let items):
            byte(0x5B)
            for (index, item) in items.enumerated() {
                if index > 0 { byte(0x2C) }
                self.value(item)
            }
            byte(0x5D)
        case .object(let members):
            object(members.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }) { writer, member in writer.value(member) }
        }
    }

    /// An object of `members` in the order given, each value written by `write`.
    package mutating func object<Value>(_ members: [(String, Value)], _ write: (inout JSONWriter, Value) -> Void) {
        byte(0x7B)
        for (index, member) in members.enumerated() {
            if index > 0 { byte(0x2C) }
            string(member.0)
            byte(0x3A)
            write(&self, member.1)
        }
        byte(0x7D)
    }

    /// Writes `"key":` with the separating comma when needed; `first` tracks the object's first member.
    package mutating func key(_ name: StaticString, first: inout Bool) {
        if !first { byte(0x2C) }
        first = false
        byte(0x22)
        raw(name)
        raw("\":")
    }
}
