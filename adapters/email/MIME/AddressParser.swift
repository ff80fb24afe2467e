import Foundation

/// The first mailbox of an address field: `"张三" <Zhang@Example.cn>`, `=?UTF-8?B?…?= <a@b>`, `a@b (Name)`,
/// a bare address, or the first member of a group (`Team: a@b, c@d;`).
enum AddressParser {
    static func first(_ text: String) -> MailAddress? {
        all(text).first
    }

    /// Every mailbox of the field, in order.
    static func all(_ text: String) -> [MailAddress] {
        var results: [MailAddress] = []
        for item in splitTopLevel(text) {
            if let address = mailbox(item) { results.append(address) }
        }
        return results
    }

    /// Splits at commas (and a group's `:` and `;`) outside quotes, angle brackets and comments.
    private static func splitTopLevel(_ text: String) -> [String] {
        var items: [String] = []
        var current = ""
        var inQuote = false
        var angle = 0
        var comment = 0
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            switch character {
            case "\\" where inQuote || comment > 0:
                escaped = true
                current.append(character)
            case "\"" where comment == 0:
                inQuote.toggle()
                current.append(character)
            case "(" where !inQuote:
                comment += 1
                current.append(character)
            case ")" where !inQuote && comment > 0:
                comment -= 1
                current.append(character)
            case "<" where !inQuote && comment == 0:
                angle += 1
                current.append(character)
            case ">" where !inQuote && comment == 0:
                angle = max(0, angle - 1)
                current.append(character)
            case "," where !inQuote && angle == 0 && comment == 0, ";" where !inQuote && angle == 0 && comment == 0:
                items.append(current)
                current = ""
            case ":" where !inQuote && angle == 0 && comment == 0:
                // A group's display name: dropped.
                current = ""
            default:
                current.append(character)
            }
        }
        items.append(current)
        return items.filter { !$0.trimmed().isEmpty }
    }

    private static func mailbox(_ item: String) -> MailAddress? {
        let trimmed = item.trimmed()
        if let open = trimmed.lastIndex(of: "<"), let close = trimmed[open...].firstIndex(of: ">") {
            let address = String(trimmed[trimmed.index(after: open)..<close]).trimmed()
            let name = displayName(String(trimmed[..<open]))
            return MailAddress(name: name, address: address.isEmpty ? nil : address.lowercased())
        }
        // addr-spec, possibly with a comment holding the name: a@b (Name)
        var name: String?
        var address = trimmed
        if let open = trimmed.firstIndex(of: "("), let close = trimmed.lastIndex(of: ")"), open < close {
            name = displayName(String(trimmed[trimmed.index(after: open)..<close]))
            address = (String(trimmed[..<open]) + String(trimmed[trimmed.index(after: close)...])).trimmed()
        }
        guard address.contains("@"), !address.contains(" ") else {
            // A name with no address.
            let alone = displayName(trimmed)
            return alone.map { MailAddress(name: $0, address: nil) }
        }
        return MailAddress(name: name, address: address.lowercased())
    }

    /// A display name: quotes and escapes removed, encoded words decoded, white space trimmed.
    private static func displayName(_ raw: String) -> String? {
        var text = ""
        var inQuote = false
        var escaped = false
        for character in raw {
            if escaped {
                text.append(character)
                escaped = false
            } else if character == "\\" && inQuote {
                escaped = true
            } else if character == "\"" {
                inQuote.toggle()
            } else {
                text.append(character)
            }
        }
        let decoded = EncodedWords.decode(text).trimmed()
        return decoded.isEmpty ? nil : decoded
    }
}
