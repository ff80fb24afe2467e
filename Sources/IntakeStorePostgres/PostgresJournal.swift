public import Foundation
public import IntakeCore
public import Logging
import Metrics
import NIOCore
import NIOSSL
import PostgresNIO
import ServiceLifecycle
import Synchronization

/// The journal in PostgreSQL, shared by several gateway replicas.
///
/// Appends are grouped: one task per replica takes everything waiting and writes it in one transaction (each request
/// in a savepoint of its own, so one bad request fails alone), and every caller is answered after the commit, which
/// PostgreSQL makes durable (`synchronous_commit` on). Idempotency is a unique constraint, so two replicas given the
/// same complaint store it once. Deliveries are claimed with `FOR UPDATE SKIP LOCKED` and a lease kept in the row:
/// replicas never claim the same delivery, and the claims of a replica that died expire with their lease. Links
/// between a customer's complaints are found in the database (every replica sees every other's complaints).
/// Migrations run under an advisory lock, so replicas starting together apply each one once.
public final class PostgresJournal: ComplaintJournal, JournalLeases {
    /// Where the database is and how this replica uses it.
    public struct Configuration: Sendable, Hashable {
        /// TLS to the server.
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
        /// A CA certificate (PEM) for a server with a private certificate.
        public var caFile: String?
        /// Connections this replica keeps.
        public var poolSize: Int
        /// Entries that may wait for the writer before appends are refused (the door answers 503).
        public var maximumPendingEntries: Int
        /// How far back complaints are linked by their identifiers.
        public var contactWindow: Duration
        /// This replica's name in claims and leases (host and process id by default).
        public var replica: String

        public init(
            host: String = "127.0.0.1",
            port: Int = 5432,
            username: String,
            password: String? = nil,
            database: String,
            tls: TLSMode = .prefer,
            caFile: String? = nil,
            poolSize: Int = 8,
            maximumPendingEntries: Int = 8192,
            contactWindow: Duration = .seconds(30 * 86_400),
            replica: String = PostgresJournal.defaultReplicaName
        ) {
            self.host = host
            self.port = port
            self.username = username
            self.password = password
            self.database = database
            self.tls = tls
            self.caFile = caFile
            self.poolSize = poolSize
            self.maximumPendingEntries = maximumPendingEntries
            self.contactWindow = contactWindow
            self.replica = replica
        }
    }

    /// `host:pid`.
    public static var defaultReplicaName: String { "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)" }

    private struct PendingAppend {
        var entries: [JournalEntry]
        var continuation: CheckedContinuation<[AppendOutcome], any Error>
    }

    private struct WriterState {
        var queue: [PendingAppend] = []
        var pendingEntries = 0
        /// Writer tasks committing now (each on a connection of its own).
        var writers = 0
        var isClosed = false
        /// The schema is this build's: appends wait for it (a replica takes requests while it migrates).
        var isMigrated = false
    }

    public let configuration: Configuration
    let client: PostgresClient
    private let logger: Logger
    private let now: @Sendable () -> Date
    private let state = Mutex(WriterState())
    private let started = Mutex<Task<Void, Never>?>(nil)
    private let commitTimer = Metrics.Timer(label: "intake_journal_commit_seconds", preferredDisplayUnit: .seconds)
    private let batchSize = Recorder(label: "intake_journal_commit_batch_entries")
    private static let maximumBatchEntries = 1024

    /// Makes the journal; the connections open in ``run()`` (or ``start()`` outside a service group).
    /// - Throws: `JournalError.storage` for a CA file that cannot be read.
    public init(configuration: Configuration, logger: Logger, now: @escaping @Sendable () -> Date = { Date() }) throws {
        self.configuration = configuration
        self.logger = logger
        self.now = now
        let tls: PostgresClient.Configuration.TLS
        var context = TLSConfiguration.makeClientConfiguration()
        if let caFile = configuration.caFile {
            do {
                context.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(caFile))
            } catch {
                throw JournalError(.storage, reason: "cannot read the CA file \(caFile): \(error)")
            }
        }
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
        settings.options.maximumConnections = max(configuration.poolSize, 2)
        settings.options.minimumConnections = 1
        self.client = PostgresClient(configuration: settings, backgroundLogger: logger)
    }

    /// Opens the connections and migrates the schema; for use outside a service group (tests, operator commands).
    public func start() async throws {
        try await startWithoutMigrating()
        try await migrate()
    }

    /// Opens the connections only.
    public func startWithoutMigrating() async throws {
        started.withLock { task in
            if task == nil { task = Task { await self.client.run() } }
        }
    }

    /// Runs one statement outside the journal's tables (`CREATE DATABASE` for tests and set-up).
    public func execute(_ sql: String) async throws {
        try await startWithoutMigrating()
        try await client.query(PostgresQuery(unsafeSQL: sql), logger: logger)
    }

    /// The names of every migration this build knows, in order.
    public static var migrationNames: [String] { migrations.map(\.name) }

    /// Closes the connections opened by ``start()``.
    public func shutdown() async {
        close()
        let task = started.withLock { task in
            defer { task = nil }
            return task
        }
        task?.cancel()
        _ = await task?.value
    }

    /// Keeps the connections open until graceful shutdown.
    public func run() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await self.client.run() }
            try await migrate()
            try await releaseOwnClaims()
            try? await gracefulShutdown()
            close()
            // Appends already queued are committed before the connections go.
            while state.withLock({ $0.writers > 0 }) { try? await Task.sleep(for: .milliseconds(10)) }
            group.cancelAll()
        }
    }

    /// Refuses new appends; those already queued are still committed.
    public func close() {
        state.withLock { $0.isClosed = true }
    }

    // MARK: Schema

    /// The versioned migrations, in order. Each runs in a transaction under an advisory lock with its record in
    /// `intake_migrations`: replicas starting at once apply each migration exactly once.
    static let migrations: [(name: String, sql: String)] = [
        (
            "v1",
            """
            CREATE TABLE raw_payloads (
                id bigserial PRIMARY KEY,
                sha256 text NOT NULL,
                content_type text NOT NULL,
                size integer NOT NULL,
                data bytea NOT NULL
            );
            CREATE TABLE complaints (
                seq bigserial PRIMARY KEY,
                id text NOT NULL UNIQUE,
                idempotency_key text NOT NULL UNIQUE,
                source text NOT NULL,
                channel text NOT NULL,
                received_at double precision NOT NULL,
                raw_id bigint NOT NULL REFERENCES raw_payloads (id),
                document bytea NOT NULL,
                thread_id text NOT NULL
            );
            CREATE TABLE complaint_identities (
                seq bigserial PRIMARY KEY,
                identity text NOT NULL,
                complaint_id text NOT NULL,
                thread_id text NOT NULL,
                received_at double precision NOT NULL
            );
            CREATE INDEX complaint_identities_lookup ON complaint_identities (identity, received_at DESC);
            CREATE INDEX complaint_identities_thread ON complaint_identities (thread_id);
            CREATE TABLE deliveries (
                seq bigserial PRIMARY KEY,
                complaint_id text NOT NULL,
                sink text NOT NULL,
                status text NOT NULL,
                attempts integer NOT NULL DEFAULT 0,
                total_attempts integer NOT NULL DEFAULT 0,
                replays integer NOT NULL DEFAULT 0,
                next_attempt_at double precision,
                last_error text,
                created_at double precision NOT NULL,
                active_since double precision NOT NULL,
                updated_at double precision NOT NULL,
                delivered_at double precision,
                source text NOT NULL,
                channel text NOT NULL,
                received_at double precision NOT NULL,
                claimed_until double precision,
                claimed_by text,
                UNIQUE (complaint_id, sink)
            );
            CREATE INDEX deliveries_due ON deliveries (sink, next_attempt_at) WHERE status IN ('pending', 'retrying');
            CREATE INDEX deliveries_status ON deliveries (status, sink);
            CREATE TABLE attempts (
                id bigserial PRIMARY KEY,
                complaint_id text NOT NULL,
                sink text NOT NULL,
                attempt integer NOT NULL,
                started_at double precision NOT NULL,
                finished_at double precision NOT NULL,
                outcome text NOT NULL,
                error text,
                replica text
            );
            CREATE INDEX attempts_complaint ON attempts (complaint_id);
            CREATE TABLE audit_log (
                id bigserial PRIMARY KEY,
                at double precision NOT NULL,
                actor text NOT NULL,
                action text NOT NULL,
                filter text NOT NULL,
                count integer NOT NULL,
                detail text
            );
            CREATE TABLE cursors (
                name text PRIMARY KEY,
                value text NOT NULL,
                updated_at double precision NOT NULL
            );
            CREATE TABLE thread_splits (
                complaint_id text PRIMARY KEY,
                previous_thread_id text,
                previous_earlier_ids text NOT NULL,
                thread_id text NOT NULL,
                at double precision NOT NULL,
                actor text NOT NULL,
                reason text
            );
            CREATE TABLE failed_intake (
                id text PRIMARY KEY,
                key text NOT NULL UNIQUE,
                source text NOT NULL,
                channel text NOT NULL,
                received_at double precision NOT NULL,
                updated_at double precision NOT NULL,
                reason text NOT NULL,
                status text NOT NULL,
                complaint_id text,
                detail text NOT NULL,
                raw bytea NOT NULL,
                raw_content_type text NOT NULL,
                raw_size integer NOT NULL,
                raw_sha256 text NOT NULL
            );
            CREATE INDEX failed_intake_by_status ON failed_intake (status, source, received_at);
            CREATE TABLE leases (
                name text PRIMARY KEY,
                holder text NOT NULL,
                expires_at double precision NOT NULL
            );
            """
        )
    ]

    /// Releases the claims and leases this replica's name still holds from before a restart: a replica that comes
    /// back does not wait for its own old leases.
    public func releaseOwnClaims() async throws {
        let replica = configuration.replica
        try await write { connection in
            try await connection.query(
                "UPDATE deliveries SET claimed_until = NULL, claimed_by = NULL WHERE claimed_by = \(replica)",
                logger: self.logger
            )
            try await connection.query("DELETE FROM leases WHERE holder = \(replica)", logger: self.logger)
        }
    }

    /// Applies the migrations not applied yet.
    /// - Returns: the names of those applied now.
    @discardableResult
    public func migrate() async throws -> [String] {
        do {
            let applied = try await client.withConnection { connection in
                var applied: [String] = []
                // One transaction under an advisory lock: replicas starting together wait for each other, and the one
                // that comes second finds every migration recorded. DDL is transactional in PostgreSQL.
                try await connection.query("BEGIN", logger: self.logger)
                do {
                    try await connection.query("SELECT pg_advisory_xact_lock(7426001)", logger: self.logger)
                    try await connection.query(
                        "CREATE TABLE IF NOT EXISTS intake_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT clock_timestamp())",
                        logger: self.logger
                    )
                    for migration in Self.migrations {
                        let done = try await connection.query("SELECT 1 FROM intake_migrations WHERE name = \(migration.name)", logger: self.logger)
                        var found = false
                        for try await _ in done { found = true }
                        guard !found else { continue }
                        for statement in migration.sql.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) })
                        where !statement.isEmpty {
                            try await connection.query(PostgresQuery(unsafeSQL: statement), logger: self.logger)
                        }
                        try await connection.query("INSERT INTO intake_migrations (name) VALUES (\(migration.name))", logger: self.logger)
                        applied.append(migration.name)
                    }
                    try await connection.query("COMMIT", logger: self.logger)
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: self.logger)
                    throw error
                }
                return applied
            }
            state.withLock { $0.isMigrated = true }
            return applied
        } catch {
            throw JournalError(.storage, reason: "cannot migrate the PostgreSQL journal: \(String(reflecting: error))")
        }
    }

    /// The migrations applied to the database, oldest first.
    public func appliedMigrations() async throws -> [String] {
        try await read { connection in
            var names: [String] = []
            for try await name in try await connection.query("SELECT name FROM intake_migrations ORDER BY applied_at, name", logger: self.logger)
                .decode(String.self)
            {
                names.append(name)
            }
            return names
        }
    }

    // MARK: Appending (group commit)

    public func append(_ entries: [JournalEntry]) async throws -> [AppendOutcome] {
        guard !entries.isEmpty else { return [] }
        let maximum = configuration.maximumPendingEntries
        let writerLimit = max(1, min(4, configuration.poolSize - 2))
        return try await withCheckedThrowingContinuation { continuation in
            let decision = state.withLock { state -> Result<Bool, JournalError> in
                if state.isClosed { return .failure(JournalError(.unavailable, reason: "the journal is shutting down")) }
                if state.pendingEntries + entries.count > maximum, state.pendingEntries > 0 {
                    return .failure(JournalError(.overloaded, reason: "\(state.pendingEntries) entries are waiting for the journal"))
                }
                state.queue.append(PendingAppend(entries: entries, continuation: continuation))
                state.pendingEntries += entries.count
                // Several transactions at once: a commit's round trips to the server, not the server, limit one writer.
                guard state.writers < writerLimit else { return .success(false) }
                state.writers += 1
                return .success(true)
            }
            switch decision {
            case .failure(let error):
                continuation.resume(throwing: error)
            case .success(let startWriter):
                if startWriter { Task { await self.drain() } }
            }
        }
    }

    private func drain() async {
        // A replica takes requests while its journal migrates: the first appends wait for the schema (30 s at most).
        let deadline = ContinuousClock.now + .seconds(30)
        while !state.withLock({ $0.isMigrated }), ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        while true {
            let batch = state.withLock { state -> [PendingAppend] in
                var taken: [PendingAppend] = []
                var count = 0
                while !state.queue.isEmpty, count == 0 || count + state.queue[0].entries.count <= Self.maximumBatchEntries {
                    let next = state.queue.removeFirst()
                    count += next.entries.count
                    taken.append(next)
                }
                state.pendingEntries -= count
                if taken.isEmpty { state.writers -= 1 }
                return taken
            }
            if batch.isEmpty { return }
            await commit(batch)
        }
    }

    private func commit(_ batch: [PendingAppend]) async {
        let start = ContinuousClock.now
        let createdAt = now().timeIntervalSince1970
        var results: [Result<[AppendOutcome], any Error>] = []
        do {
            // A commit that gets no answer (the database went away) fails the batch: nothing is acknowledged, and a
            // caller that retries finds its complaint stored if the commit did land after all (a repeat).
            results = try await Self.within(Self.patience, "a commit") { try await self.commitNow(batch, createdAt: createdAt) }
        } catch {
            logger.error("journal commit failed", metadata: ["error": "\(String(reflecting: error))"])
            let failure =
                (error as? JournalError) ?? JournalError(.storage, reason: "the journal commit failed: \(String(reflecting: error))")
            results = batch.map { _ in .failure(failure) }
        }
        commitTimer.recordSeconds((ContinuousClock.now - start).secondsValue)
        batchSize.record(batch.reduce(0) { $0 + $1.entries.count })
        for (pending, result) in zip(batch, results) {
            pending.continuation.resume(with: result)
        }
    }

    private func commitNow(_ batch: [PendingAppend], createdAt: Double) async throws -> [Result<[AppendOutcome], any Error>] {
        try await client.withConnection { connection in
            var results: [Result<[AppendOutcome], any Error>] = []
            try await connection.query("BEGIN", logger: self.logger)
            do {
                for (index, pending) in batch.enumerated() {
                    // Each request is all-or-nothing on its own: a failing one rolls back to its savepoint.
                    try await connection.query(PostgresQuery(unsafeSQL: "SAVEPOINT request_\(index)"), logger: self.logger)
                    do {
                        let outcomes = try await self.insert(pending.entries, createdAt: createdAt, connection: connection)
                        try await connection.query(PostgresQuery(unsafeSQL: "RELEASE SAVEPOINT request_\(index)"), logger: self.logger)
                        results.append(.success(outcomes))
                    } catch {
                        try await connection.query(PostgresQuery(unsafeSQL: "ROLLBACK TO SAVEPOINT request_\(index)"), logger: self.logger)
                        if let error = error as? JournalError {
                            results.append(.failure(error))
                        } else {
                            results.append(.failure(JournalError(.storage, reason: "cannot store the complaint: \(String(reflecting: error))")))
                        }
                    }
                }
                try await connection.query("COMMIT", logger: self.logger)
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: self.logger)
                throw error
            }
            return results
        }
    }

    private func insert(_ entries: [JournalEntry], createdAt: Double, connection: PostgresConnection) async throws -> [AppendOutcome] {
        var outcomes: [AppendOutcome] = []
        outcomes.reserveCapacity(entries.count)
        // The complaints of one request share their raw payload: its bytes are sent and stored once.
        var rawIDs: [String: Int64] = [:]
        for entry in entries {
            let rawSHA256 = entry.complaint.raw?.sha256 ?? entry.raw.reference.sha256
            let reuse = rawIDs[rawSHA256]
            let complaint = entry.complaint
            let threadID = complaint.related?.threadID ?? complaint.id
            let identities = ContactIdentity.keys(of: complaint.complainant).map(\.key)
            let receivedAt = complaint.receivedAt.timeIntervalSince1970
            let document = complaint.jsonData()
            let data = reuse == nil ? entry.raw.data : Data()
            // One round trip: the raw payload (unless the key is known already), the complaint (a repeated key
            // inserts nothing), its deliveries and its identities.
            let rows = try await connection.query(
                """
                WITH r AS (
                    INSERT INTO raw_payloads (sha256, content_type, size, data)
                    SELECT \(rawSHA256), \(entry.raw.contentType), \(entry.raw.data.count), \(data)
                    WHERE \(reuse)::bigint IS NULL AND NOT EXISTS (SELECT 1 FROM complaints WHERE idempotency_key = \(entry.idempotencyKey))
                    RETURNING id
                ), rid AS (
                    SELECT COALESCE((SELECT id FROM r), \(reuse)::bigint) AS id
                ), c AS (
                    INSERT INTO complaints (id, idempotency_key, source, channel, received_at, raw_id, document, thread_id)
                    SELECT \(complaint.id), \(entry.idempotencyKey), \(complaint.source), \(complaint.channel.rawValue), \(receivedAt),
                            rid.id, \(document), \(threadID)
                    FROM rid WHERE rid.id IS NOT NULL
                    ON CONFLICT (idempotency_key) DO NOTHING RETURNING id, raw_id
                ), d AS (
                    INSERT INTO deliveries (complaint_id, sink, status, next_attempt_at, created_at, active_since, updated_at, source, channel, received_at)
                    SELECT c.id, s, 'pending', \(createdAt), \(createdAt), \(createdAt), \(createdAt), \(complaint.source), \(complaint.channel.rawValue), \(receivedAt)
                    FROM c, unnest(\(entry.sinks)::text[]) AS s
                ), i AS (
                    INSERT INTO complaint_identities (identity, complaint_id, thread_id, received_at)
                    SELECT x, c.id, \(threadID), \(receivedAt.rounded(.down)) FROM c, unnest(\(identities)::text[]) AS x
                )
                SELECT (SELECT id FROM c), (SELECT raw_id FROM c)
                """,
                logger: logger
            )
            var stored: (String?, Int64?) = (nil, nil)
            for try await row in rows.decode((String?, Int64?).self) { stored = row }
            if stored.0 != nil {
                if let rawID = stored.1 { rawIDs[rawSHA256] = rawID }
                outcomes.append(.created(id: complaint.id))
                continue
            }
            // The key was stored before, or meanwhile by another replica (the constraint waited for its commit): a repeat.
            let again = try await connection.query(
                "SELECT c.id, r.sha256 FROM complaints c JOIN raw_payloads r ON r.id = c.raw_id WHERE c.idempotency_key = \(entry.idempotencyKey)",
                logger: logger
            )
            var original: (String, String)?
            for try await row in again.decode((String, String).self) { original = row }
            guard let original else { throw JournalError(.storage, reason: "the complaint was not stored") }
            if entry.requiresSamePayload, original.1 != rawSHA256 {
                throw JournalError(.keyReused, reason: "the key was used before for a different payload", originalID: original.0)
            }
            outcomes.append(.duplicate(originalID: original.0))
        }
        return outcomes
    }

    // MARK: Reading complaints

    public func complaint(id: String) async throws -> StoredComplaint? {
        try await read { connection in
            let rows = try await connection.query(
                """
                SELECT c.document, c.idempotency_key, r.content_type, r.data
                FROM complaints c JOIN raw_payloads r ON r.id = c.raw_id WHERE c.id = \(id)
                """,
                logger: self.logger
            )
            for try await (document, key, contentType, data) in rows.decode((Data, String, String, Data).self) {
                return StoredComplaint(complaint: try Complaint.stored(document), idempotencyKey: key, rawData: data, rawContentType: contentType)
            }
            return nil
        }
    }

    public func complaintID(forIdempotencyKey idempotencyKey: String) async throws -> String? {
        try await read { connection in
            for try await id in try await connection.query("SELECT id FROM complaints WHERE idempotency_key = \(idempotencyKey)", logger: self.logger)
                .decode(String.self)
            {
                return id
            }
            return nil
        }
    }

    public func complaintIDs(forIdempotencyKeys keys: [String]) async throws -> [String: String] {
        guard !keys.isEmpty else { return [:] }
        return try await read { connection in
            var ids: [String: String] = [:]
            let rows = try await connection.query(
                "SELECT idempotency_key, id FROM complaints WHERE idempotency_key = ANY(\(keys))",
                logger: self.logger
            )
            for try await (key, id) in rows.decode((String, String).self) { ids[key] = id }
            return ids
        }
    }

    // MARK: Delivery

    static let deliveryColumns =
        "complaint_id, sink, status, attempts, total_attempts, replays, next_attempt_at, last_error, created_at, active_since, updated_at, delivered_at, source, channel, received_at"

    private typealias DeliveryRow = (
        String, String, String, Int, Int, Int, Double?, String?, Double, Double, Double, Double?, String, String, Double
    )

    private static func record(_ row: DeliveryRow) -> DeliveryRecord {
        DeliveryRecord(
            key: DeliveryKey(complaintID: row.0, sink: row.1),
            status: DeliveryStatus(rawValue: row.2) ?? .pending,
            attempts: row.3,
            totalAttempts: row.4,
            replays: row.5,
            nextAttemptAt: row.6.map(Date.init(timeIntervalSince1970:)),
            lastError: row.7,
            createdAt: Date(timeIntervalSince1970: row.8),
            activeSince: Date(timeIntervalSince1970: row.9),
            updatedAt: Date(timeIntervalSince1970: row.10),
            deliveredAt: row.11.map(Date.init(timeIntervalSince1970:)),
            source: row.12,
            channel: Channel(rawValue: row.13) ?? .webhook,
            receivedAt: Date(timeIntervalSince1970: row.14)
        )
    }

    private func records(_ query: PostgresQuery, connection: PostgresConnection) async throws -> [DeliveryRecord] {
        var records: [DeliveryRecord] = []
        let rows = try await connection.query(query, logger: logger)
        for try await row in rows.decode(DeliveryRow.self) { records.append(Self.record(row)) }
        return records
    }

    public func claimDue(sink: String, now: Date, limit: Int, lease: Duration) async throws -> [DeliveryClaim] {
        let nowValue = now.timeIntervalSince1970
        let until = nowValue + lease.secondsValue
        let replica = configuration.replica
        let claimed = try await write { connection -> [(DeliveryRecord, Data)] in
            // Rows another replica is claiming right now are skipped, not waited for.
            let query: PostgresQuery = """
                WITH due AS (
                    SELECT seq FROM deliveries
                    WHERE sink = \(sink) AND status IN ('pending', 'retrying') AND next_attempt_at <= \(nowValue)
                        AND (claimed_until IS NULL OR claimed_until <= \(nowValue))
                    ORDER BY next_attempt_at, seq LIMIT \(limit)
                    FOR UPDATE SKIP LOCKED
                )
                UPDATE deliveries d SET claimed_until = \(until), claimed_by = \(replica)
                FROM due WHERE d.seq = due.seq
                RETURNING d.complaint_id, d.sink, d.status, d.attempts, d.total_attempts, d.replays, d.next_attempt_at, d.last_error,
                    d.created_at, d.active_since, d.updated_at, d.delivered_at, d.source, d.channel, d.received_at,
                    (SELECT document FROM complaints c WHERE c.id = d.complaint_id), d.seq
                """
            var rows: [(DeliveryRecord, Data, Int64)] = []
            let result = try await connection.query(query, logger: self.logger)
            for try await row in result.decode(
                (String, String, String, Int, Int, Int, Double?, String?, Double, Double, Double, Double?, String, String, Double, Data?, Int64).self
            ) {
                let record = Self.record(
                    (row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8, row.9, row.10, row.11, row.12, row.13, row.14)
                )
                rows.append((record, row.15 ?? Data(), row.16))
            }
            return rows.sorted { ($0.0.nextAttemptAt ?? .distantPast, $0.2) < ($1.0.nextAttemptAt ?? .distantPast, $1.2) }.map { ($0.0, $0.1) }
        }
        var result: [DeliveryClaim] = []
        var unreadable: [DeliveryRecord] = []
        for (record, document) in claimed {
            if let (complaint, current) = try? Complaint.storedDocument(document) {
                result.append(DeliveryClaim(record: record, complaint: complaint, document: current ? document : nil))
            } else {
                unreadable.append(record)
            }
        }
        // A document this build cannot read would stay due for ever at the head of the queue: dead, for an operator.
        if !unreadable.isEmpty {
            for record in unreadable {
                logger.error("stored complaint cannot be decoded; its delivery is dead", metadata: ["complaint.id": "\(record.key.complaintID)"])
            }
            try await self.record(unreadable.map { DeliveryResult.undecodable($0, at: now) })
        }
        return result
    }

    public func record(_ results: [DeliveryResult]) async throws {
        guard !results.isEmpty else { return }
        let replica = configuration.replica
        try await write { connection in
            for result in results {
                let finished = result.finishedAt.timeIntervalSince1970
                let (status, next, deliveredAt, outcome): (String, Double?, Double?, String) =
                    switch result.transition {
                    case .delivered: ("delivered", nil, finished, "delivered")
                    case .retry(let at): ("retrying", at.timeIntervalSince1970, nil, "retry")
                    case .dead: ("dead", nil, nil, "dead")
                    }
                // A delivery replayed while this attempt was in flight keeps its new state; the attempt is logged.
                let since = result.activeSince?.timeIntervalSince1970
                let updated = try await connection.query(
                    """
                    UPDATE deliveries SET status = \(status), attempts = \(result.attempt), total_attempts = total_attempts + 1,
                        next_attempt_at = \(next), last_error = \(result.error), updated_at = \(finished),
                        delivered_at = COALESCE(\(deliveredAt), delivered_at), claimed_until = NULL, claimed_by = NULL
                    WHERE complaint_id = \(result.key.complaintID) AND sink = \(result.key.sink)
                        AND (\(since)::double precision IS NULL OR active_since = \(since))
                    RETURNING 1
                    """,
                    logger: self.logger
                )
                var applied = false
                for try await _ in updated.decode(Int.self) { applied = true }
                try await connection.query(
                    """
                    INSERT INTO attempts (complaint_id, sink, attempt, started_at, finished_at, outcome, error, replica)
                    VALUES (\(result.key.complaintID), \(result.key.sink), \(result.attempt), \(result.startedAt.timeIntervalSince1970), \(finished),
                            \(applied ? outcome : "superseded"), \(result.error), \(replica))
                    """,
                    logger: self.logger
                )
            }
        }
    }

    public func releaseClaims(_ keys: [DeliveryKey]) async throws {
        guard !keys.isEmpty else { return }
        let replica = configuration.replica
        for chunkStart in stride(from: 0, to: keys.count, by: 1000) {
            let chunk = keys[chunkStart..<min(chunkStart + 1000, keys.count)]
            let ids = chunk.map(\.complaintID)
            let sinks = chunk.map(\.sink)
            try await write { connection in
                // Only this replica's own claims: one taken over meanwhile belongs to its new holder.
                try await connection.query(
                    """
                    UPDATE deliveries d SET claimed_until = NULL, claimed_by = NULL
                    FROM unnest(\(ids)::text[], \(sinks)::text[]) AS k (complaint_id, sink)
                    WHERE d.complaint_id = k.complaint_id AND d.sink = k.sink AND d.claimed_by = \(replica)
                    """,
                    logger: self.logger
                )
            }
        }
    }

    public func nextDueDate(sink: String) async throws -> Date? {
        let next = try await read { connection -> Double? in
            let rows = try await connection.query(
                """
                SELECT MIN(GREATEST(next_attempt_at, COALESCE(claimed_until, 0))) FROM deliveries
                WHERE sink = \(sink) AND status IN ('pending', 'retrying')
                """,
                logger: self.logger
            )
            for try await value in rows.decode(Double?.self) { return value }
            return nil
        }
        return next.map(Date.init(timeIntervalSince1970:))
    }

    /// The `WHERE` clause of `filter`, with its parameters.
    private static func whereClause(_ filter: DeliveryFilter, bindings: inout PostgresBindings) -> String {
        var conditions: [String] = []
        func parameter(_ value: some PostgresNonThrowingEncodable & Sendable) -> String {
            bindings.append(value)
            return "$\(bindings.count)"
        }
        if !filter.statuses.isEmpty { conditions.append("status = ANY(\(parameter(filter.statuses.map(\.rawValue))))") }
        if let sink = filter.sink { conditions.append("sink = \(parameter(sink))") }
        if let source = filter.source { conditions.append("source = \(parameter(source))") }
        if let channel = filter.channel { conditions.append("channel = \(parameter(channel.rawValue))") }
        if let after = filter.receivedAfter { conditions.append("received_at >= \(parameter(after.timeIntervalSince1970))") }
        if let before = filter.receivedBefore { conditions.append("received_at < \(parameter(before.timeIntervalSince1970))") }
        if let text = filter.errorContains { conditions.append("strpos(lower(last_error), lower(\(parameter(text)))) > 0") }
        if !filter.complaintIDs.isEmpty { conditions.append("complaint_id = ANY(\(parameter(filter.complaintIDs)))") }
        return conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }

    public func deliveries(matching filter: DeliveryFilter, limit: Int, offset: Int) async throws -> [DeliveryRecord] {
        var bindings = PostgresBindings()
        let clause = Self.whereClause(filter, bindings: &bindings)
        bindings.append(limit)
        bindings.append(offset)
        let sql = "SELECT \(Self.deliveryColumns) FROM deliveries \(clause) ORDER BY seq LIMIT $\(bindings.count - 1) OFFSET $\(bindings.count)"
        let binds = bindings
        return try await read { connection in try await self.records(PostgresQuery(unsafeSQL: sql, binds: binds), connection: connection) }
    }

    public func countDeliveries(matching filter: DeliveryFilter) async throws -> Int {
        var bindings = PostgresBindings()
        let clause = Self.whereClause(filter, bindings: &bindings)
        let binds = bindings
        return try await read { connection in
            for try await count in try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM deliveries \(clause)", binds: binds),
                logger: self.logger
            )
            .decode(Int.self) {
                return count
            }
            return 0
        }
    }

    public func deliveries(complaintID: String) async throws -> [DeliveryRecord] {
        try await read { connection in
            try await self.records(
                PostgresQuery(
                    unsafeSQL: "SELECT \(Self.deliveryColumns) FROM deliveries WHERE complaint_id = $1 ORDER BY seq",
                    binds: Self.binds(complaintID)
                ),
                connection: connection
            )
        }
    }

    public func attempts(complaintID: String) async throws -> [AttemptRecord] {
        try await read { connection in
            var attempts: [AttemptRecord] = []
            let rows = try await connection.query(
                "SELECT complaint_id, sink, attempt, started_at, finished_at, outcome, error FROM attempts WHERE complaint_id = \(complaintID) ORDER BY id",
                logger: self.logger
            )
            for try await row in rows.decode((String, String, Int, Double, Double, String, String?).self) {
                attempts.append(
                    AttemptRecord(
                        key: DeliveryKey(complaintID: row.0, sink: row.1),
                        attempt: row.2,
                        startedAt: Date(timeIntervalSince1970: row.3),
                        finishedAt: Date(timeIntervalSince1970: row.4),
                        outcome: row.5,
                        error: row.6
                    )
                )
            }
            return attempts
        }
    }

    public func deliveryKeys(matching filter: DeliveryFilter, limit: Int) async throws -> [DeliveryKey] {
        var bindings = PostgresBindings()
        let clause = Self.whereClause(filter, bindings: &bindings)
        bindings.append(limit)
        let sql = "SELECT complaint_id, sink FROM deliveries \(clause) ORDER BY seq LIMIT $\(bindings.count)"
        let binds = bindings
        return try await read { connection in
            var keys: [DeliveryKey] = []
            for try await (id, sink) in try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: self.logger)
                .decode((String, String).self)
            {
                keys.append(DeliveryKey(complaintID: id, sink: sink))
            }
            return keys
        }
    }

    public func requeue(_ keys: [DeliveryKey], startingAt start: Date, interval: Duration) async throws -> Int {
        var unique: [DeliveryKey] = []
        var seen: Set<DeliveryKey> = []
        for key in keys where seen.insert(key).inserted { unique.append(key) }
        guard !unique.isEmpty else { return 0 }
        let startValue = start.timeIntervalSince1970
        let step = interval.secondsValue
        var count = 0
        for chunkStart in stride(from: 0, to: unique.count, by: 1000) {
            let chunk = Array(unique[chunkStart..<min(chunkStart + 1000, unique.count)])
            let ids = chunk.map(\.complaintID)
            let sinks = chunk.map(\.sink)
            let due = chunk.indices.map { startValue + step * Double(chunkStart + $0) }
            count += try await write { connection in
                let rows = try await connection.query(
                    """
                    UPDATE deliveries d SET status = 'pending', attempts = 0, replays = replays + 1, next_attempt_at = k.due,
                        active_since = k.due, updated_at = \(startValue), claimed_until = NULL, claimed_by = NULL
                    FROM unnest(\(ids)::text[], \(sinks)::text[], \(due)::double precision[]) AS k (complaint_id, sink, due)
                    WHERE d.complaint_id = k.complaint_id AND d.sink = k.sink
                    RETURNING 1
                    """,
                    logger: self.logger
                )
                var changed = 0
                for try await _ in rows.decode(Int.self) { changed += 1 }
                return changed
            }
        }
        return count
    }

    // MARK: Linking

    public func contactLinks(identities: [String], since: Date, limit: Int) async throws -> [ContactLink] {
        guard limit > 0, !identities.isEmpty else { return [] }
        let cutoff = since.timeIntervalSince1970.rounded(.down)
        let unique = Array(Set(identities))
        let found = try await read { connection -> [ContactLink] in
            let rows = try await connection.query(
                """
                SELECT identity, complaint_id, thread_id, received_at FROM (
                    SELECT i.identity, i.complaint_id, COALESCE(s.thread_id, i.thread_id) AS thread_id, i.received_at,
                        row_number() OVER (PARTITION BY i.identity ORDER BY i.received_at DESC, i.seq DESC) AS n
                    FROM complaint_identities i LEFT JOIN thread_splits s ON s.complaint_id = i.complaint_id
                    WHERE i.identity = ANY(\(unique)) AND i.received_at >= \(cutoff)
                ) t WHERE n <= \(limit)
                """,
                logger: self.logger
            )
            var links: [ContactLink] = []
            for try await (identity, id, thread, receivedAt) in rows.decode((String, String, String, Double).self) {
                links.append(ContactLink(complaintID: id, threadID: thread, identity: identity, receivedAt: Date(timeIntervalSince1970: receivedAt)))
            }
            return links
        }
        return Array(found.sorted { ($0.receivedAt, $0.complaintID, $0.identity) > ($1.receivedAt, $1.complaintID, $1.identity) }.prefix(limit))
    }

    public func splitThread(complaintID: String, actor: String, reason: String?, at: Date) async throws -> ThreadSplit? {
        guard let stored = try await complaint(id: complaintID) else { return nil }
        if let done = try await threadSplit(complaintID: complaintID) { return done }
        guard let thread = stored.complaint.related?.threadID, thread != complaintID else {
            throw JournalError(.notLinked, reason: "the complaint starts its own thread; split the later complaints off instead")
        }
        let split = ThreadSplit(
            complaintID: complaintID,
            previousThreadID: thread,
            previousEarlierIDs: stored.complaint.related?.earlierIDs ?? [],
            threadID: complaintID
        )
        let previous = String(decoding: try JSONEncoder().encode(split.previousEarlierIDs), as: UTF8.self)
        let atValue = at.timeIntervalSince1970
        try await write { connection in
            // A split committed meanwhile by another caller wins; this one changes nothing then.
            let rows = try await connection.query(
                """
                INSERT INTO thread_splits (complaint_id, previous_thread_id, previous_earlier_ids, thread_id, at, actor, reason)
                VALUES (\(complaintID), \(split.previousThreadID), \(previous), \(complaintID), \(atValue), \(actor), \(reason))
                ON CONFLICT (complaint_id) DO NOTHING RETURNING 1
                """,
                logger: self.logger
            )
            var inserted = false
            for try await _ in rows.decode(Int.self) { inserted = true }
            guard inserted else { return }
            let filter = "{\"complaint_id\":\"\(complaintID)\"}"
            try await connection.query(
                "INSERT INTO audit_log (at, actor, action, filter, count, detail) VALUES (\(atValue), \(actor), 'split', \(filter), 1, \(reason))",
                logger: self.logger
            )
        }
        return try await threadSplit(complaintID: complaintID) ?? split
    }

    public func threadMembers(threadID: String) async throws -> [String] {
        let cutoff = (now().timeIntervalSince1970 - configuration.contactWindow.secondsValue).rounded(.down)
        return try await read { connection in
            let rows = try await connection.query(
                """
                SELECT i.complaint_id, MIN(i.received_at) AS received_at FROM complaint_identities i
                LEFT JOIN thread_splits s ON s.complaint_id = i.complaint_id
                WHERE COALESCE(s.thread_id, i.thread_id) = \(threadID) AND i.received_at >= \(cutoff)
                GROUP BY i.complaint_id ORDER BY received_at, i.complaint_id
                """,
                logger: self.logger
            )
            var members: [String] = []
            for try await (id, _) in rows.decode((String, Double).self) { members.append(id) }
            return members
        }
    }

    public func threadSplit(complaintID: String) async throws -> ThreadSplit? {
        try await read { connection in
            let rows = try await connection.query(
                "SELECT previous_thread_id, previous_earlier_ids, thread_id FROM thread_splits WHERE complaint_id = \(complaintID)",
                logger: self.logger
            )
            for try await (previousThread, previous, thread) in rows.decode((String?, String, String).self) {
                return ThreadSplit(
                    complaintID: complaintID,
                    previousThreadID: previousThread,
                    previousEarlierIDs: (try? JSONDecoder().decode([String].self, from: Data(previous.utf8))) ?? [],
                    threadID: thread
                )
            }
            return nil
        }
    }

    // MARK: Audit, statistics, cursors

    public func appendAudit(_ entry: AuditEntry) async throws {
        try await write { connection in
            try await connection.query(
                """
                INSERT INTO audit_log (at, actor, action, filter, count, detail)
                VALUES (\(entry.at.timeIntervalSince1970), \(entry.actor), \(entry.action), \(entry.filter), \(entry.count), \(entry.detail))
                """,
                logger: self.logger
            )
        }
    }

    public func auditLog(limit: Int) async throws -> [AuditEntry] {
        try await read { connection in
            var entries: [AuditEntry] = []
            let rows = try await connection.query(
                "SELECT at, actor, action, filter, count, detail FROM audit_log ORDER BY id DESC LIMIT \(limit)",
                logger: self.logger
            )
            for try await row in rows.decode((Double, String, String, String, Int, String?).self) {
                entries.append(
                    AuditEntry(at: Date(timeIntervalSince1970: row.0), actor: row.1, action: row.2, filter: row.3, count: row.4, detail: row.5)
                )
            }
            return entries
        }
    }

    public func statistics() async throws -> [SinkStatistics] {
        try await read { connection in
            var bySink: [String: SinkStatistics] = [:]
            for try await (sink, status, count) in try await connection.query(
                "SELECT sink, status, COUNT(*)::bigint FROM deliveries GROUP BY sink, status",
                logger: self.logger
            ).decode((String, String, Int).self) {
                var stats = bySink[sink] ?? SinkStatistics(sink: sink)
                switch DeliveryStatus(rawValue: status) {
                case .pending: stats.pending = count
                case .retrying: stats.retrying = count
                case .dead: stats.dead = count
                case .delivered: stats.delivered = count
                case nil: break
                }
                bySink[sink] = stats
            }
            for try await (sink, oldest) in try await connection.query(
                "SELECT sink, MIN(created_at) FROM deliveries WHERE status IN ('pending', 'retrying') GROUP BY sink",
                logger: self.logger
            ).decode((String, Double?).self) {
                if let oldest { bySink[sink]?.oldestUndeliveredAt = Date(timeIntervalSince1970: oldest) }
            }
            return bySink.values.sorted { $0.sink < $1.sink }
        }
    }

    public func cursor(_ name: String) async throws -> String? {
        try await read { connection in
            for try await value in try await connection.query("SELECT value FROM cursors WHERE name = \(name)", logger: self.logger).decode(
                String.self
            ) {
                return value
            }
            return nil
        }
    }

    public func setCursor(_ name: String, to value: String) async throws {
        let at = now().timeIntervalSince1970
        try await write { connection in
            try await connection.query(
                """
                INSERT INTO cursors (name, value, updated_at) VALUES (\(name), \(value), \(at))
                ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                """,
                logger: self.logger
            )
        }
    }

    // MARK: Leases

    /// Takes or renews the lease `name` for this replica until `duration` from now, unless another replica holds it.
    /// - Returns: whether this replica holds it now.
    public func acquireLease(_ name: String, for duration: Duration) async throws -> Bool {
        let nowValue = now().timeIntervalSince1970
        let until = nowValue + duration.secondsValue
        let replica = configuration.replica
        return try await write { connection in
            let rows = try await connection.query(
                """
                INSERT INTO leases (name, holder, expires_at) VALUES (\(name), \(replica), \(until))
                ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
                WHERE leases.holder = excluded.holder OR leases.expires_at <= \(nowValue)
                RETURNING holder
                """,
                logger: self.logger
            )
            for try await _ in rows.decode(String.self) { return true }
            return false
        }
    }

    /// Gives up the lease `name` if this replica holds it.
    public func releaseLease(_ name: String) async throws {
        let replica = configuration.replica
        try await write { connection in
            try await connection.query("DELETE FROM leases WHERE name = \(name) AND holder = \(replica)", logger: self.logger)
        }
    }

    // MARK: Failed intake

    public func recordFailedIntake(_ item: FailedIntake) async throws -> String {
        let detail = String(decoding: try JSONEncoder().encode(item.detail), as: UTF8.self)
        return try await write { connection in
            let rows = try await connection.query(
                """
                INSERT INTO failed_intake (id, key, source, channel, received_at, updated_at, reason, status, complaint_id, detail,
                    raw, raw_content_type, raw_size, raw_sha256)
                VALUES (\(item.id), \(item.key), \(item.source), \(item.channel.rawValue), \(item.receivedAt.timeIntervalSince1970),
                    \(item.updatedAt.timeIntervalSince1970), \(item.reason), \(item.status.rawValue), \(item.complaintID), \(detail),
                    \(item.raw?.data ?? Data()), \(item.rawReference.contentType), \(item.rawReference.size), \(item.rawReference.sha256))
                ON CONFLICT (key) DO NOTHING RETURNING id
                """,
                logger: self.logger
            )
            for try await id in rows.decode(String.self) { return id }
            for try await id in try await connection.query("SELECT id FROM failed_intake WHERE key = \(item.key)", logger: self.logger).decode(
                String.self
            ) {
                return id
            }
            throw JournalError(.storage, reason: "the failed input was not stored")
        }
    }

    private typealias FailedRow = (String, String, String, String, Double, Double, String, String, String?, String, String, Int, String)
    private static let failedColumns =
        "id, key, source, channel, received_at, updated_at, reason, status, complaint_id, detail, raw_content_type, raw_size, raw_sha256"

    private static func failedIntake(_ row: FailedRow, raw: Data?) -> FailedIntake {
        var item = FailedIntake(
            id: row.0,
            key: row.1,
            source: row.2,
            channel: Channel(rawValue: row.3) ?? .email,
            receivedAt: Date(timeIntervalSince1970: row.4),
            reason: row.6,
            detail: (try? JSONDecoder().decode([String: String].self, from: Data(row.9.utf8))) ?? [:],
            raw: RawPayload(data: raw ?? Data(), contentType: row.10)
        )
        item.updatedAt = Date(timeIntervalSince1970: row.5)
        item.status = FailedIntakeStatus(rawValue: row.7) ?? .open
        item.complaintID = row.8
        item.rawReference = RawReference(size: row.11, contentType: row.10, sha256: row.12)
        if raw == nil { item.raw = nil }
        return item
    }

    public func failedIntakes(source: String?, status: FailedIntakeStatus?, limit: Int) async throws -> [FailedIntake] {
        try await read { connection in
            var items: [FailedIntake] = []
            let rows = try await connection.query(
                """
                SELECT \(unescaped: Self.failedColumns) FROM failed_intake
                WHERE (\(source)::text IS NULL OR source = \(source)) AND (\(status?.rawValue)::text IS NULL OR status = \(status?.rawValue))
                ORDER BY received_at DESC, id DESC LIMIT \(limit)
                """,
                logger: self.logger
            )
            for try await row in rows.decode(FailedRow.self) { items.append(Self.failedIntake(row, raw: nil)) }
            return items
        }
    }

    public func failedIntake(id: String) async throws -> FailedIntake? {
        try await read { connection in
            let rows = try await connection.query(
                "SELECT \(unescaped: Self.failedColumns), raw FROM failed_intake WHERE id = \(id)",
                logger: self.logger
            )
            for try await row in rows.decode(
                (String, String, String, String, Double, Double, String, String, String?, String, String, Int, String, Data).self
            ) {
                return Self.failedIntake((row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8, row.9, row.10, row.11, row.12), raw: row.13)
            }
            return nil
        }
    }

    public func updateFailedIntakes(ids: [String], status: FailedIntakeStatus, complaintID: String?, reason: String?, at: Date) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        return try await write { connection in
            let rows = try await connection.query(
                """
                UPDATE failed_intake SET status = \(status.rawValue), updated_at = \(at.timeIntervalSince1970),
                    complaint_id = COALESCE(\(complaintID), complaint_id), reason = COALESCE(\(reason), reason)
                WHERE id = ANY(\(ids)) RETURNING 1
                """,
                logger: self.logger
            )
            var changed = 0
            for try await _ in rows.decode(Int.self) { changed += 1 }
            return changed
        }
    }

    public func isReady() async -> Bool {
        guard state.withLock({ !$0.isClosed && $0.isMigrated }) else { return false }
        // A database that does not answer makes the pool wait for a connection: two seconds, then not ready.
        let answer = try? await Self.within(.seconds(2), "the readiness check") {
            try await self.read { connection in
                for try await value in try await connection.query("SELECT 1", logger: self.logger).decode(Int.self) { return value }
                return 0
            }
        }
        return answer == 1
    }

    /// How long a read or a transaction may wait for the database (for a connection, mostly, while it is down)
    /// before the caller is told it is unavailable; a door answers 503 then, and nothing is acknowledged.
    static let patience: Duration = .seconds(15)

    /// `body`'s result, or `JournalError.unavailable` after `limit` (the body is cancelled and left to finish on its
    /// own: a pool waiting for a connection does not always notice cancellation at once).
    static func within<T: Sendable>(_ limit: Duration, _ what: String, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let finished = Mutex(false)
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let finish: @Sendable (Result<T, any Error>) -> Void = { result in
                let first = finished.withLock { done in
                    defer { done = true }
                    return !done
                }
                if first { continuation.resume(with: result) }
            }
            let work = Task {
                do { finish(.success(try await body())) } catch { finish(.failure(error)) }
            }
            Task {
                try? await Task.sleep(for: limit)
                work.cancel()
                finish(.failure(JournalError(.unavailable, reason: "\(what) got no answer from PostgreSQL within \(limit)")))
            }
        }
    }

    // MARK: Helpers

    private static func binds(_ value: String) -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(value)
        return bindings
    }

    private func read<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await Self.within(Self.patience, "a read") {
                try await self.client.withConnection { connection in try await body(connection) }
            }
        } catch let error as JournalError {
            throw error
        } catch {
            throw JournalError(.storage, reason: "journal read failed: \(String(reflecting: error))")
        }
    }

    /// One transaction.
    @discardableResult
    private func write<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await Self.within(Self.patience, "a transaction") {
                try await self.client.withConnection { connection in
                    try await connection.query("BEGIN", logger: self.logger)
                    do {
                        let value = try await body(connection)
                        try await connection.query("COMMIT", logger: self.logger)
                        return value
                    } catch {
                        _ = try? await connection.query("ROLLBACK", logger: self.logger)
                        throw error
                    }
                }
            }
        } catch let error as JournalError {
            throw error
        } catch {
            throw JournalError(.storage, reason: "journal write failed: \(String(reflecting: error))")
        }
    }
}

extension Duration {
    fileprivate var secondsValue: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
