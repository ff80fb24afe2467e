/// The complaint schema v1 as a JSON Schema (draft 2020-12), the published contract of intake.
///
/// The root describes a stored complaint (what sinks receive); `$defs/input` describes the input form a door
/// accepts (`POST /v1/complaints`). `config/complaint.schema.json` is this text, and a test keeps the two equal;
/// `intake schema` prints it.
public enum ComplaintSchema {
    /// The schema document.
    public static let json = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://intake.example/schema/complaint-v1.json",
          "title": "Complaint, schema version 1",
          "description": "A complaint as intake stores and delivers it. Times are UTC RFC 3339; `$defs/input` is the form doors accept.",
          "type": "object",
          "additionalProperties": false,
          "required": ["id", "schema_version", "channel", "source", "received_at", "complainant", "body", "references", "attachments", "urgent", "urgency_reasons", "tags", "extra"],
          "properties": {
            "id": { "type": "string", "pattern": "^[0-9A-HJKMNP-TV-Z]{26}$", "description": "time-ordered unique id (ULID)" },
            "schema_version": { "const": 1 },
            "channel": { "$ref": "#/$defs/channel" },
            "source": { "type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$" },
            "external_id": { "$ref": "#/$defs/line" },
            "received_at": { "$ref": "#/$defs/utc_time" },
            "occurred_at": { "$ref": "#/$defs/utc_time" },
            "complainant": {
              "type": "object",
              "additionalProperties": false,
              "minProperties": 1,
              "properties": {
                "name": { "$ref": "#/$defs/line" },
                "phone": { "type": "string", "pattern": "^\\+[1-9][0-9]{6,14}$", "description": "E.164" },
                "email": { "type": "string", "pattern": "^[^A-Z@\\s]+@[^A-Z@\\s.]+(\\.[^A-Z@\\s.]+)+$", "description": "lower-cased" },
                "handle": { "$ref": "#/$defs/line" },
                "platform": { "type": "string", "pattern": "^[^A-Z]+$" },
                "customer_id": { "$ref": "#/$defs/line" },
                "contact_key": { "type": "string", "pattern": "^(phone|email|handle|customer):.+$" }
              },
              "dependentRequired": { "handle": ["platform"] }
            },
            "subject": { "$ref": "#/$defs/line" },
            "body": { "$ref": "#/$defs/text" },
            "respondent": { "$ref": "#/$defs/respondent" },
            "location": { "$ref": "#/$defs/line" },
            "demand": { "$ref": "#/$defs/text" },
            "references": { "type": "object", "additionalProperties": { "$ref": "#/$defs/line" } },
            "attachments": { "type": "array", "items": { "$ref": "#/$defs/attachment" } },
            "category": { "$ref": "#/$defs/category" },
            "severity": { "$ref": "#/$defs/severity" },
            "urgent": { "type": "boolean" },
            "urgency_reasons": { "type": "array", "items": { "$ref": "#/$defs/line" } },
            "sla": {
              "type": "object",
              "additionalProperties": false,
              "required": ["respond_by"],
              "properties": {
                "respond_by": { "$ref": "#/$defs/utc_time" },
                "resolve_by": { "$ref": "#/$defs/utc_time" }
              }
            },
            "related": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "thread_id": { "type": "string" },
                "earlier_ids": { "type": "array", "items": { "type": "string" } },
                "matched_on": { "type": "array", "items": { "enum": ["phone", "email", "handle", "customer"] } }
              }
            },
            "triage": {
              "type": "object",
              "additionalProperties": false,
              "required": ["rules", "explanation"],
              "properties": {
                "rules": { "type": "array", "items": { "type": "string" } },
                "explanation": { "type": "array", "items": { "type": "string" } }
              }
            },
            "tags": { "type": "array", "items": { "$ref": "#/$defs/line" } },
            "extra": { "type": "object" },
            "raw": {
              "type": "object",
              "additionalProperties": false,
              "required": ["size", "content_type", "sha256"],
              "properties": {
                "size": { "type": "integer", "minimum": 0 },
                "content_type": { "type": "string", "minLength": 1 },
                "sha256": { "$ref": "#/$defs/sha256" }
              }
            }
          },
          "$defs": {
            "channel": { "enum": ["email", "webhook", "sms", "hotline", "social", "manual"] },
            "category": { "enum": ["service_attitude", "product_quality", "logistics", "billing", "safety", "facility", "suggestion", "other"] },
            "severity": { "type": "integer", "minimum": 1, "maximum": 4, "description": "1 is the most severe" },
            "utc_time": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$" },
            "line": { "type": "string", "minLength": 1, "maxLength": 1000, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" },
            "text": { "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$" },
            "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" },
            "respondent": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "kind": { "type": "string", "description": "employee, driver, store, product, department, ..." },
                "id": { "type": "string" },
                "name": { "type": "string" }
              }
            },
            "attachment": {
              "type": "object",
              "additionalProperties": false,
              "required": ["filename"],
              "properties": {
                "filename": { "type": "string", "minLength": 1 },
                "content_type": { "type": "string" },
                "size": { "type": "integer", "minimum": 0 },
                "sha256": { "type": "string", "pattern": "^[0-9a-fA-F]{64}$" },
                "reference": { "type": "string" }
              }
            },
            "input": {
              "title": "Complaint input (POST /v1/complaints)",
              "description": "What a door sends: one object, or an array of them as a batch. Text is trimmed and control characters removed; phone numbers are normalised to E.164 and e-mail lower-cased by the gateway.",
              "type": "object",
              "additionalProperties": false,
              "required": ["body", "complainant"],
              "properties": {
                "channel": { "$ref": "#/$defs/channel" },
                "external_id": { "type": ["string", "null"] },
                "occurred_at": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" },
                "complainant": {
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    "name": { "type": ["string", "null"] },
                    "phone": { "type": ["string", "null"], "pattern": "^[\\s\\u00a0\\u3000]*(\\+|\\uff0b)?[0-9\\uff10-\\uff19\\s\\u00a0\\u3000\\-./()\\uff08\\uff09\\uff0d\\u2010-\\u2015]*[\\s\\u00a0\\u3000]*$" },
                    "email": { "type": ["string", "null"], "pattern": "^\\s*[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+\\s*$" },
                    "handle": { "type": ["string", "null"] },
                    "platform": { "type": ["string", "null"] },
                    "customer_id": { "type": ["string", "null"] }
                  },
                  "anyOf": [
                    { "required": ["name"] }, { "required": ["phone"] }, { "required": ["email"] },
                    { "required": ["handle"] }, { "required": ["customer_id"] }
                  ],
                  "dependentRequired": { "handle": ["platform"] }
                },
                "subject": { "type": ["string", "null"] },
                "body": { "type": "string", "pattern": "[^\\s\\u0000-\\u001f]" },
                "respondent": { "$ref": "#/$defs/respondent" },
                "location": { "type": ["string", "null"] },
                "demand": { "type": ["string", "null"] },
                "references": { "type": "object", "additionalProperties": { "type": "string" } },
                "attachments": { "type": "array", "items": { "$ref": "#/$defs/attachment" } },
                "category": { "$ref": "#/$defs/category" },
                "severity": { "$ref": "#/$defs/severity" },
                "urgent": { "type": "boolean" },
                "urgency_reasons": { "type": "array", "items": { "type": "string" } },
                "tags": { "type": "array", "items": { "type": "string" } },
                "extra": { "type": "object" }
              }
            }
          }
        }
        """#
}
