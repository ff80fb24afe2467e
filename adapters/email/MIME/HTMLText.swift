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
    ///
    /// Works on the UTF-8 bytes: the bytes of a multi-byte character are never `<`, `&` or ASCII white space, so
    /// tags, entities and spacing can be found byte by byte.
    public static func text(from html: String) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 2)
        var index = 0
        var hiddenUntil: String?
        var pendingSpace = false
        var link: (href: String, start: Int)?
        var preformatted = 0
        // The next `>` at or after the current position, found once per `>` (positions only grow): a tag is what
        // lies between `<` and it, if that is under 8 KB. Hostile input such as `<a<a<a…` stays linear.
        var nextGreater = -1
        func tagEnd(after start: Int) -> Int? {
            guard start < bytes.count else { return nil }
            let first = bytes[start]
            let letter = (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A
            guard letter || first == 0x2F || first == 0x21 || first == 0x3F else { return nil }
            if nextGreater < start {
                var probe = start
                while probe < bytes.count && bytes[probe] != 0x3E { probe += 1 }
                nextGreater = probe
            }
            return nextGreater < bytes.count && nextGreater - start <= 8192 ? nextGreater : nil
        }
        func newline(_ count: Int = 1) {
            // Trailing spaces of the line go; at most two line breaks in a row.
            while output.last == 0x20 { output.removeLast() }
            if output.isEmpty { return }
            var existing = 0
            var probe = output.count - 1
            while probe >= 0 && output[probe] == 0x0A {
                existing += 1
                probe -= 1
            }
            for _ in existing..<max(existing, count) { output.append(0x0A) }
            pendingSpace = false
        }
        func emit(_ text: some Sequence<UInt8>) {
            for byte in text {
                if preformatted == 0, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                    pendingSpace = true
                    continue
                }
                if pendingSpace, let last = output.last, last != 0x0A, last != 0x20 { output.append(0x20) }
                pendingSpace = false
                output.append(byte)
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3C {
                // Comments.
                if index + 3 < bytes.count, bytes[index + 1] == 0x21, bytes[index + 2] == 0x2D, bytes[index + 3] == 0x2D {
                    var probe = index + 4
                    while probe + 2 < bytes.count, !(bytes[probe] == 0x2D && bytes[probe + 1] == 0x2D && bytes[probe + 2] == 0x3E) { probe += 1 }
                    index = min(bytes.count, probe + 3)
                    continue
                }
                guard let close = tagEnd(after: index + 1) else {
                    if hiddenUntil == nil { emit(CollectionOfOne(byte)) }
                    index += 1
                    continue
                }
                let tag = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                index = close + 1
                let closing = tag.hasPrefix("/")
                let name = String(tag.drop { $0 == "/" }.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }).lowercased()
                guard !name.isEmpty else { continue }
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
                        let text = open.start < output.count ? String(decoding: output[open.start...], as: UTF8.self) : ""
                        if open.href.hasPrefix("http"), text.trimmed() != open.href { emit(Array(" (\(open.href))".utf8)) }
                        link = nil
                    } else if !closing {
                        link = (attribute("href", in: tag).map(decodeEntities) ?? "", output.count)
                    }
                    continue
                }
                if name == "li" && !closing {
                    newline()
                    output += Array("- ".utf8)
                    pendingSpace = false
                    continue
                }
                if name == "img", !closing, let alt = attribute("alt", in: tag), !alt.isEmpty {
                    emit(Array(decodeEntities(alt).utf8))
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
            while end < bytes.count, bytes[end] != 0x3C { end += 1 }
            let run = bytes[index..<end]
            if run.contains(0x26) {
                emit(Array(decodeEntities(String(decoding: run, as: UTF8.self)).utf8))
            } else {
                emit(run)
            }
            index = end
        }
        return trimmedLines(output).trimmed()
    }

    /// Each line of the UTF-8 text `bytes` without its leading and trailing white space, in one pass over the bytes
    /// (splitting into Characters and trimming each line was a fifth of this conversion).
    static func trimmedLines(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        // White space after the line's last other character: kept only if more of the line follows.
        var pending: Range<Int>?
        var lineStarted = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let end = min(bytes.count, index + (byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4))
            if byte == 0x0A {
                output.append(0x0A)
                pending = nil
                lineStarted = false
            } else if isWhiteSpace(bytes[index..<end]) {
                if lineStarted && pending == nil { pending = index..<end }
                if let start = pending?.lowerBound { pending = start..<end }
            } else {
                if let run = pending { output.append(contentsOf: bytes[run]) }
                pending = nil
                output.append(contentsOf: bytes[index..<end])
                lineStarted = true
            }
            index = end
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether the UTF-8 encoded scalar `scalar` is Unicode White_Space. Outside ASCII, those are U+0085, U+00A0,
    /// U+1680, U+2000-U+205F and U+3000: only scalars with these lead bytes are decoded and looked up.
    private static func isWhiteSpace(_ scalar: ArraySlice<UInt8>) -> Bool {
        let lead = scalar[scalar.startIndex]
        if lead < 0x80 { return lead == 0x20 || (0x09...0x0D).contains(lead) }
        guard lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3 else { return false }
        var value = UInt32(lead & (lead < 0xE0 ? 0x1F : 0x0F))
        for byte in scalar.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
        return Unicode.Scalar(value)?.properties.isWhitespace ?? false
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
