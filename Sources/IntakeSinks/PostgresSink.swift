import Foundation
public import IntakeCore
public import Logging
import NIOSSL
import PostgresNIO
import Synchronization

/// Writes complaints to a PostgreSQL table: one row per complaint id, the whole document as `jsonb` and the main
/// fields as columns for reports. A repeat delivery is a no-op (`ON CONFLICT (id) DO NOTHING`); a batch is an
/// `INSERT` of its documents, the columns read out of them by the server. The DDL is ``createTableSQL``: `intake
/// sink init` runs it, or the sink on start when `create_table` allows.
public final class PostgresSink: ComplaintSink {
    /// How the sink connects.
    public struct Configuration: Sendable, Hashable {
        /// Whether the connection uses TLS.
        public enum TLSMode: String, Sendable, CaseIterable {
            case disable
            case prefer
            case require
        }

        public var host: String
        public var port: Int
        public var username: String
        public var password: String?
        public var database: String
        public var tls: TLSMode
        /// A PEM file of CA certificates to trust.
        public var caFile: String?
        /// Connections in the pool.
        public var poolSize: Int
        /// The table (optionally `schema.table`): letters, digits and `_` only.
        public var table: String
        /// Whether the sink creates the table (`CREATE TABLE IF NOT EXISTS`) before its first write.
        public var createsTable: Bool
        /// How long one insert may take before the attempt is given up (and retried later).
        public var queryTimeout: Duration = .seconds(10)

        /// Creates a configuration.
        public init(
            host: String = "127.0.0.1",
            port: Int = 5432,
            username: String,
            password: String? = nil,
            database: String,
            tls: TLSMode = .prefer,
            caFile: String? = nil,
            poolSize: Int = 4,
            table: String = "intake_complaints",
            createsTable: Bool = false
        ) {
            self.host = host
            self.port = port
            self.username = username
            self.password = password
            self.database = database
            self.tls = tls
            self.caFile = caFile
            self.poolSize = poolSize
            self.table = table
            self.createsTable = createsTable
        }
    }

    public let name: String
    let configuration: Configuration
    let logger: Logger
    private struct Running {
        var client: PostgresClient
        var task: Task<Void, Never>
        var tableReady: Bool
    }
    private let running = Mutex<Running?>(nil)

    /// Creates a sink; nothing connects before the first delivery.
    public init(name: String, configuration: Configuration, logger: Logger) {
        self.name = name
        self.configuration = configuration
        self.logger = logger
    }

    /// Whether `table` is a name the sink can put in SQL unquoted.
    public static func isTableName(_ table: String) -> Bool {
        let parts = table.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count)
            && parts.allSatisfy { part in
                !part.isEmpty && part.utf8.count <= 63 && part.first.map { !$0.isNumber } == true
                    && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
            }
    }

    /// The table's DDL. With `lz4`, the two large columns are compressed with LZ4 (PostgreSQL 14 or later, built
    /// with it) instead of the default pglz: compressing documents with pglz took a quarter of the server's time in a
    /// bulk drain, and LZ4 reads back faster too.
    public func createTableSQL(lz4: Bool) -> String {
        let table = configuration.table
        let index = table.replacingOccurrences(of: ".", with: "_")
        let compression = lz4 ? " COMPRESSION lz4" : ""
        return """
            CREATE TABLE IF NOT EXISTS \(table) (
                id text PRIMARY KEY,
                received_at timestamptz NOT NULL,
                occurred_at timestamptz,
                channel text NOT NULL,
                source text NOT NULL,
                external_id text,
                category text,
                severity smallint,
                urgent boolean NOT NULL,
                contact_key text,
                thread_id text,
                subject text,
                body text\(compression) NOT NULL,
                document jsonb\(compression) NOT NULL,
                delivered_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE INDEX IF NOT EXISTS \(index)_received_at ON \(table) (received_at);
            CREATE INDEX IF NOT EXISTS \(index)_contact_key ON \(table) (contact_key);
            """
    }

    /// Whether the server can compress columns with LZ4: `default_toast_compression` (PostgreSQL 14 and later) lists
    /// it when the server was built with it.
    static let lz4Available: PostgresQuery =
        "SELECT COALESCE(bool_or('lz4' = ANY(enumvals)), false) FROM pg_settings WHERE name = 'default_toast_compression'"

    func client() throws -> (PostgresClient, Bool) {
        try running.withLock { running in
            if let running { return (running.client, running.tableReady) }
            let tls: PostgresClient.Configuration.TLS
            var context = TLSConfiguration.makeClientConfiguration()
            if let caFile = configuration.caFile { context.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(caFile)) }
            switch configuration.tls {
            case .disable: tls = .disable
            case .prefer: tls = .prefer(context)
            case .require: tls = .require(context)
            }
            var settings = PostgresClient.Configuration(
                host: configuration.host,
                port: configuration.port,
                username: configuration.username,
                password: configuration.password,
                database: configuration.database,
                tls: tls
            )
            settings.options.maximumConnections = max(configuration.poolSize, 1)
            let made = PostgresClient(configuration: settings, backgroundLogger: logger)
            let task = Task { await made.run() }
            running = Running(client: made, task: task, tableReady: !configuration.createsTable)
            return (made, !configuration.createsTable)
        }
    }

    /// Creates the table and its indexes if they do not exist, with LZ4 compression where the server has it.
    public func createTable() async throws {
        let (client, _) = try client()
        let lz4 = try await withTimeout(configuration.queryTimeout) {
            let rows = try await client.query(Self.lz4Available, logger: self.logger)
            for try await available in rows.decode(Bool.self) { return available }
            return false
        }
        for statement in createTableSQL(lz4: lz4).split(separator: ";").map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        where !statement.isEmpty {
            try await withTimeout(configuration.queryTimeout) { _ = try await client.query(PostgresQuery(unsafeSQL: statement), logger: self.logger) }
        }
        running.withLock { $0?.tableReady = true }
    }

    public func shutdown() async {
        let held = running.withLock { running in
            defer { running = nil }
            return running
        }
        held?.task.cancel()
        _ = await held?.task.value
    }

    public func deliver(_ complaint: Complaint, attempt: DeliveryAttempt) async throws {
        try await deliver(batch: [(complaint, attempt)])[0].get()
    }

    public func deliver(batch: [(complaint: Complaint, attempt: DeliveryAttempt)]) async -> [Result<Void, any Error>] {
        do {
            let (client, tableReady) = try client()
            if !tableReady { try await createTable() }
            // Inserts of up to 1,000 rows, on up to `poolSize` connections at once.
            let chunks = stride(from: 0, to: batch.count, by: 1000).map { batch[$0..<min($0 + 1000, batch.count)] }
            try await withThrowingTaskGroup(of: Void.self) { group in
                var next = 0
                func start() {
                    let chunk = chunks[next]
                    next += 1
                    group.addTask {
                        try await self.withTimeout(self.configuration.queryTimeout) {
                            _ = try await client.query(self.insert(chunk), logger: self.logger)
                        }
                    }
                }
                while next < min(chunks.count, max(configuration.poolSize, 1)) { start() }
                while try await group.next() != nil {
                    if next < chunks.count { start() }
                }
            }
            return Array(repeating: .success(()), count: batch.count)
        } catch {
            let failure = classify(error)
            // Not the server's answer but the connection (refused, reset, timed out): start over with a new pool on
            // the next delivery instead of waiting out the old one's reconnection backoff.
            if (error as? PSQLError)?.serverInfo?[.sqlState] == nil { await reset() }
            return Array(repeating: .failure(failure), count: batch.count)
        }
    }

    private func reset() async {
        let held = running.withLock { running in
            defer { running = nil }
            return running
        }
        held?.task.cancel()
    }

    struct TimedOut: Error, CustomStringConvertible {
        var description: String { "the query timed out" }
    }

    /// `body`, or ``TimedOut`` when it takes longer than `limit`. A task group would wait for a query that does not
    /// heed cancellation (one waiting in the pool for a server that is down), so the race is unstructured: the
    /// late query is cancelled and left to finish on its own.
    @discardableResult
    func withTimeout<Value: Sendable>(_ limit: Duration, _ body: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let resumed = Once()
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Value, any Error>) in
            let finish: @Sendable (Result<Value, any Error>) -> Void = { result in
                if resumed.first() { continuation.resume(with: result) }
            }
            let work = Task {
                do {
                    finish(.success(try await body()))
                } catch {
                    finish(.failure(error))
                }
            }
            Task {
                try? await Task.sleep(for: limit)
                work.cancel()
                finish(.failure(TimedOut()))
            }
        }
    }

    /// True the first time only.
    final class Once: Sendable {
        private let done = Mutex(false)

        func first() -> Bool {
            done.withLock { done in
                defer { done = true }
                return !done
            }
        }
    }

    /// One `INSERT` of a chunk's documents, bound as one `jsonb[]`: the server reads the columns out of each
    /// document, so the columns always say what the document says. Binding the fields as 14 parameters a row (the
    /// body on the wire twice, 14,000 parameters a chunk) cost the server a fifth more CPU in a bulk drain.
    func insert(_ rows: ArraySlice<(complaint: Complaint, attempt: DeliveryAttempt)>) -> PostgresQuery {
        var documents: [JSONBDocument] = []
        documents.reserveCapacity(rows.count)
        // Read in place (`rows[index]`): a copy of each complaint, a few dozen references retained and released, was
        // a tenth of the sink's time.
        for index in rows.indices {
            documents.append(JSONBDocument(bytes: rows[index].attempt.document(of: rows[index].complaint)))
        }
        var bindings = PostgresBindings(capacity: 1)
        bindings.append(documents)
        return PostgresQuery(unsafeSQL: insertSQL, binds: bindings)
    }

    /// The `INSERT` of ``insert(_:)``, its one parameter the documents.
    var insertSQL: String {
        """
        INSERT INTO \(configuration.table) (id, received_at, occurred_at, channel, source, external_id, category, severity, urgent, \
        contact_key, thread_id, subject, body, document)
        SELECT d->>'id', (d->>'received_at')::timestamptz, (d->>'occurred_at')::timestamptz, d->>'channel', d->>'source', \
        d->>'external_id', d->>'category', (d->>'severity')::smallint, COALESCE((d->>'urgent')::boolean, false), \
        d->'complainant'->>'contact_key', d->'related'->>'thread_id', d->>'subject', d->>'body', d
        FROM unnest($1::jsonb[]) AS documents(d)
        ON CONFLICT (id) DO NOTHING
        """
    }

    /// Data the server refuses (SQLSTATE class 22, 23) is dead at once; the rest (the server down, a missing
    /// table an operator will create) is retried.
    func classify(_ error: any Error) -> SinkError {
        if let error = error as? PSQLError, let state = error.serverInfo?[.sqlState] {
            let message = error.serverInfo?[.message] ?? "\(error.code)"
            let code: SinkError.Code = state.hasPrefix("22") || state.hasPrefix("23") ? .permanent : .transient
            let hint = state == "42P01" ? " (run intake sink init, or set create_table: true)" : ""
            return SinkError(code, sink: name, reason: "PostgreSQL \(state): \(message)\(hint)")
        }
        return SinkError(.transient, sink: name, reason: "PostgreSQL: \(String(describing: error).prefix(300))")
    }
}

/// A JSON document bound as `jsonb` in PostgreSQL's binary format (a version byte, then the text): the encoded bytes
/// go to the wire as they are, with no string made of them.
struct JSONBDocument: PostgresNonThrowingEncodable, PostgresArrayEncodable {
    var bytes: Data

    static var psqlType: PostgresDataType { .jsonb }
    static var psqlArrayType: PostgresDataType { .jsonbArray }
    static var psqlFormat: PostgresFormat { .binary }

    func encode<JSONEncoder: PostgresJSONEncoder>(into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        byteBuffer.writeInteger(UInt8(1))
        byteBuffer.writeBytes(bytes)
    }
}
