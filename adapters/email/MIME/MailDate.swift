import struct Foundation.Date

/// RFC 5322 dates (`Tue, 1 Dec 2026 10:15:00 +0800 (CST)`), obsolete forms included: zone names (GMT, EST, …),
/// two-digit years, missing seconds or day name, comments.
enum MailDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let zones: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "edt": -4 * 60, "est": -5 * 60, "cdt": -5 * 60, "cst": -6 * 60, "mdt": -6 * 60,
        "mst": -7 * 60, "pdt": -7 * 60, "pst": -8 * 60,
    ]

    static func parse(_ text: String) -> Date? {
        // Comments out, separators to spaces.
        var cleaned = ""
        var depth = 0
        for character in text {
            if character == "(" {
                depth += 1
            } else if character == ")" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                cleaned.append(character == "," ? " " : character)
            }
        }
        var tokens = cleaned.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }).map { $0.lowercased() }
        // A day name ("Tue") goes; a month name or a number stays.
        if let first = tokens.first, Int(first) == nil, !months.contains(String(first.prefix(3))) { tokens.removeFirst() }
        guard tokens.count >= 4 else { return nil }
        var day: Int?
        var month: Int?
        // "1 Dec 2026" or "Dec 1 2026"
        if let value = Int(tokens[0]), let index = months.firstIndex(of: String(tokens[1].prefix(3))) {
            day = value
            month = index + 1
        } else if let index = months.firstIndex(of: String(tokens[0].prefix(3))), let value = Int(tokens[1]) {
            day = value
            month = index + 1
        }
        guard let day, let month, (1...31).contains(day), var year = Int(tokens[2]) else { return nil }
        if year < 50 { year += 2000 } else if year < 1000 { year += 1900 }
        // Years a mail can carry; anything else is garbage (and would overflow the day arithmetic).
        guard (1000...9999).contains(year) else { return nil }
        let time = tokens[3].split(separator: ":").map { Int($0) }
        guard time.count >= 2, time.allSatisfy({ $0 != nil }) else { return nil }
        let hour = time[0]!
        let minute = time[1]!
        let second = time.count > 2 ? time[2]! : 0
        guard (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        var offset = 0
        if tokens.count > 4 {
            let zone = tokens[4]
            if let sign = zone.first, sign == "+" || sign == "-", zone.count == 5, let value = Int(zone.dropFirst()) {
                offset = (value / 100 * 60 + value % 100) * (sign == "-" ? -1 : 1)
            } else if let minutes = zones[zone] {
                offset = minutes
            }
        }
        guard let days = daysFromCivil(year: year, month: month, day: day) else { return nil }
        let seconds = Double(days) * 86_400 + Double(hour * 3600 + minute * 60 + min(second, 59)) - Double(offset * 60)
        return Date(timeIntervalSince1970: seconds)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm), `nil` for a day the month lacks.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int? {
        let lengths = [31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
