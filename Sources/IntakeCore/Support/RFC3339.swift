public import Foundation

/// RFC 3339 times as the schema writes them: UTC, `Z`, milliseconds.
public enum RFC3339 {
    /// Formats `date` as `2026-12-01T09:30:00.000Z`.
    public static func string(from date: Date) -> String {
        date.formatted(withFraction)
    }

    /// Parses an RFC 3339 date-time with or without fractional seconds, with `Z` or a numeric offset.
    /// - Returns: the instant, or `nil` when `text` is not an RFC 3339 date-time.
    public static func date(from text: String) -> Date? {
        // Both forms need a date, a `T` (or `t`/space), a time and a zone; Foundation's parser accepts the rest.
        guard text.utf8.count >= 20 else { return nil }
        let normalised = text.replacingOccurrences(of: "t", with: "T").replacingOccurrences(of: "z", with: "Z")
        if let date = try? withFraction.parse(normalised) { return date }
        if let date = try? withoutFraction.parse(normalised) { return date }
        return nil
    }

    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)
    private static let withoutFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: false, timeZone: .gmt)
}

extension JSONEncoder {
    /// The encoder for complaint documents: RFC 3339 UTC times with milliseconds.
    public static func makeComplaintEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(RFC3339.string(from: date))
        }
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

extension JSONDecoder {
    /// The decoder for complaint documents written by ``JSONEncoder/makeComplaintEncoder()``.
    public static func makeComplaintDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = RFC3339.date(from: text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an RFC 3339 date-time: \(text)")
            }
            return date
        }
        return decoder
    }
}
