import Foundation
import IntakeCore
import Synchronization

/// Zammad-style generic CTI events: `newCall`, `answer` and `hangup`, keyed by `callId`, as JSON or form data. The
/// events of one call are assembled in memory and become one call record (the hotline contract) at `hangup`; the
/// events before it are answered `{}` at once. A call whose earlier events were lost (a restart between them) is
/// still recorded from its `hangup`, which carries the numbers and direction too.
public final class CTICallAssembler: Sendable {
    struct Call {
        var from: String?
        var to: String?
        var direction: String?
        var users: [String] = []
        var queue: String?
        var answeringNumber: String?
        var startedAt: Date?
        var answeredAt: Date?
        var touched: Date
    }

    private let calls = Mutex<[String: Call]>([:])
    /// Calls whose `hangup` never came are forgotten after this long.
    public let maximumAge: Double
    /// At most this many calls are remembered; the oldest go first.
    public let capacity: Int

    /// Creates an assembler.
    public init(maximumAge: Double = 6 * 3600, capacity: Int = 100_000) {
        self.maximumAge = maximumAge
        self.capacity = capacity
    }

    /// The hang-up causes of the contract and what they mean for the call.
    static func disposition(cause: String?, answered: Bool, known: Bool) -> String {
        if answered { return "answered" }
        // A hang-up whose earlier events were lost (a restart) and that ended normally was a conversation.
        if !known, cause == nil || cause == "normalClearing" { return "answered" }
        switch cause {
        case "busy": return "busy"
        case "cancel": return "abandoned"
        case "noAnswer", "forwarded": return "missed"
        case "congestion", "notFound": return "failed"
        default: return "abandoned"
        }
    }

    func receive(_ request: WebhookRequest, policy: CallPolicy, now: Date) throws(WebhookFormatError) -> WebhookParse {
        var fields: [String: JSONValue]
        if request.isJSON {
            guard case .object(let members) = try WebhookFormat.json(request.body) else {
                throw WebhookFormatError(.malformed, "a CTI event must be a JSON object")
            }
            fields = members
        } else if request.mediaType == "application/x-www-form-urlencoded" {
            fields = [:]
            for (name, value) in FormEncoding.decode(String(decoding: request.body, as: UTF8.self)) {
                let key = name.hasSuffix("[]") ? String(name.dropLast(2)) : name
                if case .array(let items)? = fields[key] {
                    fields[key] = .array(items + [.string(value)])
                } else if name.hasSuffix("[]") {
                    fields[key] = .array([.string(value)])
                } else {
                    fields[key] = .string(value)
                }
            }
        } else {
            throw WebhookFormatError(.unsupportedMediaType, "send CTI events as application/json or application/x-www-form-urlencoded")
        }
        var reader = JSONObjectReader(members: fields)
        let event = reader.choice("event", ["newCall", "answer", "hangup"])
        let callID = reader.string("callId")
        if fields["event"] == nil { reader.fail("event", "required", "is required: newCall, answer or hangup") }
        if fields["callId"] == nil { reader.fail("callId", "required", "is required: the PBX's id of the call") }
        let from = reader.string("from")
        let to = reader.string("to")
        let direction = reader.choice("direction", ["in", "out"])
        var users =
            reader.present("user").map { value -> [String] in
                switch value {
                case .string(let text): [text]
                case .array(let items): items.compactMap { if case .string(let text) = $0 { text } else { nil } }
                default: []
                }
            } ?? []
        users = users.filter { !$0.isEmpty }
        let queue = reader.string("queue")
        let answering = reader.string("answeringNumber")
        let cause = reader.string("cause")
        let notes = reader.string("notes")
        for (key, value) in [("callId", callID), ("from", from), ("to", to), ("queue", queue), ("answeringNumber", answering), ("cause", cause)]
        where (value?.utf8.count ?? 0) > 250 {
            reader.fail(key, "too_long", "must be at most 250 bytes")
        }
        if users.count > 20 || users.contains(where: { $0.utf8.count > 250 }) {
            reader.fail("user", "too_long", "must be at most 20 names of 250 bytes")
        }
        guard reader.issues.isEmpty, let event, let callID else { return .items([WebhookItem(issues: reader.issues)], isBatch: false) }

        let (call, known): (Call?, Bool) = calls.withLock { calls in
            if calls.count >= capacity {
                let cutoff = now.addingTimeInterval(-maximumAge)
                calls = calls.filter { $0.value.touched > cutoff }
                while calls.count >= capacity, let oldest = calls.min(by: { $0.value.touched < $1.value.touched }) { calls[oldest.key] = nil }
            }
            let known = calls[callID] != nil
            var call = calls[callID] ?? Call(touched: now)
            call.from = call.from ?? from
            call.to = call.to ?? to
            call.direction = call.direction ?? direction
            call.queue = call.queue ?? queue
            for user in users where !call.users.contains(user) { call.users.append(user) }
            call.touched = now
            switch event {
            case "newCall":
                call.startedAt = call.startedAt ?? now
            case "answer":
                call.answeredAt = call.answeredAt ?? now
                call.answeringNumber = answering ?? call.answeringNumber
            default:
                // Kept (until it ages out) so that a retried hang-up, after a 503, still knows the call.
                calls[callID] = call
                return (call, known)
            }
            calls[callID] = call
            return (nil, known)
        }
        guard let call else { return .reply(.json("{}")) }
        var record: [String: JSONValue] = ["external_call_id": .string(callID)]
        record["direction"] = call.direction.map { .string($0 == "out" ? "outbound" : "inbound") }
        let customer = call.direction == "out" ? call.to : call.from
        let ours = call.direction == "out" ? call.from : call.to
        record["caller_number"] = customer.map(JSONValue.string)
        record["called_number"] = ours.map(JSONValue.string)
        record["queue"] = call.queue.map(JSONValue.string)
        if !call.users.isEmpty || call.answeringNumber != nil {
            var agent: [String: JSONValue] = [:]
            agent["name"] = call.users.isEmpty ? nil : .string(call.users.joined(separator: ", "))
            agent["id"] = call.answeringNumber.map(JSONValue.string)
            record["agent"] = .object(agent)
        }
        record["started_at"] = call.startedAt.map { .string(RFC3339.string(from: $0)) }
        record["answered_at"] = call.answeredAt.map { .string(RFC3339.string(from: $0)) }
        record["ended_at"] = .string(RFC3339.string(from: now))
        if let started = call.startedAt { record["duration_s"] = .int(Int64(now.timeIntervalSince(started).rounded())) }
        record["disposition"] = .string(Self.disposition(cause: cause, answered: call.answeredAt != nil, known: known))
        record["notes"] = notes.map(JSONValue.string)
        if let cause { record["fields"] = .object(["cause": .string(cause)]) }
        return .items([HotlineCallRecord.item(.object(record), policy: policy)], isBatch: false)
    }
}

/// FreeSWITCH `mod_json_cdr` settings of a source.
public struct FreeSWITCHOptions: Sendable, Hashable {
    /// Whether string values are URL-encoded (`encode-values`, FreeSWITCH's default: true).
    public var encodedValues: Bool
    /// Whether B-legs (the agent's side of a bridged call) are ignored: one record per call.
    public var ignoresBLegs: Bool
    /// The channel variable that carries the agent's notes.
    public var notesVariable: String
    /// The channel variable that carries the recording's path or URL.
    public var recordingVariable: String

    /// Creates options.
    public init(
        encodedValues: Bool = true,
        ignoresBLegs: Bool = true,
        notesVariable: String = "complaint_notes",
        recordingVariable: String = "record_file"
    ) {
        self.encodedValues = encodedValues
        self.ignoresBLegs = ignoresBLegs
        self.notesVariable = notesVariable
        self.recordingVariable = recordingVariable
    }
}

/// FreeSWITCH `mod_json_cdr` posts: raw JSON, `cdr=<url-encoded JSON>` or `cdr=<base64>`, values URL-encoded by
/// default. Mapped onto the hotline call-record contract; the channel variables are kept under `extra.fields`.
enum FreeSWITCHRecords {
    static func parse(_ request: WebhookRequest, options: FreeSWITCHOptions, policy: CallPolicy) throws(WebhookFormatError) -> WebhookItem {
        let json: Data
        switch request.mediaType {
        case "application/json", "":
            json = request.body
        case "application/x-www-form-urlencoded":
            guard let cdr = FormEncoding.decode(String(decoding: request.body, as: UTF8.self)).first(where: { $0.name == "cdr" })?.value else {
                throw WebhookFormatError(.malformed, "the form has no cdr field")
            }
            json = Data(cdr.utf8)
        case "application/x-www-form-base64-encoded":
            let text = String(decoding: request.body, as: UTF8.self)
            let value = text.hasPrefix("cdr=") ? FormEncoding.percentDecode(text.dropFirst(4), plusIsSpace: false) : text
            guard let decoded = Data(base64Encoded: value.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw WebhookFormatError(.malformed, "the cdr field is not base64")
            }
            json = decoded
        default:
            throw WebhookFormatError(.unsupportedMediaType, "\(request.mediaType) is not a mod_json_cdr encoding; send application/json")
        }
        guard case .object(let document) = try WebhookFormat.json(json) else { throw WebhookFormatError(.malformed, "the CDR must be a JSON object") }
        guard case .object(var variables)? = document["variables"] else {
            return WebhookItem(issues: [ValidationIssue(field: "variables", code: "required", message: "is required: the call's channel variables")])
        }
        if options.encodedValues {
            for (key, value) in variables {
                if case .string(let text) = value { variables[key] = .string(FormEncoding.percentDecode(text, plusIsSpace: false)) }
            }
        }
        func text(_ key: String) -> String? {
            switch variables[key] {
            case .string(let value)?: value.isEmpty ? nil : value
            case .int(let value)?: String(value)
            default: nil
            }
        }
        func epoch(_ key: String) -> JSONValue? {
            guard let date = text(key).flatMap(SenderTimestamp.read), date.timeIntervalSince1970 > 0 else { return nil }
            return .string(RFC3339.string(from: date))
        }
        if options.ignoresBLegs, text("originating_leg_uuid") != nil || text("originator") != nil {
            return .ignored("a B-leg of a bridged call; the A-leg is the call record")
        }
        let uuid = text("uuid") ?? request.queryValue("uuid")
        var record: [String: JSONValue] = [:]
        record["external_call_id"] = uuid.map(JSONValue.string)
        record["direction"] = text("direction").map { .string($0 == "outbound" ? "outbound" : "inbound") }
        record["caller_number"] = text("caller_id_number").map(JSONValue.string)
        record["caller_name"] = text("caller_id_name").map(JSONValue.string)
        record["called_number"] = text("destination_number").map(JSONValue.string)
        record["started_at"] = epoch("start_epoch")
        record["answered_at"] = epoch("answer_epoch")
        record["ended_at"] = epoch("end_epoch")
        record["duration_s"] = text("duration").flatMap(Int64.init).map(JSONValue.int)
        record["talk_s"] = text("billsec").flatMap(Int64.init).map(JSONValue.int)
        let answered = record["answered_at"] != nil
        let cause = text("hangup_cause")
        let disposition: String =
            if answered { "answered" } else {
                switch cause {
                case "USER_BUSY": "busy"
                case "NO_ANSWER", "NO_USER_RESPONSE", "ALLOTTED_TIMEOUT": "missed"
                case "ORIGINATOR_CANCEL", "NORMAL_CLEARING", nil: "abandoned"
                default: "failed"
                }
            }
        record["disposition"] = .string(disposition)
        record["queue"] = text("cc_queue").map(JSONValue.string)
        if let agent = text("cc_agent") { record["agent"] = .object(["id": .string(agent)]) }
        record["notes"] = text(options.notesVariable).map(JSONValue.string)
        record["recording_url"] = text(options.recordingVariable).map(JSONValue.string)
        var fields: [String: JSONValue] = [:]
        for key in ["hangup_cause", "sip_call_id", "accountcode", "context"] { fields[key] = variables[key] }
        if case .string(let core)? = document["core-uuid"] { fields["core_uuid"] = .string(core) }
        if case .string(let name)? = document["switchname"] { fields["switchname"] = .string(name) }
        record["fields"] = .object(fields)
        var item = HotlineCallRecord.item(.object(record), policy: policy)
        let rename = [
            "external_call_id": "variables.uuid", "caller_number": "variables.caller_id_number", "notes": "variables.\(options.notesVariable)",
        ]
        item.issues = item.issues.map { issue in
            ValidationIssue(field: rename[issue.field] ?? issue.field, code: issue.code, message: issue.message)
        }
        item.fieldNames = item.fieldNames.mapValues { rename[$0] ?? $0 }
        return item
    }
}
