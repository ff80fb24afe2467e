import Foundation

/// Readable text from an HTML mail body: tags out, script, style and head content out, entities decoded, block
/// elements and `<br>` as line breaks, list items as `- `, links as `text (URL)` when the URL is not the text.
public enum HTMLText {
    private static let blocks: Set<String> = [
        "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr",
        "section", "article", "header", "footer", "dt", "dd", "dl", "address", "center", "form", "fieldset",
    ]
    private static let hidden: Set<String> = ["script", "style", "head", "title", "template", "noscript", "object", "svg"]

    /// The text of `html`.
    public static func text(from html: String) -> String {
        let scalars = Array(html.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        var hiddenUntil: String?
        var pendingSpace = false
        var link: (href: String, start: Int)?
        var preformatted = 0
        func newline(_ count: Int = 1) {
            // Trailing spaces of the line go; at most two line breaks in a row.
            while let last = output.last, last == " " { output.removeLast() }
            var existing = 0
            for scalar in output.reversed() {
                if scalar == "\n" { existing += 1 } else { break }
            }
            if output.isEmpty { return }
            for _ in existing..<max(existing, count) { output.append("\n") }
            pendingSpace = false
        }
        func emit(_ text: String.UnicodeScalarView) {
            for scalar in text {
                if preformatted == 0, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" {
                    pendingSpace = true
                    continue
                }
                if pendingSpace, let last = output.last, last != "\n", last != " " { output.append(" ") }
                pendingSpace = false
                output.append(scalar)
            }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                // Comments and declarations.
                if index + 3 < scalars.count, scalars[index + 1] == "!", scalars[index + 2] == "-", scalars[index + 3] == "-" {
                    var probe = index + 4
                    while probe + 2 < scalars.count, !(scalars[probe] == "-" && scalars[probe + 1] == "-" && scalars[probe + 2] == ">") { probe += 1 }
                    index = min(scalars.count, probe + 3)
                    continue
                }
                guard let close = findTagEnd(scalars, from: index + 1) else {
                    if hiddenUntil == nil { emit(String.UnicodeScalarView([scalar])) }
                    index += 1
                    continue
                }
                let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
                index = close + 1
                let closing = tag.hasPrefix("/")
                let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
                guard !name.isEmpty else {
                    continue
                }
                if let hidden = hiddenUntil {
                    if closing && name == hidden { hiddenUntil = nil }
                    continue
                }
                if !closing && hidden.contains(name) && !tag.hasSuffix("/") {
                    hiddenUntil = name
                    continue
                }
                if name == "pre" { preformatted = max(0, preformatted + (closing ? -1 : 1)) }
                if name == "a" {
                    if closing, let open = link {
                        let text =
                            String(output).unicodeScalars.count > open.start ? String(String.UnicodeScalarView(Array(output)[open.start...])) : ""
                        if !open.href.isEmpty, open.href.hasPrefix("http"), text.trimmed() != open.href {
                            emit(String.UnicodeScalarView(" (\(open.href))".unicodeScalars))
                        }
                        link = nil
                    } else if !closing {
                        link = (attribute("href", in: tag).map(decodeEntities) ?? "", output.count)
                    }
                    continue
                }
                if name == "li" && !closing {
                    newline()
                    emit(String.UnicodeScalarView("- ".unicodeScalars))
                    pendingSpace = false
                    continue
                }
                if name == "img", !closing, let alt = attribute("alt", in: tag), !alt.isEmpty {
                    emit(decodeEntities(alt).unicodeScalars)
                    continue
                }
                if name == "td" || name == "th" {
                    if !closing { pendingSpace = true }
                    continue
                }
                if blocks.contains(name) {
                    newline(name == "br" || name == "li" || name == "tr" ? 1 : 2)
                }
                continue
            }
            if hiddenUntil != nil {
                index += 1
                continue
            }
            // Text up to the next tag, entities decoded.
            var end = index
            while end < scalars.count, scalars[end] != "<" { end += 1 }
            emit(decodeEntities(String(String.UnicodeScalarView(scalars[index..<end]))).unicodeScalars)
            index = end
        }
        return String(output).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmed() }.joined(separator: "\n")
            .trimmed()
    }

    private static func findTagEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < scalars.count, scalars[start].properties.isAlphabetic || scalars[start] == "/" || scalars[start] == "!" || scalars[start] == "?"
        else { return nil }
        var quote: Unicode.Scalar?
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        let bytes = Array(tag.utf8)
        let pattern = Array((name + "=").utf8)
        guard let offset = bytes.map(asciiLower).firstOffset(of: pattern) else { return nil }
        var rest = Substring(String(decoding: bytes[(offset + pattern.count)...], as: UTF8.self))
        if let quote = rest.first, quote == "\"" || quote == "'" {
            rest = rest.dropFirst()
            return String(rest.prefix { $0 != quote })
        }
        return String(rest.prefix { !$0.isWhitespace && $0 != ">" })
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "copy": "©", "reg": "®", "trade": "™",
        "hellip": "…", "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "bull": "•",
        "middot": "·", "euro": "€", "yen": "¥", "pound": "£", "cent": "¢", "times": "×", "divide": "÷", "deg": "°",
        "laquo": "«", "raquo": "»", "sect": "§", "para": "¶", "ensp": " ", "emsp": " ", "thinsp": " ", "zwj": "\u{200D}",
        "zwnj": "\u{200C}", "shy": "",
    ]

    /// `&amp;`, `&#20013;`, `&#x4E2D;` and common named entities decoded; unknown ones left as written.
    static func decodeEntities(_ text: String) -> String {
        guard text.containsBytes("&") else { return text }
        var output = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            output += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(12).firstIndex(of: ";") {
                let entity = after[..<semicolon]
                var replacement: String?
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    replacement = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if entity.hasPrefix("#") {
                    replacement = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    replacement = named[String(entity)] ?? named[entity.lowercased()]
                }
                if let replacement {
                    output += replacement
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            output += "&"
            rest = after
        }
        return output + rest
    }
}
