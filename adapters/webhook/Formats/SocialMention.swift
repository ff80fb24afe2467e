import Foundation
import IntakeCore

/// The social-media mention contract (`config/social-mention.schema.json`): one mention a social monitor found.
/// The author's handle (or id) on the platform is the complainant, the text the body, the post's time when it
/// happened; the external id is `platform:mention_id`, so ids of two platforms never collide. Reach, sentiment,
/// the post's address and media are kept under `extra.social`.
public enum SocialMention {
    static let known: Set<String> = [
        "platform", "mention_id", "url", "author", "text", "language", "posted_at", "sentiment", "reach", "engagement",
        "media", "location", "in_reply_to", "raw",
    ]

    static func item(_ value: JSONValue) -> WebhookItem {
        guard case .object(let members) = value else {
            return WebhookItem(issues: [ValidationIssue(field: "", code: "type", message: "a mention must be a JSON object, not \(value.typeName)")])
        }
        var reader = JSONObjectReader(members: members)
        let platform = TextCleaning.trimmed(reader.string("platform") ?? "")?.lowercased()
        if platform == nil, members["platform"] == nil { reader.fail("platform", "required", "is required: weibo, douyin, x, …") }
        let mentionID = reader.string("mention_id")
        if mentionID == nil, members["mention_id"] == nil { reader.fail("mention_id", "required", "is required: the platform's id of the post") }
        let url = reader.string("url")
        var draft = ComplaintDraft(channel: .social)
        var social: [String: JSONValue] = [:]
        var fieldNames: [String: String] = [
            "external_id": "mention_id", "body": "text", "occurred_at": "posted_at", "complainant.platform": "platform",
        ]
        if let object = reader.object("author") {
            var sub = reader.child("author", members: object)
            let id = sub.string("id")
            let handle = sub.string("handle")
            draft.complainant.name = sub.string("name")
            fieldNames["complainant.name"] = "author.name"
            let followers = sub.integer("followers")
            let verified = sub.bool("verified")
            sub.refuseUnknown(allowed: ["id", "handle", "name", "followers", "verified"])
            if id == nil, handle == nil { sub.fail("handle", "required", "is required (or author.id): who posted it") }
            reader.issues = sub.issues
            draft.complainant.handle = handle ?? id
            fieldNames["complainant.handle"] = handle != nil ? "author.handle" : "author.id"
            var author: [String: JSONValue] = [:]
            author["id"] = id.map(JSONValue.string)
            author["followers"] = followers.map { .int(Int64($0)) }
            author["verified"] = verified.map(JSONValue.bool)
            if !author.isEmpty { social["author"] = .object(author) }
        } else if members["author"] == nil {
            reader.fail("author", "required", "is required: who posted it")
        }
        draft.complainant.platform = platform
        if let platform, let mentionID { draft.externalID = "\(platform):\(mentionID)" }
        draft.body = reader.string("text")
        if draft.body == nil, members["text"] == nil { reader.fail("text", "required", "is required: what the post says") }
        draft.occurredAt = reader.date("posted_at")
        if let language = reader.string("language") { social["language"] = .string(language) }
        if let sentiment = reader.string("sentiment") { social["sentiment"] = .string(sentiment) }
        if let reach = reader.integer("reach") { social["reach"] = .int(Int64(reach)) }
        if let engagement = reader.integer("engagement") { social["engagement"] = .int(Int64(engagement)) }
        if let reply = reader.string("in_reply_to") { social["in_reply_to"] = .string(reply) }
        social["url"] = url.map(JSONValue.string)
        if let media = reader.array("media") {
            var kept: [JSONValue] = []
            for (index, entry) in media.enumerated() {
                guard case .object(let object) = entry else {
                    reader.fail("media[\(index)]", "type", "must be an object, not \(entry.typeName)")
                    continue
                }
                var sub = reader.child("media[\(index)]", members: object)
                let address = sub.string("url")
                let kind = sub.string("type")
                sub.refuseUnknown(allowed: ["url", "type"])
                if address == nil { sub.fail("url", "required", "is required") }
                reader.issues = sub.issues
                if let address {
                    draft.attachments.append(Attachment(filename: HotlineCallRecord.recordingName(address), reference: address))
                    kept.append(.object(["url": .string(address), "type": kind.map(JSONValue.string) ?? .null]))
                }
            }
            if !kept.isEmpty { social["media"] = .array(kept) }
        }
        if let location = reader.present("location") {
            switch location {
            case .string(let text):
                draft.location = text
            case .object(let object):
                let parts = ["label", "city", "region", "country"].compactMap { key -> String? in
                    if case .string(let text)? = object[key], !text.isEmpty { return text }
                    return nil
                }
                draft.location = parts.first
                social["location"] = location
            default:
                reader.fail("location", "type", "must be a string or an object, not \(location.typeName)")
            }
        }
        if let raw = reader.present("raw") { draft.extra["raw"] = raw }
        draft.extra.merge(reader.unknown(known)) { current, _ in current }
        draft.extra["social"] = .object(social)
        return WebhookItem(draft: draft, issues: reader.issues, fieldNames: fieldNames)
    }
}
