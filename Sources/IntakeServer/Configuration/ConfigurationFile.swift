// The file form of the configuration: what `config.yaml` may say, decoded as written (snake_case, strings for
// durations). `GatewayConfiguration.load` turns it into the validated form.

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

        enum CodingKeys: String, CodingKey {
            case kind
            case path
            case maxPending = "max_pending"
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

        enum CodingKeys: String, CodingKey {
            case name
            case door
            case channel
            case tags
            case tokens
            case allowLoopbackWithoutToken = "allow_loopback_without_token"
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

        enum CodingKeys: String, CodingKey {
            case name
            case kind
            case path
            case fsync
            case batchSize = "batch_size"
            case retry
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
        "": ["server", "journal", "validation", "sources", "sinks", "routes", "triage", "admin", "logging"],
        "server": ["host", "port", "max_body_bytes", "max_batch"],
        "journal": ["kind", "path", "max_pending"],
        "validation": ["phone_region"],
        "sources[]": ["name", "door", "channel", "tags", "tokens", "allow_loopback_without_token"],
        "sources[].tokens[]": ["name", "env", "file"],
        "sinks[]": ["name", "kind", "path", "fsync", "batch_size", "retry"],
        "sinks[].retry": ["max_attempts", "initial_delay", "max_delay", "max_age"],
        "routes[]": ["match", "sinks"],
        "routes[].match": ["channel", "source", "category", "severity", "urgent"],
        "triage": ["rules", "reload_interval"],
        "admin": ["tokens"],
        "admin.tokens[]": ["name", "env", "file"],
        "logging": ["level"],
    ]
}
