/// Content-Transfer-Encoding decoding: base64 and quoted-printable, lenient with what real mail gets wrong.
public enum TransferEncoding {
    private static let base64Values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, byte) in Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8).enumerated() {
            table[Int(byte)] = UInt8(value)
        }
        // The URL-safe alphabet, which some senders use.
        table[Int(UInt8(ascii: "-"))] = 62
        table[Int(UInt8(ascii: "_"))] = 63
        return table
    }()

    /// Decodes base64, skipping line breaks and other bytes outside the alphabet, stopping at padding.
    /// - Parameter strict: refuse (return `nil`) on anything but the alphabet and padding (for encoded words).
    public static func base64Decode(_ input: ArraySlice<UInt8>, strict: Bool = false) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for byte in input {
            let value = base64Values[Int(byte)]
            if value == 0xFF {
                if byte == UInt8(ascii: "=") { break }
                if strict { return nil }
                continue
            }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        return output
    }

    /// Decodes quoted-printable: `=XX` escapes, soft line breaks (`=` at the end of a line), and a stray `=` kept as
    /// written.
    public static func quotedPrintableDecode(_ input: ArraySlice<UInt8>, underscoreIsSpace: Bool = false) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = input.startIndex
        let end = input.endIndex
        while index < end {
            let byte = input[index]
            if byte == UInt8(ascii: "=") {
                // A soft line break, possibly with trailing white space before the line end.
                var probe = index + 1
                while probe < end && (input[probe] == 0x20 || input[probe] == 0x09) { probe += 1 }
                if probe < end && input[probe] == 0x0A {
                    index = probe + 1
                    continue
                }
                if probe + 1 < end && input[probe] == 0x0D && input[probe + 1] == 0x0A {
                    index = probe + 2
                    continue
                }
                if probe == end {
                    index = end
                    continue
                }
                if index + 2 < end, let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) {
                    output.append(high << 4 | low)
                    index += 3
                    continue
                }
                output.append(byte)
                index += 1
                continue
            }
            output.append(underscoreIsSpace && byte == UInt8(ascii: "_") ? 0x20 : byte)
            index += 1
        }
        return output
    }

    @inline(__always) static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
