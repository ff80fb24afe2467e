import Foundation
import IntakeCore

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A WeChat official account's server URL: the `GET` handshake (answer `echostr` verbatim once the signature is
/// checked) and the XML message push in plaintext mode, answered `success`. Text, voice (with WeChat's
/// recognition), image, video, location and link messages become complaints from the sender's openid; events
/// (subscribe, menu clicks) are acknowledged and not stored. Safe-mode (encrypted) pushes are refused with a clear
/// error: set the account to plaintext mode, or wait for the safe-mode adapter.
enum WeChatMessages {
    static func parse(_ request: WebhookRequest) throws(WebhookFormatError) -> WebhookParse {
        if request.method == "GET" {
            guard let echo = request.queryValue("echostr") else { throw WebhookFormatError(.malformed, "the handshake has no echostr") }
            return .reply(.text(echo))
        }
        guard request.method == "POST" else { throw WebhookFormatError(.methodNotAllowed, "WeChat sends GET (handshake) and POST (messages)") }
        guard ["text/xml", "application/xml", ""].contains(request.mediaType) else {
            throw WebhookFormatError(.unsupportedMediaType, "\(request.mediaType) is not accepted; WeChat pushes text/xml")
        }
        let fields = try read(request.body)
        if fields["Encrypt"] != nil || request.queryValue("encrypt_type") == "aes" {
            throw WebhookFormatError(.malformed, "the message is encrypted (safe mode); this source reads plaintext mode only")
        }
        var issues: [ValidationIssue] = []
        for field in ["FromUserName", "MsgType", "CreateTime"] where (fields[field] ?? "").isEmpty {
            issues.append(ValidationIssue(field: field, code: "required", message: "is required"))
        }
        guard issues.isEmpty, let type = fields["MsgType"], let openid = fields["FromUserName"] else {
            return .items([WebhookItem(issues: issues)], isBatch: false)
        }
        // WeChat names the sender in the signed URL too; a body from someone else is not this push.
        if let named = request.queryValue("openid"), named != openid {
            throw WebhookFormatError(.malformed, "the openid in the URL is not the message's sender")
        }
        if type == "event" { return .items([.ignored("a \(fields["Event"] ?? "WeChat") event, not a message")], isBatch: false) }
        var draft = ComplaintDraft(channel: .social)
        draft.complainant = Complainant(handle: openid, platform: "wechat")
        draft.externalID = fields["MsgId"] ?? "\(openid):\(fields["CreateTime"] ?? "")"
        draft.occurredAt = fields["CreateTime"].flatMap(SenderTimestamp.read)
        var wechat: [String: JSONValue] = ["msg_type": .string(type)]
        wechat["to_user"] = fields["ToUserName"].map(JSONValue.string)
        let media = fields["MediaId"]
        switch type {
        case "text":
            draft.body = fields["Content"]
        case "voice":
            draft.body = fields["Recognition"].flatMap { $0.isEmpty ? nil : $0 } ?? "[voice message]"
            wechat["format"] = fields["Format"].map(JSONValue.string)
        case "image":
            draft.body = "[image]"
        case "video", "shortvideo":
            draft.body = "[video]"
            wechat["thumb_media_id"] = fields["ThumbMediaId"].map(JSONValue.string)
        case "location":
            draft.location = fields["Label"]
            draft.body = fields["Label"].map { "[location] \($0)" } ?? "[location]"
            for key in ["Location_X", "Location_Y", "Scale"] { wechat[key.lowercased()] = fields[key].map(JSONValue.string) }
        case "link":
            draft.body = [fields["Title"], fields["Description"], fields["Url"]].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n")
        default:
            return .items([.ignored("a \(type) message, which this source does not read")], isBatch: false)
        }
        if let media {
            wechat["media_id"] = .string(media)
            draft.attachments.append(Attachment(filename: "wechat-\(type)-\(media)", reference: fields["PicUrl"] ?? "wechat-media:\(media)"))
        }
        draft.extra["wechat"] = .object(wechat)
        return .items(
            [WebhookItem(draft: draft, fieldNames: ["body": "Content", "complainant.handle": "FromUserName", "external_id": "MsgId"])],
            isBatch: false
        )
    }

    /// The children of `<xml>` and their text (CDATA or not).
    static func read(_ data: Data) throws(WebhookFormatError) -> [String: String] {
        let parser = XMLParser(data: data)
        let collector = Collector()
        parser.delegate = collector
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), collector.root == "xml" else {
            throw WebhookFormatError(.malformed, "the body is not a WeChat XML message (<xml>…</xml>)")
        }
        return collector.fields
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var root: String?
        var depth = 0
        var current: String?
        var text = ""
        var fields: [String: String] = [:]

        func parser(
            _ parser: XMLParser,
            didStartElement name: String,
            namespaceURI: String?,
            qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            depth += 1
            if depth == 1 { root = name }
            if depth == 2 {
                current = name
                text = ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if depth >= 2 { text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if depth >= 2 { text += String(decoding: CDATABlock, as: UTF8.self) }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if depth == 2, let current {
                fields[current] = text.trimmingCharacters(in: .whitespacesAndNewlines)
                self.current = nil
            }
            depth -= 1
        }
    }
}
