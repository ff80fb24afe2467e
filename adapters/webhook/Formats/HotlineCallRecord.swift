import Foundation
import IntakeCore

extension JSONObjectReader {
    /// An RFC 3339 date-time member; a string of another form is recorded as a problem.
    mutating func date(_ key: String) -> Date? {
        guard let text = string(key) else { return nil }
        if let date = RFC3339.date(from: text) { return date }
        fail(key, "format", "must be an RFC 3339 date-time such as 2026-12-01T09:30:00+08:00, not \"\(text)\"")
        return nil
    }

    /// A string member that must be one of `allowed`.
    mutating func choice(_ key: String, _ allowed: [String]) -> String? {
        guard let text = string(key) else { return nil }
        if allowed.contains(text) { return text }
        fail(key, "enum", "must be one of \(allowed.joined(separator: ", ")), not \"\(text)\"")
        return nil
    }

    /// The members not in `known`, kept whole.
    func unknown(_ known: Set<String>) -> [String: JSONValue] {
        members.filter { !known.contains($0.key) }
    }
}

/// The hotline call-record contract (`config/hotline-call.schema.json`): one record per complaint call, posted by
/// the call-centre system when the call ends. The agent's notes are the complaint's body (else the complaint's
/// own `body`, else the voicemail or call transcript); the caller's number is the complainant's phone; the
/// complaint fields the agent captured come in `complaint`, in the native schema's input form; the call's own
/// facts are kept under `extra.call`, the call centre's other fields under `extra.fields`.
public enum HotlineCallRecord {
    /// The call outcomes of the contract.
    public static let dispositions = ["answered", "missed", "abandoned", "voicemail", "busy", "failed"]
    /// The outcomes in which nobody spoke to the caller.
    static let missed: Set<String> = ["missed", "abandoned", "busy", "failed"]

    static let known: Set<String> = [
        "external_call_id", "direction", "caller_number", "caller_name", "called_number", "queue", "agent", "started_at",
        "answered_at", "ended_at", "duration_s", "talk_s", "disposition", "wrapup_code", "notes", "recording_url",
        "recording_consent", "transcript", "ivr_path", "complaint", "fields",
    ]

    static func item(_ value: JSONValue, policy: CallPolicy) -> WebhookItem {
        guard case .object(let members) = value else {
            return WebhookItem(issues: [
                ValidationIssue(field: "", code: "type", message: "a call record must be a JSON object, not \(value.typeName)")
            ])
        }
        var reader = JSONObjectReader(members: members)
        let callID = reader.string("external_call_id")
        if callID == nil, members["external_call_id"] == nil {
            reader.fail("external_call_id", "required", "is required: the call centre's id of the call")
        }
        let direction = reader.choice("direction", ["inbound", "outbound"])
        let caller = reader.string("caller_number")
        let callerName = reader.string("caller_name")
        let called = reader.string("called_number")
        let queue = reader.string("queue")
        var agent: [String: JSONValue]?
        if let object = reader.object("agent") {
            var sub = reader.child("agent", members: object)
            _ = sub.string("id")
            _ = sub.string("email")
            _ = sub.string("name")
            sub.refuseUnknown(allowed: ["id", "email", "name"])
            reader.issues = sub.issues
            agent = object
        }
        let started = reader.date("started_at")
        let answered = reader.date("answered_at")
        let ended = reader.date("ended_at")
        let duration = reader.integer("duration_s")
        let talk = reader.integer("talk_s")
        let disposition = reader.choice("disposition", dispositions)
        let wrapup = reader.string("wrapup_code")
        let notes = reader.string("notes")
        let recording = reader.string("recording_url")
        let consent = reader.bool("recording_consent")
        var transcript: String?
        var transcriptLanguage: String?
        if let object = reader.object("transcript") {
            var sub = reader.child("transcript", members: object)
            transcript = sub.string("text")
            transcriptLanguage = sub.string("language")
            sub.refuseUnknown(allowed: ["text", "language"])
            reader.issues = sub.issues
        }
        let ivr = reader.strings("ivr_path")
        let fields = reader.object("fields")

        // The complaint the agent captured, in the native input form; its problems are named `complaint.…`.
        var draft = ComplaintDraft()
        if let object = reader.object("complaint") {
            var issues: [ValidationIssue] = []
            draft = DraftDecoder.draft(from: .object(object), issues: &issues)
            reader.issues += issues.map { $0.prefixed(by: "complaint") }
        }
        var fieldNames: [String: String] = [:]
        for field in DraftDecoder.inputFields { fieldNames[field] = "complaint.\(field)" }

        draft.externalID = callID
        fieldNames["external_id"] = "external_call_id"
        if draft.complainant.phone == nil, let caller, !isAnonymous(caller) {
            draft.complainant.phone = caller
            fieldNames["complainant.phone"] = "caller_number"
        }
        if draft.complainant.name == nil, let callerName {
            draft.complainant.name = callerName
            fieldNames["complainant.name"] = "caller_name"
        }
        // A caller who withheld the number and gave nothing else is still a complainant: an anonymous one.
        let complainant = draft.complainant
        if complainant.phone == nil, complainant.email == nil, complainant.handle == nil, complainant.customerID == nil, complainant.name == nil,
            caller.map(isAnonymous) ?? true
        {
            draft.complainant.name = "Anonymous caller"
            draft.tags.append("anonymous")
        }
        if draft.occurredAt == nil, let started {
            draft.occurredAt = started
            fieldNames["occurred_at"] = "started_at"
        }
        if let notes, TextCleaning.trimmed(notes) != nil {
            draft.body = notes
            fieldNames["body"] = "notes"
        } else if draft.body == nil, let transcript, TextCleaning.trimmed(transcript) != nil {
            draft.body = transcript
            fieldNames["body"] = "transcript.text"
        }
        if let recording {
            draft.attachments.append(Attachment(filename: recordingName(recording), reference: recording))
        }

        var call: [String: JSONValue] = [:]
        call["direction"] = direction.map(JSONValue.string)
        call["caller_number"] = caller.map(JSONValue.string)
        call["called_number"] = called.map(JSONValue.string)
        call["queue"] = queue.map(JSONValue.string)
        call["agent"] = agent.map(JSONValue.object)
        call["started_at"] = started.map { .string(RFC3339.string(from: $0)) }
        call["answered_at"] = answered.map { .string(RFC3339.string(from: $0)) }
        call["ended_at"] = ended.map { .string(RFC3339.string(from: $0)) }
        call["duration_s"] = duration.map { .int(Int64($0)) }
        call["talk_s"] = talk.map { .int(Int64($0)) }
        call["disposition"] = disposition.map(JSONValue.string)
        call["wrapup_code"] = wrapup.map(JSONValue.string)
        call["recording_consent"] = consent.map(JSONValue.bool)
        if !ivr.isEmpty { call["ivr_path"] = .array(ivr.map(JSONValue.string)) }
        if let transcriptLanguage { call["transcript_language"] = .string(transcriptLanguage) }
        if let transcript, draft.body != transcript { call["transcript"] = .string(transcript) }
        draft.extra.merge(reader.unknown(known)) { current, _ in current }
        draft.extra["call"] = .object(call)
        if let fields { draft.extra["fields"] = .object(fields) }
        draft.channel = draft.channel ?? .hotline

        if !reader.issues.isEmpty { return WebhookItem(draft: draft, issues: reader.issues, fieldNames: fieldNames) }
        let summary = CallSummary(caller: caller, queue: queue, disposition: disposition, started: started, duration: duration)
        if let disposition, missed.contains(disposition) {
            guard policy.keepsMissedCalls else { return .ignored("\(disposition) call; this source keeps calls with a complaint only") }
            if draft.body == nil { draft.body = summary.text }
            draft.tags.append("\(disposition)_call")
        } else if draft.body == nil {
            guard policy.keepsCallsWithoutNotes else { return .ignored("the call has no notes and no transcript") }
            draft.body = summary.text
            draft.tags.append("call_without_notes")
        }
        return WebhookItem(draft: draft, fieldNames: fieldNames)
    }

    static func isAnonymous(_ number: String) -> Bool {
        guard let trimmed = TextCleaning.trimmed(number)?.lowercased() else { return true }
        return ["anonymous", "unknown", "private", "restricted", "unavailable", "withheld"].contains(trimmed)
    }

    /// The file name at the end of a URL's path (`…/CC-1.wav?sig=…` → `CC-1.wav`), or `call-recording`.
    static func recordingName(_ url: String) -> String {
        let utf8 = url.utf8
        let end = utf8.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? utf8.endIndex
        let path = utf8[utf8.startIndex..<end]
        let start = path.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? path.startIndex
        let last = Substring(url.utf8[start..<end])
        return last.isEmpty || !last.contains(".") ? "call-recording" : String(last)
    }
}

/// The words of a call nobody took down: who called, when, where it went and how it ended.
struct CallSummary {
    var caller: String?
    var queue: String?
    var disposition: String?
    var started: Date?
    var duration: Int?

    var text: String {
        var text = "\((disposition ?? "answered").capitalized) call"
        if let caller { text += " from \(HotlineCallRecord.isAnonymous(caller) ? "an anonymous caller" : caller)" }
        if let queue { text += " to queue \(queue)" }
        if let started { text += " at \(RFC3339.string(from: started))" }
        if let duration { text += ", \(duration) s" }
        return text + "; no notes were taken."
    }
}
