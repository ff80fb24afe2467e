public import struct Foundation.Data

extension Complaint {
    /// The complaint as one line of JSON: the same document `JSONEncoder.makeComplaintEncoder()` writes (members
    /// sorted, absent optionals left out, whole doubles without a fraction), without going through `Encodable`, since
    /// the journal writes it on every request.
    public func jsonData() -> Data {
        Data(jsonBytes())
    }

    /// The bytes of ``jsonData()``.
    public func jsonBytes() -> [UInt8] {
        var writer = JSONWriter(capacity: 1024 + body.utf8.count)
        var first = true
        writer.byte(0x7B)
        writer.key("attachments", first: &first)
        writer.byte(0x5B)
        for (index, attachment) in attachments.enumerated() {
            if index > 0 { writer.byte(0x2C) }
            var inner = true
            writer.byte(0x7B)
            if let value = attachment.contentType {
                writer.key("content_type", first: &inner)
                writer.string(value)
            }
            writer.key("filename", first: &inner)
            writer.string(attachment.filename)
            if let value = attachment.reference {
                writer.key("reference", first: &inner)
                writer.string(value)
            }
            if let value = attachment.sha256 {
                writer.key("sha256", first: &inner)
                writer.string(value)
            }
            if let value = attachment.size {
                writer.key("size", first: &inner)
                writer.integer(value)
            }
            writer.byte(0x7D)
        }
        writer.byte(0x5D)
        writer.key("body", first: &first)
        writer.string(body)
        if let category {
            writer.key("category", first: &first)
            writer.string(category.rawValue)
        }
        writer.key("channel", first: &first)
        writer.string(channel.rawValue)
        writer.key("complainant", first: &first)
        do {
            var inner = true
            writer.byte(0x7B)
            if let value = complainant.contactKey {
                writer.key("contact_key", first: &inner)
                writer.string(value)
            }
            if let value = complainant.customerID {
                writer.key("customer_id", first: &inner)
                writer.string(value)
            }
            if let value = complainant.email {
                writer.key("email", first: &inner)
                writer.string(value)
            }
            if let value = complainant.handle {
                writer.key("handle", first: &inner)
                writer.string(value)
            }
            if let value = complainant.name {
                writer.key("name", first: &inner)
                writer.string(value)
            }
            if let value = complainant.phone {
                writer.key("phone", first: &inner)
                writer.string(value)
            }
            if let value = complainant.platform {
                writer.key("platform", first: &inner)
                writer.string(value)
            }
            writer.byte(0x7D)
        }
        if let demand {
            writer.key("demand", first: &first)
            writer.string(demand)
        }
        if let externalID {
            writer.key("external_id", first: &first)
            writer.string(externalID)
        }
        writer.key("extra", first: &first)
        writer.value(.object(extra))
        writer.key("id", first: &first)
        writer.string(id)
        if let location {
            writer.key("location", first: &first)
            writer.string(location)
        }
        if let occurredAt {
            writer.key("occurred_at", first: &first)
            writer.string(RFC3339.string(from: occurredAt))
        }
        if let raw {
            writer.key("raw", first: &first)
            var inner = true
            writer.byte(0x7B)
            writer.key("content_type", first: &inner)
            writer.string(raw.contentType)
            writer.key("sha256", first: &inner)
            writer.string(raw.sha256)
            writer.key("size", first: &inner)
            writer.integer(raw.size)
            writer.byte(0x7D)
        }
        writer.key("received_at", first: &first)
        writer.string(RFC3339.string(from: receivedAt))
        writer.key("references", first: &first)
        writer.object(references.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }) { writer, value in writer.string(value) }
        if let related {
            writer.key("related", first: &first)
            var inner = true
            writer.byte(0x7B)
            writer.key("earlier_ids", first: &inner)
            writer.value(.array(related.earlierIDs.map(JSONValue.string)))
            writer.key("matched_on", first: &inner)
            writer.value(.array(related.matchedOn.map(JSONValue.string)))
            if let value = related.threadID {
                writer.key("thread_id", first: &inner)
                writer.string(value)
            }
            writer.byte(0x7D)
        }
        if let respondent {
            writer.key("respondent", first: &first)
            var inner = true
            writer.byte(0x7B)
            if let value = respondent.id {
                writer.key("id", first: &inner)
                writer.string(value)
            }
            if let value = respondent.kind {
                writer.key("kind", first: &inner)
                writer.string(value)
            }
            if let value = respondent.name {
                writer.key("name", first: &inner)
                writer.string(value)
            }
            writer.byte(0x7D)
        }
        writer.key("schema_version", first: &first)
        writer.integer(schemaVersion)
        if let severity {
            writer.key("severity", first: &first)
            writer.integer(severity)
        }
        if let sla {
            writer.key("sla", first: &first)
            var inner = true
            writer.byte(0x7B)
            if let value = sla.resolveBy {
                writer.key("resolve_by", first: &inner)
                writer.string(RFC3339.string(from: value))
            }
            writer.key("respond_by", first: &inner)
            writer.string(RFC3339.string(from: sla.respondBy))
            writer.byte(0x7D)
        }
        writer.key("source", first: &first)
        writer.string(source)
        if let subject {
            writer.key("subject", first: &first)
            writer.string(subject)
        }
        writer.key("tags", first: &first)
        writer.value(.array(tags.map(JSONValue.string)))
        if let triage {
            writer.key("triage", first: &first)
            var inner = true
            writer.byte(0x7B)
            writer.key("explanation", first: &inner)
            writer.value(.array(triage.explanation.map(JSONValue.string)))
            writer.key("rules", first: &inner)
            writer.value(.array(triage.rules.map(JSONValue.string)))
            writer.byte(0x7D)
        }
        writer.key("urgency_reasons", first: &first)
        writer.value(.array(urgencyReasons.map(JSONValue.string)))
        writer.key("urgent", first: &first)
        writer.bool(urgent)
        writer.byte(0x7D)
        return writer.bytes
    }
}
