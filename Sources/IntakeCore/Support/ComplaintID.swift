public import struct Foundation.Date

/// Time-ordered unique ids: a ULID (48-bit millisecond time, 80 random bits) in Crockford base32, 26 characters.
///
/// Ids made later sort after ids made earlier (to the millisecond), so the journal and the sinks can order by id.
public enum ComplaintID {
    private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)

    /// A new id for `date`.
    public static func make(at date: Date = Date(), using generator: inout some RandomNumberGenerator) -> String {
        let milliseconds = UInt64(max(0, date.timeIntervalSince1970 * 1000))
        let high = UInt64.random(in: 0...UInt64.max, using: &generator)
        let low = UInt16.random(in: 0...UInt16.max, using: &generator)
        // 128 bits: time (48) ‖ random (80), written as 26 base32 digits from the most significant bit (2 spare bits first).
        let upper = (milliseconds << 16) | UInt64(low)  // 64 bits: time ‖ 16 random bits
        let lower = high  // 64 random bits
        var bytes = [UInt8](repeating: 0, count: 26)
        for index in 0..<26 {
            let shift = (25 - index) * 5
            let value: UInt64
            if shift >= 64 {
                value = (upper >> UInt64(shift - 64)) & 0x1F
            } else if shift + 5 <= 64 {
                value = (lower >> UInt64(shift)) & 0x1F
            } else {
                let lowBits = 64 - shift
                value = ((lower >> UInt64(shift)) | (upper << UInt64(lowBits))) & 0x1F
            }
            bytes[index] = alphabet[Int(value)]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A new id for `date`, from the system's random source.
    public static func make(at date: Date = Date()) -> String {
        var generator = SystemRandomNumberGenerator()
        return make(at: date, using: &generator)
    }

    /// Whether `text` has the form of an id made here.
    public static func isValid(_ text: String) -> Bool {
        text.utf8.count == 26 && text.utf8.allSatisfy { alphabet.contains($0) }
    }
}
