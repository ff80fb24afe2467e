import Foundation
import IntakeCore
import IntakeSinks
import IntakeStorePostgres
import Mustache

extension ConfigurationChecker {
    /// One secret (`env:` or `file:`), or `nil` with the problem recorded.
    mutating func secret(_ secret: ConfigurationFile.Secret?, path: Path) -> String? {
        guard let secret else { return nil }
        return resolveTokens([secret], path: path).first.map { $0.value }.flatMap { $0 }
    }

    /// Validates an `http` sink.
    mutating func httpSink(_ sink: ConfigurationFile.Sink, path: Path) -> HTTPSink.Configuration? {
        let before = problems.count
        guard let url = sink.url, let components = URLComponents(string: url), ["http", "https"].contains(components.scheme?.lowercased() ?? ""),
            components.host?.isEmpty == false
        else {
            problem(
                path + [.key("url")],
                sink.url == nil ? "is required for an http sink" : "must be an http:// or https:// URL, not \"\(sink.url ?? "")\""
            )
            return nil
        }
        var settings = HTTPSink.Configuration(url: url)
        settings.batches = sink.batches ?? false
        if let text = secret(sink.signingSecret, path: path + [.key("signing_secret")]) {
            var body = text
            if body.hasPrefix("whsec_") { body.removeFirst("whsec_".count) }
            if let key = Data(base64Encoded: body), !key.isEmpty {
                settings.signingSecret = Array(key)
            } else {
                problem(path + [.key("signing_secret")], "must be a Standard Webhooks secret: whsec_ and base64")
            }
        }
        settings.bearerToken = secret(sink.bearerToken, path: path + [.key("bearer_token")])
        settings.headers = sink.headers ?? [:]
        for name in settings.headers.keys
        where ["content-type", "idempotency-key", "webhook-id", "webhook-signature", "webhook-timestamp"].contains(name.lowercased()) {
            problem(path + [.key("headers"), .key(name)], "is set by the sink itself")
        }
        if let value = duration(sink.connectTimeout, path: path + [.key("connect_timeout")]) { settings.connectTimeout = value }
        if let value = duration(sink.timeout, path: path + [.key("timeout")]) { settings.timeout = value }
        if let file = sink.caFile {
            if FileManager.default.isReadableFile(atPath: file) {
                settings.caFile = file
            } else {
                problem(path + [.key("ca_file")], "cannot read \(file)")
            }
        }
        if let value = sink.maxInFlight {
            if (1...1024).contains(value) { settings.maximumInFlight = value } else { problem(path + [.key("max_in_flight")], "must be 1 to 1024") }
        }
        if let circuit = sink.circuit {
            if let failures = circuit.failures {
                if failures >= 1 {
                    settings.circuitFailures = failures
                } else {
                    problem(path + [.key("circuit"), .key("failures")], "must be at least 1")
                }
            }
            if let value = duration(circuit.openFor, path: path + [.key("circuit"), .key("open_for")]) { settings.circuitOpenFor = value }
        }
        if let file = sink.template {
            do {
                let text = try String(contentsOfFile: file, encoding: .utf8)
                _ = try MustacheTemplate(string: text)
                settings.template = text
                if settings.batches { problem(path + [.key("template")], "renders one complaint per request; it cannot be used with batches") }
            } catch {
                problem(path + [.key("template")], "\(file): \(error)")
            }
        }
        if let type = sink.contentType { settings.contentType = type }
        return problems.count == before ? settings : nil
    }

    /// Validates a `journal: {kind: postgres}`: the server, the login (password from the environment or a file), TLS
    /// and the pool; the replica's name defaults to host and process id.
    mutating func postgresJournal(_ journal: ConfigurationFile.Journal, path: Path) -> PostgresJournal.Configuration? {
        let before = problems.count
        guard let user = journal.user, let database = journal.database else {
            if journal.user == nil { problem(path + [.key("user")], "is required for a postgres journal") }
            if journal.database == nil { problem(path + [.key("database")], "is required for a postgres journal") }
            return nil
        }
        var settings = PostgresJournal.Configuration(username: user, database: database)
        if let host = journal.host { settings.host = host }
        if let port = journal.port {
            if (1...65535).contains(port) { settings.port = port } else { problem(path + [.key("port")], "must be 1 to 65535") }
        }
        settings.password = secret(journal.password, path: path + [.key("password")])
        if let text = journal.tls {
            if let mode = PostgresJournal.Configuration.TLSMode(rawValue: text) {
                settings.tls = mode
            } else {
                problem(path + [.key("tls")], "must be disable, prefer or require")
            }
        }
        if let file = journal.caFile {
            if FileManager.default.isReadableFile(atPath: file) {
                settings.caFile = file
            } else {
                problem(path + [.key("ca_file")], "cannot read \(file)")
            }
        }
        if let size = journal.poolSize {
            if (2...256).contains(size) { settings.poolSize = size } else { problem(path + [.key("pool_size")], "must be 2 to 256") }
        }
        if let pending = journal.maxPending, pending >= 1 { settings.maximumPendingEntries = pending }
        if let replica = journal.replica {
            if replica.isEmpty || replica.utf8.count > 128 {
                problem(path + [.key("replica")], "must be 1 to 128 characters")
            } else {
                settings.replica = replica
            }
        }
        return problems.count == before ? settings : nil
    }

    /// Validates a `postgres` sink.
    mutating func postgresSink(_ sink: ConfigurationFile.Sink, path: Path) -> PostgresSink.Configuration? {
        let before = problems.count
        guard let user = sink.user, let database = sink.database else {
            if sink.user == nil { problem(path + [.key("user")], "is required for a postgres sink") }
            if sink.database == nil { problem(path + [.key("database")], "is required for a postgres sink") }
            return nil
        }
        var settings = PostgresSink.Configuration(username: user, database: database)
        if let host = sink.host { settings.host = host }
        if let port = sink.port {
            if (1...65535).contains(port) { settings.port = port } else { problem(path + [.key("port")], "must be 1 to 65535") }
        }
        settings.password = secret(sink.password, path: path + [.key("password")])
        if let text = sink.tls {
            if let mode = PostgresSink.Configuration.TLSMode(rawValue: text) {
                settings.tls = mode
            } else {
                problem(path + [.key("tls")], "must be disable, prefer or require")
            }
        }
        if let file = sink.caFile {
            if FileManager.default.isReadableFile(atPath: file) {
                settings.caFile = file
            } else {
                problem(path + [.key("ca_file")], "cannot read \(file)")
            }
        }
        if let size = sink.poolSize {
            if (1...256).contains(size) { settings.poolSize = size } else { problem(path + [.key("pool_size")], "must be 1 to 256") }
        }
        if let table = sink.table {
            if PostgresSink.isTableName(table) {
                settings.table = table
            } else {
                problem(path + [.key("table")], "must be lower-case letters, digits and _ (schema.table allowed)")
            }
        }
        settings.createsTable = sink.createTable ?? false
        return problems.count == before ? settings : nil
    }
}
