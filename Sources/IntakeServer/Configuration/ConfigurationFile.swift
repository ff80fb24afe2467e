// The file form of the configuration: what `config.yaml` may say, decoded as written (snake_case, strings for
// durations). `GatewayConfiguration.load` turns it into the validated form.

import IntakeWebhook

struct ConfigurationFile: Decodable {
    var server: Server?
    var journal: Journal?
    var validation: Validation?
    var sources: [Source]?
    var sinks: [Sink]?
    var routes: [Route]?
    var triage: Triage?
    var admin: Admin?
    var logging: Logging?
    var ui: UI?

    struct Server: Decodable {
        var host: String?
        var port: Int?
        var maxBodyBytes: Int?
        var maxBatch: Int?

        enum CodingKeys: String, CodingKey {
            case host
            case port
            case maxBodyBytes = "max_body_bytes"
            case maxBatch = "max_batch"
        }
    }

    struct Journal: Decodable {
        var kind: String?
        var path: String?
        var maxPending: Int?
        var host: String?
        var port: Int?
        var user: String?
        var password: Secret?
        var database: String?
        var tls: String?
        var caFile: String?
        var poolSize: Int?
        var replica: String?

        enum CodingKeys: String, CodingKey {
            case kind
            case path
            case maxPending = "max_pending"
            case host
            case port
            case user
            case password
            case database
            case tls
            case caFile = "ca_file"
            case poolSize = "pool_size"
            case replica
        }
    }

    struct Validation: Decodable {
        var phoneRegion: String?

        enum CodingKeys: String, CodingKey {
            case phoneRegion = "phone_region"
        }
    }

    struct Secret: Decodable {
        var name: String?
        var env: String?
        var file: String?
    }

    struct Source: Decodable {
        var name: String?
        var door: String?
        var channel: String?
        var tags: [String]?
        var tokens: [Secret]?
        var allowLoopbackWithoutToken: Bool?
        var format: String?
        var auth: Auth?
        var allowFrom: [String]?
        var calls: Calls?
        var freeswitch: FreeSWITCH?
        var mapping: Mapping?
        var provider: String?
        var publicURL: String?
        var partsWait: String?
        var email: Email?

        enum CodingKeys: String, CodingKey {
            case name
            case door
            case channel
            case tags
            case tokens
            case allowLoopbackWithoutToken = "allow_loopback_without_token"
            case format
            case auth
            case allowFrom = "allow_from"
            case calls
            case freeswitch
            case mapping
            case provider
            case publicURL = "public_url"
            case partsWait = "parts_wait"
            case email
        }
    }

    /// How a webhook source proves who it is.
    struct Auth: Decodable {
        var scheme: String?
        var secrets: [Secret]?
        var publicKeys: [Secret]?
        var tolerance: String?
        var header: String?
        var algorithm: String?
        var encoding: String?
        var prefix: String?
        var timestampHeader: String?
        var idHeader: String?
        var signed: String?
        var allowSHA1: Bool?
        var allowPathToken: Bool?
        var method: String?

        enum CodingKeys: String, CodingKey {
            case scheme
            case secrets
            case publicKeys = "public_keys"
            case tolerance
            case header
            case algorithm
            case encoding
            case prefix
            case timestampHeader = "timestamp_header"
            case idHeader = "id_header"
            case signed
            case allowSHA1 = "allow_sha1"
            case allowPathToken = "allow_path_token"
            case method
        }
    }

    /// What a hotline source does with calls without complaint words.
    struct Calls: Decodable {
        var missed: String?
        var withoutNotes: String?

        enum CodingKeys: String, CodingKey {
            case missed
            case withoutNotes = "without_notes"
        }
    }

    struct FreeSWITCH: Decodable {
        var encodedValues: Bool?
        var bLegs: String?
        var notesVariable: String?
        var recordingVariable: String?

        enum CodingKeys: String, CodingKey {
            case encodedValues = "encoded_values"
            case bLegs = "b_legs"
            case notesVariable = "notes_variable"
            case recordingVariable = "recording_variable"
        }
    }

    struct Mapping: Decodable {
        var items: String?
        var fields: [String: PayloadMapping.RuleSpec]?
        var keepUnmapped: Bool?

        enum CodingKeys: String, CodingKey {
            case items
            case fields
            case keepUnmapped = "keep_unmapped"
        }
    }

    struct Retry: Decodable {
        var maxAttempts: Int?
        var initialDelay: String?
        var maxDelay: String?
        var maxAge: String?

        enum CodingKeys: String, CodingKey {
            case maxAttempts = "max_attempts"
            case initialDelay = "initial_delay"
            case maxDelay = "max_delay"
            case maxAge = "max_age"
        }
    }

    struct Sink: Decodable {
        var name: String?
        var kind: String?
        var path: String?
        var fsync: Bool?
        var batchSize: Int?
        var retry: Retry?
        // http
        var url: String?
        var batches: Bool?
        var signingSecret: Secret?
        var bearerToken: Secret?
        var headers: [String: String]?
        var connectTimeout: String?
        var timeout: String?
        var caFile: String?
        var maxInFlight: Int?
        var circuit: Circuit?
        var template: String?
        var contentType: String?
        // postgres
        var host: String?
        var port: Int?
        var user: String?
        var password: Secret?
        var database: String?
        var tls: String?
        var poolSize: Int?
        var table: String?
        var createTable: Bool?
        var paused: Bool?

        enum CodingKeys: String, CodingKey {
            case name
            case kind
            case path
            case fsync
            case batchSize = "batch_size"
            case retry
            case url
            case batches
            case signingSecret = "signing_secret"
            case bearerToken = "bearer_token"
            case headers
            case connectTimeout = "connect_timeout"
            case timeout
            case caFile = "ca_file"
            case maxInFlight = "max_in_flight"
            case circuit
            case template
            case contentType = "content_type"
            case host
            case port
            case user
            case password
            case database
            case tls
            case poolSize = "pool_size"
            case table
            case createTable = "create_table"
            case paused
        }
    }

    struct Circuit: Decodable {
        var failures: Int?
        var openFor: String?

        enum CodingKeys: String, CodingKey {
            case failures
            case openFor = "open_for"
        }
    }

    struct Match: Decodable {
        var channel: [String]?
        var source: [String]?
        var category: [String]?
        var severity: [Int]?
        var urgent: Bool?
    }

    struct Triage: Decodable {
        var rules: String?
        var reloadInterval: String?

        enum CodingKeys: String, CodingKey {
            case rules
            case reloadInterval = "reload_interval"
        }
    }

    struct Route: Decodable {
        var match: Match?
        var sinks: [String]?
    }

    struct Admin: Decodable {
        var tokens: [Secret]?
    }

    struct Logging: Decodable {
        var level: String?
    }

    /// The keys each mapping may have, by path pattern (`[]` stands for any sequence index). Decodable ignores unknown
    /// keys; a configuration must not, since a misspelt key silently falls back to a default.
    static let allowedKeys: [String: Set<String>] = [
        "": ["server", "journal", "validation", "sources", "sinks", "routes", "triage", "admin", "logging", "ui"],
        "ui": uiKeys,
        "ui.sso": ["header", "trusted_proxies"],
        "server": ["host", "port", "max_body_bytes", "max_batch"],
        "journal": ["kind", "path", "max_pending", "host", "port", "user", "password", "database", "tls", "ca_file", "pool_size", "replica"],
        "journal.password": ["name", "env", "file"],
        "validation": ["phone_region"],
        "sources[]": [
            "name", "door", "channel", "tags", "tokens", "allow_loopback_without_token", "format", "auth", "allow_from", "calls",
            "freeswitch", "mapping", "provider", "public_url", "parts_wait", "email",
        ],
        "sources[].email": emailKeys,
        "sources[].email.password": ["name", "env", "file"],
        "sources[].tokens[]": ["name", "env", "file"],
        "sources[].auth": [
            "scheme", "secrets", "public_keys", "tolerance", "header", "algorithm", "encoding", "prefix", "timestamp_header",
            "id_header", "signed", "allow_sha1", "allow_path_token", "method",
        ],
        "sources[].auth.secrets[]": ["name", "env", "file"],
        "sources[].auth.public_keys[]": ["name", "env", "file"],
        "sources[].calls": ["missed", "without_notes"],
        "sources[].freeswitch": ["encoded_values", "b_legs", "notes_variable", "recording_variable"],
        "sources[].mapping": ["items", "fields", "keep_unmapped"],
        "sinks[]": [
            "name", "kind", "path", "fsync", "batch_size", "retry", "url", "batches", "signing_secret", "bearer_token", "headers", "connect_timeout",
            "timeout", "ca_file", "max_in_flight", "circuit", "template", "content_type", "host", "port", "user", "password", "database", "tls",
            "pool_size", "table", "create_table", "paused",
        ],
        "sinks[].signing_secret": ["name", "env", "file"],
        "sinks[].bearer_token": ["name", "env", "file"],
        "sinks[].password": ["name", "env", "file"],
        "sinks[].circuit": ["failures", "open_for"],
        "sinks[].retry": ["max_attempts", "initial_delay", "max_delay", "max_age"],
        "routes[]": ["match", "sinks"],
        "routes[].match": ["channel", "source", "category", "severity", "urgent"],
        "triage": ["rules", "reload_interval"],
        "admin": ["tokens"],
        "admin.tokens[]": ["name", "env", "file"],
        "logging": ["level"],
    ]
}
