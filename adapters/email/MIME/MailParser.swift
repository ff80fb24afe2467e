import Foundation

/// Decodes a raw RFC 5322 message into a ``MailMessage``: headers with folding and RFC 2047 words, MIME parts at any
/// depth, transfer encodings, charsets, attachments and forwarded messages.
///
/// It never fails: broken input gives what could be read (a multipart without its closing boundary keeps the parts
/// it has and says so, a part without Content-Type is US-ASCII text, a message without headers is all body). Nesting
/// deeper than ``maximumDepth`` is kept as attachments rather than followed.
public enum MailParser {
    /// How deep multiparts are followed.
    public static let maximumDepth = 32
    /// How many parts one multipart may have; the rest is kept whole as its last part.
    public static let maximumParts = 2000

    /// Decodes a message.
    public static func parse(_ bytes: [UInt8]) -> MailMessage {
        let root = MIMEPart.parse(bytes[...], depth: 0, defaultType: "text/plain")
        var collector = Collector()
        let pieces = collector.body(of: root) ?? []
        let plain = pieces.filter { !$0.isHTML }
        var flags = collector.flags
        let body: String
        if !plain.isEmpty {
            body = Self.joined(plain.map { Self.normalized($0.text) })
        } else if !pieces.isEmpty {
            body = Self.joined(pieces.map { Self.normalized(HTMLText.text(from: $0.text)) })
            flags.insert(.htmlConverted)
        } else {
            body = ""
        }
        let used = plain.isEmpty ? pieces : plain
        for piece in used {
            if piece.decoded.replaced { flags.insert(.replacementCharacters) }
            if piece.decoded.guessed { flags.insert(.charsetGuessed) }
        }
        let headers = root.headers
        var message = MailMessage(
            headers: headers,
            subject: nil,
            from: nil,
            replyTo: nil,
            date: headers["Date"].flatMap(MailDate.parse),
            messageID: headers["Message-ID"].flatMap { MessageIDs.parse($0).first },
            inReplyTo: headers["In-Reply-To"].map(MessageIDs.parse) ?? [],
            references: headers["References"].map(MessageIDs.parse) ?? [],
            body: Self.normalized(body),
            attachments: collector.attachments,
            flags: flags,
            automated: nil,
            bodyCharset: used.first?.decoded.charset
        )
        if let raw = headers.raw("Subject") {
            let decoded = Charset.decodeHeaderBytes(raw)
            if decoded.replaced { message.flags.insert(.replacementCharacters) }
            message.subject = EncodedWords.decode(decoded.text).trimmed()
        }
        message.from = headers["From"].flatMap(AddressParser.first)
        message.replyTo = headers["Reply-To"].flatMap(AddressParser.first)
        message.automated = Self.automated(headers: headers, contentType: root.contentType, from: message.from)
        return message
    }

    /// Text pieces, empty ones dropped, a blank line between them.
    static func joined(_ pieces: [String]) -> String {
        pieces.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// Line ends as `\n`, leading and trailing white space removed.
    static func normalized(_ text: String) -> String {
        text.withUnixLineEnds().trimmed()
    }

    /// Auto-replies, bounces and bulk mail, from the headers that announce them.
    static func automated(headers: MailHeaders, contentType: HeaderParameters, from: MailAddress?) -> AutomatedMail? {
        let sender = from?.address ?? ""
        let local = sender.split(separator: "@").first.map(String.init) ?? ""
        if contentType.value == "multipart/report", contentType["report-type"]?.lowercased() == "delivery-status" { return .bounce }
        if ["mailer-daemon", "postmaster"].contains(local) { return .bounce }
        if let auto = headers["Auto-Submitted"]?.trimmed().lowercased(), !auto.isEmpty, !auto.hasPrefix("no") {
            return .autoReply
        }
        for name in ["X-Autoreply", "X-Autorespond"] {
            if let value = headers[name]?.trimmed().lowercased(), value != "no" { return .autoReply }
        }
        if let precedence = headers["Precedence"]?.trimmed().lowercased() {
            if precedence == "auto_reply" { return .autoReply }
            if ["bulk", "junk", "list"].contains(precedence) { return .bulk }
        }
        // A null return path (`<>`) means "never answer this": mail a machine sent (RFC 3834 §3.3); a person's mail
        // always has a sender.
        if let returnPath = headers["Return-Path"], returnPath.filter({ !$0.isWhitespace }) == "<>" { return .autoReply }
        return nil
    }
}

/// A piece of body text and how it was decoded.
struct TextPiece {
    var text: String
    var isHTML: Bool
    var decoded: DecodedText
}

/// Walks the MIME tree: picks the body text, gathers the attachments.
struct Collector {
    var attachments: [MailAttachment] = []
    var flags: Set<MailDecodingFlag> = []

    /// The body text pieces of `part` (nil for an attachment), gathering attachments on the way.
    mutating func body(of part: MIMEPart) -> [TextPiece]? {
        if part.truncated { flags.insert(.truncatedMultipart) }
        let type = part.contentType.value
        if type.hasPrefix("multipart/"), !part.children.isEmpty || part.isMultipartWithBoundary {
            if type == "multipart/alternative" {
                // The HTML versions are decoded only when no version has plain text (most mail has both).
                var children = part.children.map { child -> [TextPiece]? in child.isHTMLText ? [] : body(of: child) }
                for case let pieces? in children where pieces.contains(where: { !$0.isHTML }) { return pieces.filter { !$0.isHTML } }
                for (index, child) in part.children.enumerated() where child.isHTMLText { children[index] = body(of: child) }
                for case let pieces? in children where !pieces.isEmpty { return pieces }
                return []
            }
            let children = part.children.map { body(of: $0) }
            let pieces = children.compactMap { $0 }.flatMap { $0 }
            let plain = pieces.filter { !$0.isHTML }
            return plain.isEmpty ? pieces : plain
        }
        if part.isInlineText {
            let decoded = Charset.decode(part.decodedBody(), declared: part.contentType["charset"])
            return [TextPiece(text: decoded.text, isHTML: type == "text/html", decoded: decoded)]
        }
        attachments.append(part.attachment())
        return nil
    }
}

/// One MIME entity: its headers, its raw (still transfer-encoded) body, and its parts if it is a multipart.
struct MIMEPart {
    var headers: MailHeaders
    var contentType: HeaderParameters
    var disposition: HeaderParameters?
    var body: ArraySlice<UInt8>
    var children: [MIMEPart] = []
    /// The closing boundary was missing.
    var truncated = false
    var isMultipartWithBoundary = false

    static func parse(_ bytes: ArraySlice<UInt8>, depth: Int, defaultType: String) -> MIMEPart {
        let (headers, bodyStart) = MailHeaders.parse(bytes)
        var contentType = headers.raw("Content-Type").map(HeaderParameters.init) ?? HeaderParameters(Array(defaultType.utf8))
        if !contentType.value.contains("/") { contentType.value = defaultType }
        var part = MIMEPart(
            headers: headers,
            contentType: contentType,
            disposition: headers.raw("Content-Disposition").map(HeaderParameters.init),
            body: bytes[bodyStart...]
        )
        guard contentType.value.hasPrefix("multipart/"), let boundary = contentType["boundary"], !boundary.isEmpty,
            depth < MailParser.maximumDepth
        else {
            if contentType.value.hasPrefix("multipart/") {
                part.contentType.value = depth < MailParser.maximumDepth ? "text/plain" : "application/octet-stream"
            }
            return part
        }
        part.isMultipartWithBoundary = true
        let childType = contentType.value == "multipart/digest" ? "message/rfc822" : "text/plain"
        var (bodies, closed) = Self.split(part.body, boundary: Array(boundary.utf8))
        var rest: ArraySlice<UInt8>?
        if bodies.count > MailParser.maximumParts {
            // Thousands of parts are an attack, not a mail: the rest is kept whole as one attachment.
            rest = part.body[bodies[MailParser.maximumParts].startIndex...]
            bodies = Array(bodies.prefix(MailParser.maximumParts))
            closed = false
        }
        part.children = bodies.map { parse($0, depth: depth + 1, defaultType: childType) }
        if let rest {
            part.children.append(
                MIMEPart(
                    headers: MailHeaders(),
                    contentType: HeaderParameters(Array("application/octet-stream".utf8)),
                    disposition: HeaderParameters(Array("attachment".utf8)),
                    body: rest
                )
            )
        }
        part.truncated = !closed && !bodies.isEmpty
        if bodies.isEmpty {
            // No delimiter at all: read the body as text.
            part.contentType.value = "text/plain"
            part.isMultipartWithBoundary = false
        }
        return part
    }

    /// The bodies between `--boundary` lines, and whether the closing `--boundary--` came.
    static func split(_ body: ArraySlice<UInt8>, boundary: [UInt8]) -> ([ArraySlice<UInt8>], Bool) {
        let delimiter: [UInt8] = [0x2D, 0x2D] + boundary
        var parts: [ArraySlice<UInt8>] = []
        var partStart: Int?
        var lineStart = body.startIndex
        let end = body.endIndex
        while lineStart < end {
            let lineEnd = body[lineStart...].firstIndex(of: 0x0A) ?? end
            if lineEnd - lineStart >= delimiter.count, body[lineStart] == 0x2D,
                body[lineStart..<(lineStart + delimiter.count)].elementsEqual(delimiter)
            {
                var after = lineStart + delimiter.count
                let closing = after + 1 < lineEnd + 1 && after + 1 < end && body[after] == 0x2D && body[after + 1] == 0x2D
                if closing { after += 2 }
                // Only transport padding may follow the delimiter on its line.
                if body[after..<lineEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                    if let start = partStart {
                        // The line break before the delimiter belongs to it.
                        var stop = lineStart
                        if stop > start, body[stop - 1] == 0x0A { stop -= 1 }
                        if stop > start, body[stop - 1] == 0x0D { stop -= 1 }
                        parts.append(body[start..<max(start, stop)])
                    }
                    if closing { return (parts, true) }
                    partStart = lineEnd < end ? lineEnd + 1 : end
                }
            }
            lineStart = lineEnd < end ? lineEnd + 1 : end
        }
        if let start = partStart, start < end { parts.append(body[start..<end]) } else if let start = partStart { parts.append(body[start..<start]) }
        return (parts, false)
    }

    var filename: String? {
        let name = disposition?["filename"] ?? contentType["name"]
        guard let name else { return nil }
        let trimmed = name.trimmed()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Text meant to be read as the message: text/plain or text/html, not marked as an attachment, without a name.
    var isInlineText: Bool {
        let type = contentType.value
        guard type == "text/plain" || type == "text/html" else { return false }
        if disposition?.value == "attachment" { return false }
        return filename == nil
    }

    /// An HTML body text (not an attachment): what a multipart/alternative reads only when it has no plain text.
    var isHTMLText: Bool { contentType.value == "text/html" && isInlineText }

    func decodedBody() -> [UInt8] {
        let encoding = headers["Content-Transfer-Encoding"]?.trimmed().lowercased() ?? ""
        switch encoding {
        case "base64": return TransferEncoding.base64Decode(body) ?? []
        case "quoted-printable": return TransferEncoding.quotedPrintableDecode(body)
        default: return Array(body)
        }
    }

    func attachment() -> MailAttachment {
        var data = decodedBody()
        var type = contentType.value
        if type.hasPrefix("multipart/") {
            // A multipart nested too deep: kept whole.
            data = Array(body)
            type = "application/octet-stream"
        }
        return MailAttachment(filename: filename, contentType: type, data: data)
    }
}

/// `<id@host>` lists in Message-ID, In-Reply-To and References.
enum MessageIDs {
    static func parse(_ text: String) -> [String] {
        var ids: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let id = rest[rest.index(after: open)..<close].filter { !$0.isWhitespace }
            if !id.isEmpty, !ids.contains(String(id)) { ids.append(String(id)) }
            rest = rest[rest.index(after: close)...]
        }
        if ids.isEmpty {
            // Some senders leave the brackets out.
            let bare = text.trimmed()
            if !bare.isEmpty, !bare.contains(" "), bare.contains("@") { ids.append(bare) }
        }
        return ids
    }
}
