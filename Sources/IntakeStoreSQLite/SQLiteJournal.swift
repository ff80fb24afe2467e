import Dispatch
public import Foundation
import GRDB
public import IntakeCore
public import Logging
import Metrics
import ServiceLifecycle
import Synchronization

/// The embedded default journal: one SQLite file in WAL mode, written through group commit.
///
/// Appends from all doors go to one queue. A dedicated writer thread takes everything waiting, writes it in one
/// transaction and commits with `synchronous = FULL` (the WAL is fsynced before the commit returns), then answers every
/// caller of that batch. While one batch is being committed the next one gathers, so under load one fsync serves many
/// requests. When more entries wait than ``Configuration/maximumPendingEntries``, appends fail with
/// `JournalError.overloaded` and the door answers 503: the journal never accepts what it cannot keep.
///
/// Claims of deliveries live in this process's memory: one gateway owns one SQLite journal, and after a crash every
/// claim is void anyway. Other processes (`intake replay` while the gateway runs) may read and requeue.
public final class SQLiteJournal: ComplaintJournal {
    /// Where and how the journal is kept.
    public struct Configuration: Sendable {
        /// The database file.
        public var path: String
        /// Entries that may wait for the writer before appends are refused.
        public var maximumPendingEntries: Int
        /// Entries written in one transaction at most.
        public var maximumBatchEntries: Int
        /// How long another process's lock is waited for.
        public var busyTimeout: Duration
        /// How far back complaints are found by their identifiers (the linking window); loaded into memory on open.
        public var contactWindow: Duration

        /// Creates a configuration; every argument but `path` has the default shown.
        public init(
            path: String,
            maximumPendingEntries: Int = 8192,
            maximumBatchEntries: Int = 1024,
            busyTimeout: Duration = .seconds(10),
            contactWindow: Duration = .seconds(30 * 86_400)
        ) {
            self.path = path
            self.maximumPendingEntries = maximumPendingEntries
            self.maximumBatchEntries = maximumBatchEntries
            self.busyTimeout = busyTimeout
            self.contactWindow = contactWindow
        }
    }

    private struct PendingAppend {
        var rows: [EncodedEntry]
        var continuation: CheckedContinuation<[AppendOutcome], any Error>
    }

    private struct EncodedEntry: Sendable {
        var id: String
        var idempotencyKey: String
        var source: String
        var channel: String
        var receivedAt: Double
        var document: Data
        var raw: RawPayload
        var rawSHA256: String
        var sinks: [String]
        var requiresSamePayload: Bool
        /// The complaint's identifier keys and its thread, for cross-channel linking.
        var identities: [String]
        var threadID: String
    }

    private struct WriterState {
        var queue: [PendingAppend] = []
        var pendingEntries = 0
        var isDraining = false
        var isClosed = false
    }

    private let configuration: Configuration
    private let pool: DatabasePool
    private let logger: Logger
    private let state = Mutex(WriterState())
    private let claims = Mutex([DeliveryKey: Date]())
    // About two thousand complaints: workers claim within a batch (512) of the newest, so this covers their lag.
    private let recent = Mutex(RecentComplaints(budget: 4 << 20))
    private let contacts: Mutex<ContactIndex>
    private let writer = DispatchQueue(label: "intake.journal.sqlite.writer", qos: .userInitiated)
    private let commits = Atomic<Int>(0)
    private let commitTimer = Metrics.Timer(label: "intake_journal_commit_seconds", preferredDisplayUnit: .seconds)
    private let batchSize = Recorder(label: "intake_journal_commit_batch_entries")
    private let now: @Sendable () -> Date

    /// Opens (and creates or migrates) the journal.
    /// - Throws: `JournalError.storage` when the file cannot be opened or migrated.
    public init(configuration: Configuration, logger: Logger, now: @escaping @Sendable () -> Date = { Date() }) throws {
        self.configuration = configuration
        self.logger = logger
        self.now = now
        var config = GRDB.Configuration()
        config.busyMode = .timeout(configuration.busyTimeout.secondsValue)
        config.prepareDatabase { db in
            // 4 KiB pages: every commit rewrites the last, partly filled page of each table and index (nine of them),
            // and that fixed cost per commit outweighs the better packing of larger pages (measured with
            // scripts/bench: 8.8k/s against 7.4k/s with 8 KiB pages).
            try db.execute(sql: "PRAGMA page_size = 4096")
        }
        do {
            let directory = URL(fileURLWithPath: configuration.path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            pool = try DatabasePool(path: configuration.path, configuration: config)
            // FULL: the WAL is fsynced at every commit, so an acknowledged complaint survives a power cut, not only a
            // process crash. GRDB opens WAL pools with NORMAL; the writer connection is long-lived, so setting it
            // once here holds for every commit. A larger page cache on the writer keeps the indexes' pages at hand,
            // and a checkpoint every 4000 pages (32 MB of WAL) writes a page rewritten by many commits once.
            try pool.writeWithoutTransaction { db in
                try db.execute(
                    sql:
                        "PRAGMA synchronous = FULL; PRAGMA cache_size = -16384; PRAGMA wal_autocheckpoint = 4000; PRAGMA journal_size_limit = 67108864"
                )
            }
            try Self.migrator.migrate(pool)
            contacts = Mutex(try Self.loadContacts(pool, window: configuration.contactWindow, now: now()))
        } catch {
            throw JournalError(.storage, reason: "cannot open the SQLite journal at \(configuration.path): \(error)")
        }
    }

    /// The identifiers of the complaints of the last `window`, from the append-only rows, with operators' splits.
    private static func loadContacts(_ pool: DatabasePool, window: Duration, now: Date) throws -> ContactIndex {
        var index = ContactIndex(window: window)
        // An hour of slack: rows are appended in about the order complaints were received, not exactly.
        let cutoff = now.timeIntervalSince1970 - window.secondsValue - 3600
        try pool.read { db in
            guard let last = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM complaints") else { return }
            // The first row of the window, by bisection over the sequence (each probe one rowid lookup).
            var low: Int64 = 0
            var high = last + 1
            while low < high {
                let middle = low + (high - low) / 2
                let time = try Double.fetchOne(
                    db,
                    sql: "SELECT received_at FROM complaints WHERE seq >= ? ORDER BY seq LIMIT 1",
                    arguments: [middle]
                )
                if let time, time < cutoff { low = middle + 1 } else { high = middle }
            }
            let rows = try Row.fetchCursor(
                db,
                sql: "SELECT id, identities, thread_id, received_at FROM complaints WHERE seq >= ? AND identities != '' ORDER BY seq",
                arguments: [low]
            )
            while let row = try rows.next() {
                let id: String = row[0]
                let identities: String = row[1]
                let thread: String = row[2] ?? id
                let receivedAt = Date(timeIntervalSince1970: row[3])
                for identity in identities.split(separator: "\n") {
                    index.add(identity: String(identity), complaintID: id, threadID: thread, receivedAt: receivedAt)
                }
            }
            for row in try Row.fetchAll(db, sql: "SELECT complaint_id, thread_id FROM thread_splits") {
                index.setThread(of: row[0], to: row[1])
            }
        }
        index.expire(now: now)
        return index
    }

    /// The versioned schema migrations, applied in order on open.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE complaints (
                        seq INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        idempotency_key TEXT NOT NULL UNIQUE,
                        source TEXT NOT NULL,
                        channel TEXT NOT NULL,
                        received_at REAL NOT NULL,
                        raw_id INTEGER NOT NULL REFERENCES raw_payloads (id),
                        document BLOB NOT NULL
                    );
                    CREATE TABLE raw_payloads (
                        id INTEGER PRIMARY KEY,
                        sha256 TEXT NOT NULL,
                        content_type TEXT NOT NULL,
                        size INTEGER NOT NULL,
                        data BLOB NOT NULL
                    );
                    CREATE TABLE deliveries (
                        complaint_id TEXT NOT NULL,
                        sink TEXT NOT NULL,
                        status TEXT NOT NULL,
                        attempts INTEGER NOT NULL DEFAULT 0,
                        total_attempts INTEGER NOT NULL DEFAULT 0,
                        replays INTEGER NOT NULL DEFAULT 0,
                        next_attempt_at REAL,
                        last_error TEXT,
                        created_at REAL NOT NULL,
                        active_since REAL NOT NULL,
                        updated_at REAL NOT NULL,
                        delivered_at REAL,
                        source TEXT NOT NULL,
                        channel TEXT NOT NULL,
                        received_at REAL NOT NULL,
                        UNIQUE (complaint_id, sink)
                    );
                    CREATE INDEX deliveries_due ON deliveries (sink, next_attempt_at) WHERE status IN ('pending', 'retrying');
                    CREATE INDEX deliveries_status ON deliveries (status, sink);
                    CREATE TABLE attempts (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        complaint_id TEXT NOT NULL,
                        sink TEXT NOT NULL,
                        attempt INTEGER NOT NULL,
                        started_at REAL NOT NULL,
                        finished_at REAL NOT NULL,
                        outcome TEXT NOT NULL,
                        error TEXT
                    );
                    CREATE INDEX attempts_complaint ON attempts (complaint_id);
                    CREATE TABLE audit_log (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        at REAL NOT NULL,
                        actor TEXT NOT NULL,
                        action TEXT NOT NULL,
                        filter TEXT NOT NULL,
                        count INTEGER NOT NULL,
                        detail TEXT
                    );
                    CREATE TABLE cursors (
                        name TEXT PRIMARY KEY,
                        value TEXT NOT NULL,
                        updated_at REAL NOT NULL
                    ) WITHOUT ROWID;
                    """
            )
        }
        migrator.registerMigration("v2-contact-links") { db in
            // A complaint's identifier keys (one per line) and thread in its own row: no table or index to
            // write per identifier (a table keyed by identifier dirtied a random page per row and cost a fifth of the
            // throughput). Lookups are answered from memory (`ContactIndex`), loaded from the rows of the linking
            // window when the journal opens; splits override the thread a row was written with. Complaints stored
            // before this migration have no identifiers and are not linked to.
            try db.execute(
                sql: """
                    ALTER TABLE complaints ADD COLUMN identities TEXT NOT NULL DEFAULT '';
                    ALTER TABLE complaints ADD COLUMN thread_id TEXT;
                    CREATE TABLE thread_splits (
                        complaint_id TEXT PRIMARY KEY,
                        previous_thread_id TEXT,
                        previous_earlier_ids TEXT NOT NULL,
                        thread_id TEXT NOT NULL,
                        at REAL NOT NULL,
                        actor TEXT NOT NULL,
                        reason TEXT
                    ) WITHOUT ROWID;
                    """
            )
        }
        migrator.registerMigration("v3-failed-intake") { db in
            // Inputs a door could not turn into complaints (unreadable or oversized mail), kept whole with their
            // bytes; the key makes a door reading the same input again a no-op.
            try db.execute(
                sql: """
                    CREATE TABLE failed_intake (
                        id TEXT PRIMARY KEY,
                        key TEXT NOT NULL UNIQUE,
                        source TEXT NOT NULL,
                        channel TEXT NOT NULL,
                        received_at REAL NOT NULL,
                        updated_at REAL NOT NULL,
                        reason TEXT NOT NULL,
                        status TEXT NOT NULL,
                        complaint_id TEXT,
                        detail TEXT NOT NULL,
                        raw BLOB NOT NULL,
                        raw_content_type TEXT NOT NULL,
                        raw_size INTEGER NOT NULL,
                        raw_sha256 TEXT NOT NULL
                    );
                    CREATE INDEX failed_intake_by_status ON failed_intake (status, source, received_at);
                    """
            )
        }
        migrator.registerMigration("v4-oldest-undelivered") { db in
            // The age of each sink's oldest undelivered complaint is on /metrics and the stats: without this index
            // it was a scan and a sort of the whole backlog (80 ms for 120,000 pending), with it a lookup.
            try db.execute(
                sql: """
                    CREATE INDEX deliveries_undelivered ON deliveries (sink, created_at) WHERE status IN ('pending', 'retrying');
                    """
            )
        }
        migrator.registerMigration("v5-delivery-counts") { db in
            // The counts per sink and status (/metrics, the stats) kept by triggers, whichever process writes: a
            // GROUP BY over every delivery ever made was 17 ms at 120,000 and grows without end.
            try db.execute(
                sql: """
                    CREATE TABLE delivery_counts (
                        sink TEXT NOT NULL,
                        status TEXT NOT NULL,
                        n INTEGER NOT NULL,
                        PRIMARY KEY (sink, status)
                    ) WITHOUT ROWID;
                    INSERT INTO delivery_counts (sink, status, n) SELECT sink, status, COUNT(*) FROM deliveries GROUP BY sink, status;
                    CREATE TRIGGER deliveries_counted_insert AFTER INSERT ON deliveries BEGIN
                        INSERT INTO delivery_counts (sink, status, n) VALUES (NEW.sink, NEW.status, 1)
                            ON CONFLICT (sink, status) DO UPDATE SET n = n + 1;
                    END;
                    CREATE TRIGGER deliveries_counted_update AFTER UPDATE OF sink, status ON deliveries
                    WHEN OLD.sink IS NOT NEW.sink OR OLD.status IS NOT NEW.status BEGIN
                        UPDATE delivery_counts SET n = n - 1 WHERE sink = OLD.sink AND status = OLD.status;
                        INSERT INTO delivery_counts (sink, status, n) VALUES (NEW.sink, NEW.status, 1)
                            ON CONFLICT (sink, status) DO UPDATE SET n = n + 1;
                    END;
                    CREATE TRIGGER deliveries_counted_delete AFTER DELETE ON deliveries BEGIN
                        UPDATE delivery_counts SET n = n - 1 WHERE sink = OLD.sink AND status = OLD.status;
                    END;
                    """
            )
        }
        return migrator
    }

    /// How many group commits this instance made (each one transaction and one fsync).
    public var commitCount: Int { commits.load(ordering: .relaxed) }

    /// The SQLite journal mode (`wal`) and synchronous level (2 = FULL) of the writer connection, for diagnostics.
    public func durabilitySettings() throws -> (journalMode: String, synchronous: Int) {
        try pool.write { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "", try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1)
        }
    }

    /// The migrations applied to the open file, oldest first.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try Self.migrator.appliedMigrations(db) }
    }

    /// Keeps the journal open until graceful shutdown, checkpointing the WAL in the background meanwhile.
    ///
    /// A checkpoint copies committed pages from the WAL into the database file. Left to the writer (SQLite's
    /// automatic checkpoint), thousands of pages are copied inside some unlucky commit and every request waiting for
    /// it pays. Here a connection of its own copies them beside the commits, twenty times a second (a passive checkpoint
    /// takes no write lock, and small ones keep the tail latency down). Once everything is copied, the next commit
    /// writes the WAL from its beginning again, so it stays small under sustained load; the writer's own checkpoint
    /// stays on as a backstop at 16,000 pages, and `journal_size_limit` cuts the file back.
    public func run() async throws {
        var checkpointerConfiguration = GRDB.Configuration()
        checkpointerConfiguration.busyMode = .timeout(1)
        let checkpointer = try? DatabaseQueue(path: configuration.path, configuration: checkpointerConfiguration)
        if checkpointer != nil {
            try? await pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 16000") }
        }
        let walSize = Gauge(label: "intake_journal_wal_bytes")
        let firstSplits = (try? await read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM thread_splits") ?? 0 }) ?? 0
        try? await cancelWhenGracefulShutdown {
            var splitsSeen = firstSplits
            var ticks = 0
            while !Task.isCancelled, let checkpointer {
                try await Task.sleep(for: .milliseconds(50))
                ticks += 1
                // Every two seconds: splits made by another process (`intake split`) join the index in memory. The
                // table only grows (a split is never undone), so a new count means new splits: read them all again.
                if ticks % 40 == 0 {
                    let seen = splitsSeen
                    let rows = try? await self.read { db -> [(id: String, thread: String)]? in
                        guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM thread_splits") != seen else { return nil }
                        return try Row.fetchAll(db, sql: "SELECT complaint_id, thread_id FROM thread_splits").map { (id: $0[0], thread: $0[1]) }
                    }
                    if let rows = rows ?? nil {
                        self.contacts.withLock { index in for row in rows { index.setThread(of: row.id, to: row.thread) } }
                        splitsSeen = rows.count
                    }
                }
                do {
                    try await checkpointer.writeWithoutTransaction { db in
                        var (frames, copied) = try db.checkpoint(.passive)
                        // Commits landing meanwhile leave frames behind: go again while well behind.
                        for _ in 0..<3 where frames - copied > 256 { (frames, copied) = try db.checkpoint(.passive) }
                    }
                } catch {
                    self.logger.debug("background checkpoint incomplete", metadata: ["error": "\(error)"])
                }
                let attributes = try? FileManager.default.attributesOfItem(atPath: self.configuration.path + "-wal")
                walSize.record((attributes?[.size] as? NSNumber)?.int64Value ?? 0)
            }
            try await gracefulShutdown()
        }
        close()
        try? await pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 4000") }
    }

    /// Refuses new appends; those already queued are still committed.
    public func close() {
        state.withLock { $0.isClosed = true }
    }

    // MARK: Appending (group commit)

    public func append(_ entries: [JournalEntry]) async throws -> [AppendOutcome] {
        guard !entries.isEmpty else { return [] }
        // Encoding happens on the caller's task, so the writer thread does nothing but SQL.
        var rows: [EncodedEntry] = []
        rows.reserveCapacity(entries.count)
        for entry in entries {
            let document = entry.complaint.jsonData()
            rows.append(
                EncodedEntry(
                    id: entry.complaint.id,
                    idempotencyKey: entry.idempotencyKey,
                    source: entry.complaint.source,
                    channel: entry.complaint.channel.rawValue,
                    receivedAt: entry.complaint.receivedAt.timeIntervalSince1970,
                    document: document,
                    raw: entry.raw,
                    rawSHA256: entry.complaint.raw?.sha256 ?? entry.raw.reference.sha256,
                    sinks: entry.sinks,
                    requiresSamePayload: entry.requiresSamePayload,
                    identities: ContactIdentity.keys(of: entry.complaint.complainant).map(\.key),
                    threadID: entry.complaint.related?.threadID ?? entry.complaint.id
                )
            )
        }
        let maximum = configuration.maximumPendingEntries
        let outcomes = try await withCheckedThrowingContinuation { continuation in
            let decision = state.withLock { state -> Result<Bool, JournalError> in
                if state.isClosed { return .failure(JournalError(.unavailable, reason: "the journal is shutting down")) }
                if state.pendingEntries + rows.count > maximum, state.pendingEntries > 0 {
                    return .failure(JournalError(.overloaded, reason: "\(state.pendingEntries) entries are waiting for the journal"))
                }
                state.queue.append(PendingAppend(rows: rows, continuation: continuation))
                state.pendingEntries += rows.count
                if state.isDraining { return .success(false) }
                state.isDraining = true
                return .success(true)
            }
            switch decision {
            case .failure(let error):
                continuation.resume(throwing: error)
            case .success(let startWriter):
                if startWriter { writer.async { self.drain() } }
            }
        }
        // Workers usually claim a complaint moments after it was stored: keep it at hand rather than decode it again.
        recent.withLock { recent in
            for (row, (entry, outcome)) in zip(rows, zip(entries, outcomes)) where !outcome.isDuplicate {
                recent.insert(entry.complaint, size: row.document.count)
            }
        }
        // Before returning: the caller's next complaint of the same customer must find this one.
        let at = now()
        contacts.withLock { index in
            for (row, outcome) in zip(rows, outcomes) where !outcome.isDuplicate {
                let receivedAt = Date(timeIntervalSince1970: row.receivedAt)
                for identity in row.identities {
                    index.add(identity: identity, complaintID: row.id, threadID: row.threadID, receivedAt: receivedAt)
                }
            }
            index.expire(now: at)
        }
        return outcomes
    }

    /// Runs on the writer queue: commits batches until nothing waits.
    private func drain() {
        let limit = configuration.maximumBatchEntries
        while true {
            let batch = state.withLock { state -> [PendingAppend] in
                var taken: [PendingAppend] = []
                var count = 0
                while !state.queue.isEmpty, count == 0 || count + state.queue[0].rows.count <= limit {
                    let next = state.queue.removeFirst()
                    count += next.rows.count
                    taken.append(next)
                }
                state.pendingEntries -= count
                if taken.isEmpty { state.isDraining = false }
                return taken
            }
            if batch.isEmpty { return }
            commit(batch)
        }
    }

    private func commit(_ batch: [PendingAppend]) {
        let start = ContinuousClock.now
        let createdAt = now().timeIntervalSince1970
        var results: [Result<[AppendOutcome], any Error>] = []
        do {
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    results = []
                    for pending in batch {
                        // Each request is all-or-nothing on its own: a failing one rolls back to its savepoint and
                        // fails alone.
                        do {
                            var outcomes: [AppendOutcome] = []
                            try db.inSavepoint {
                                outcomes = try Self.insert(pending.rows, createdAt: createdAt, db: db)
                                return .commit
                            }
                            results.append(.success(outcomes))
                        } catch let error as JournalError {
                            results.append(.failure(error))
                        } catch {
                            results.append(.failure(JournalError(.storage, reason: "cannot store the complaint: \(error)")))
                        }
                    }
                    return .commit
                }
            }
        } catch {
            logger.error("journal commit failed", metadata: ["error": "\(error)"])
            let failure = JournalError(.storage, reason: "the journal commit failed: \(error)")
            results = batch.map { _ in .failure(failure) }
        }
        commits.add(1, ordering: .relaxed)
        commitTimer.recordSeconds((ContinuousClock.now - start).secondsValue)
        batchSize.record(batch.reduce(0) { $0 + $1.rows.count })
        for (pending, result) in zip(batch, results) {
            pending.continuation.resume(with: result)
        }
    }

    private static func insert(_ rows: [EncodedEntry], createdAt: Double, db: Database) throws -> [AppendOutcome] {
        // Raw payloads are appended (an integer key, not the digest: a random key would dirty a random page of
        // the index at every insert); the complaints of one request share theirs.
        let insertRaw = try db.cachedStatement(sql: "INSERT INTO raw_payloads (sha256, content_type, size, data) VALUES (?, ?, ?, ?)")
        let insertComplaint = try db.cachedStatement(
            sql: """
                INSERT INTO complaints (id, idempotency_key, source, channel, received_at, raw_id, document, identities, thread_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING
                """
        )
        let findKey = try db.cachedStatement(sql: "SELECT id FROM complaints WHERE idempotency_key = ?")
        let findPayload = try db.cachedStatement(
            sql: "SELECT r.sha256 FROM complaints c JOIN raw_payloads r ON r.id = c.raw_id WHERE c.idempotency_key = ?"
        )
        let insertDelivery = try db.cachedStatement(
            sql: """
                INSERT INTO deliveries (complaint_id, sink, status, next_attempt_at, created_at, active_since, updated_at,
                                        source, channel, received_at)
                VALUES (?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?)
                """
        )
        var outcomes: [AppendOutcome] = []
        outcomes.reserveCapacity(rows.count)
        var rawIDs: [String: Int64] = [:]
        for row in rows {
            if let original = try String.fetchOne(findKey, arguments: [row.idempotencyKey]) {
                // Checked inside the transaction, so two concurrent requests cannot both pass it.
                if row.requiresSamePayload, try String.fetchOne(findPayload, arguments: [row.idempotencyKey]) != row.rawSHA256 {
                    throw JournalError(.keyReused, reason: "the key was used before for a different payload", originalID: original)
                }
                outcomes.append(.duplicate(originalID: original))
                continue
            }
            let rawID: Int64
            if let known = rawIDs[row.rawSHA256] {
                rawID = known
            } else {
                try insertRaw.execute(arguments: [row.rawSHA256, row.raw.contentType, row.raw.data.count, row.raw.data])
                rawID = db.lastInsertedRowID
                rawIDs[row.rawSHA256] = rawID
            }
            try insertComplaint.execute(arguments: [
                row.id, row.idempotencyKey, row.source, row.channel, row.receivedAt, rawID, row.document,
                // A line break cannot occur in an identifier (one-line fields lose their control characters).
                row.identities.joined(separator: "\n"), row.threadID,
            ])
            guard db.changesCount == 1 else {
                throw JournalError(.storage, reason: "the complaint was not stored")
            }
            for sink in row.sinks {
                try insertDelivery.execute(arguments: [
                    row.id, sink, createdAt, createdAt, createdAt, createdAt, row.source, row.channel, row.receivedAt,
                ])
            }
            outcomes.append(.created(id: row.id))
        }
        return outcomes
    }

    // MARK: Reading complaints

    public func complaint(id: String) async throws -> StoredComplaint? {
        let found = try await read { db -> (document: Data, key: String, data: Data, contentType: String)? in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT c.document, c.idempotency_key, r.content_type, r.data
                    FROM complaints c JOIN raw_payloads r ON r.id = c.raw_id
                    WHERE c.id = ?
                    """,
                arguments: [id]
            )
            return row.map { ($0["document"], $0["idempotency_key"], $0["data"], $0["content_type"]) }
        }
        guard let found else { return nil }
        let complaint = try Complaint.stored(found.document)
        return StoredComplaint(complaint: complaint, idempotencyKey: found.key, rawData: found.data, rawContentType: found.contentType)
    }

    public func complaintID(forIdempotencyKey idempotencyKey: String) async throws -> String? {
        try await complaintIDs(forIdempotencyKeys: [idempotencyKey])[idempotencyKey]
    }

    public func complaintIDs(forIdempotencyKeys keys: [String]) async throws -> [String: String] {
        guard !keys.isEmpty else { return [:] }
        return try await read { db in
            let statement = try db.cachedStatement(sql: "SELECT id FROM complaints WHERE idempotency_key = ?")
            var ids: [String: String] = [:]
            for key in keys where ids[key] == nil {
                if let id = try String.fetchOne(statement, arguments: [key]) { ids[key] = id }
            }
            return ids
        }
    }

    // MARK: Delivery

    public func claimDue(sink: String, now: Date, limit: Int, lease: Duration) async throws -> [DeliveryClaim] {
        let nowValue = now.timeIntervalSince1970
        let held = claims.withLock { claims -> Set<String> in
            claims = claims.filter { $0.value > now }
            return Set(claims.keys.filter { $0.sink == sink }.map(\.complaintID))
        }
        let records = try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.deliveryColumns) FROM deliveries
                    WHERE sink = ? AND status IN ('pending', 'retrying') AND next_attempt_at <= ?
                    ORDER BY next_attempt_at, rowid
                    LIMIT ?
                    """,
                arguments: [sink, nowValue, limit + held.count]
            ).map(Self.record(from:))
        }
        // Deliveries claimed here already (a batch in flight while the next is claimed ahead) are skipped before
        // their documents are read.
        let candidates = Array(records.lazy.filter { !held.contains($0.key.complaintID) }.prefix(limit))
        // Documents are read only for complaints no longer at hand (stored before a restart, or long ago).
        var cached = recent.withLock { recent in
            var found: [String: (complaint: Complaint, document: Data?)] = [:]
            for record in candidates {
                if let complaint = recent.complaint(id: record.key.complaintID) { found[record.key.complaintID] = (complaint, nil) }
            }
            return found
        }
        let missing = candidates.map(\.key.complaintID).filter { cached[$0] == nil }
        var documents: [String: Data] = [:]
        if !missing.isEmpty {
            documents = try await read { db in
                var documents: [String: Data] = [:]
                let statement = try db.cachedStatement(sql: "SELECT document FROM complaints WHERE id = ?")
                for id in missing { documents[id] = try Data.fetchOne(statement, arguments: [id]) }
                return documents
            }
        }
        for (id, document) in documents {
            guard let (complaint, current) = try? Complaint.storedDocument(document) else { continue }
            cached[id] = (complaint, current ? document : nil)
        }
        var result: [DeliveryClaim] = []
        var unreadable: [DeliveryRecord] = []
        let until = now.addingTimeInterval(lease.secondsValue)
        claims.withLock { claims in
            for record in candidates where result.count < limit {
                guard claims[record.key].map({ $0 <= now }) ?? true else { continue }
                // Moved out, not copied: a complaint is a few dozen references to retain and release.
                guard let (complaint, document) = cached.removeValue(forKey: record.key.complaintID) else {
                    unreadable.append(record)
                    continue
                }
                claims[record.key] = until
                result.append(DeliveryClaim(record: record, complaint: complaint, document: document))
            }
        }
        // A document that cannot be read (written by a newer build, damaged on disk) would stay due for ever and
        // hold its place at the head of the queue: it is dead, for an operator to look at.
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
        try await pool.write { db in
            let update = try db.cachedStatement(
                sql: """
                    UPDATE deliveries SET status = ?, attempts = ?, total_attempts = total_attempts + 1, next_attempt_at = ?,
                        last_error = ?, updated_at = ?, delivered_at = COALESCE(?, delivered_at)
                    WHERE complaint_id = ? AND sink = ? AND (? IS NULL OR active_since = ?)
                    """
            )
            let insert = try db.cachedStatement(
                sql: "INSERT INTO attempts (complaint_id, sink, attempt, started_at, finished_at, outcome, error) VALUES (?, ?, ?, ?, ?, ?, ?)"
            )
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
                try update.execute(arguments: [
                    status, result.attempt, next, result.error, finished, deliveredAt, result.key.complaintID, result.key.sink, since, since,
                ])
                let applied = db.changesCount > 0
                try insert.execute(arguments: [
                    result.key.complaintID, result.key.sink, result.attempt, result.startedAt.timeIntervalSince1970, finished,
                    applied ? outcome : "superseded", result.error,
                ])
            }
        }
        claims.withLock { claims in
            for result in results { claims[result.key] = nil }
        }
    }

    public func releaseClaims(_ keys: [DeliveryKey]) async throws {
        claims.withLock { claims in
            for key in keys { claims[key] = nil }
        }
    }

    public func nextDueDate(sink: String) async throws -> Date? {
        let next = try await read { db in
            try Double.fetchOne(
                db,
                sql: "SELECT MIN(next_attempt_at) FROM deliveries WHERE sink = ? AND status IN ('pending', 'retrying')",
                arguments: [sink]
            )
        }
        guard let next else { return nil }
        let due = Date(timeIntervalSince1970: next)
        // A due delivery claimed by this process is due again when its claim ends.
        let claimEnd = claims.withLock { claims in claims.filter { $0.key.sink == sink }.values.min() }
        if due <= now(), let claimEnd { return max(due, claimEnd) }
        return due
    }

    public func deliveries(matching filter: DeliveryFilter, limit: Int, offset: Int) async throws -> [DeliveryRecord] {
        let (clause, arguments) = Self.whereClause(filter)
        return try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT \(Self.deliveryColumns) FROM deliveries \(clause) ORDER BY rowid LIMIT ? OFFSET ?",
                arguments: arguments + [limit, offset]
            ).map(Self.record(from:))
        }
    }

    public func countDeliveries(matching filter: DeliveryFilter) async throws -> Int {
        let (clause, arguments) = Self.whereClause(filter)
        return try await read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM deliveries \(clause)", arguments: arguments) ?? 0 }
    }

    public func deliveries(complaintID: String) async throws -> [DeliveryRecord] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT \(Self.deliveryColumns) FROM deliveries WHERE complaint_id = ? ORDER BY rowid",
                arguments: [complaintID]
            ).map(
                Self.record(from:)
            )
        }
    }

    public func attempts(complaintID: String) async throws -> [AttemptRecord] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM attempts WHERE complaint_id = ? ORDER BY id", arguments: [complaintID]).map { row in
                AttemptRecord(
                    key: DeliveryKey(complaintID: row["complaint_id"], sink: row["sink"]),
                    attempt: row["attempt"],
                    startedAt: Date(timeIntervalSince1970: row["started_at"]),
                    finishedAt: Date(timeIntervalSince1970: row["finished_at"]),
                    outcome: row["outcome"],
                    error: row["error"]
                )
            }
        }
    }

    public func deliveryKeys(matching filter: DeliveryFilter, limit: Int) async throws -> [DeliveryKey] {
        let (clause, arguments) = Self.whereClause(filter)
        return try await read { db in
            try Row.fetchAll(db, sql: "SELECT complaint_id, sink FROM deliveries \(clause) ORDER BY rowid LIMIT ?", arguments: arguments + [limit])
                .map {
                    DeliveryKey(complaintID: $0["complaint_id"], sink: $0["sink"])
                }
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
        // A delivery's age counts from when it falls due, so the tail of a long, slow replay still gets its retries.
        // Chunks of 1000 keep each transaction short: the doors' commits wait for the same write lock.
        for chunkStart in stride(from: 0, to: unique.count, by: 1000) {
            let chunk = Array(unique[chunkStart..<min(chunkStart + 1000, unique.count)])
            count += try await pool.write { db in
                let update = try db.cachedStatement(
                    sql: """
                        UPDATE deliveries SET status = 'pending', attempts = 0, replays = replays + 1, next_attempt_at = ?,
                            active_since = ?, updated_at = ?
                        WHERE complaint_id = ? AND sink = ?
                        """
                )
                var changed = 0
                for (offset, key) in chunk.enumerated() {
                    let due = startValue + step * Double(chunkStart + offset)
                    try update.execute(arguments: [due, due, startValue, key.complaintID, key.sink])
                    changed += db.changesCount
                }
                return changed
            }
        }
        claims.withLock { claims in
            for key in unique { claims[key] = nil }
        }
        return count
    }

    // MARK: Linking

    public func contactLinks(identities: [String], since: Date, limit: Int) async throws -> [ContactLink] {
        guard limit > 0 else { return [] }
        return contacts.withLock { $0.links(identities: identities, since: since, limit: limit) }
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
        do {
            try await pool.write { db in
                // A split committed meanwhile by another caller wins; this one changes nothing then.
                try db.execute(
                    sql: """
                        INSERT INTO thread_splits (complaint_id, previous_thread_id, previous_earlier_ids, thread_id, at, actor, reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (complaint_id) DO NOTHING
                        """,
                    arguments: [complaintID, split.previousThreadID, previous, complaintID, at.timeIntervalSince1970, actor, reason]
                )
                guard db.changesCount == 1 else { return }
                try db.execute(
                    sql: "INSERT INTO audit_log (at, actor, action, filter, count, detail) VALUES (?, ?, 'split', ?, 1, ?)",
                    arguments: [at.timeIntervalSince1970, actor, "{\"complaint_id\":\"\(complaintID)\"}", reason]
                )
            }
        } catch {
            throw JournalError(.storage, reason: "cannot split the thread: \(error)")
        }
        contacts.withLock { $0.setThread(of: complaintID, to: complaintID) }
        return try await threadSplit(complaintID: complaintID) ?? split
    }

    public func threadMembers(threadID: String) async throws -> [String] {
        contacts.withLock { $0.thread(threadID) }.sorted { ($0.receivedAt, $0.complaintID) < ($1.receivedAt, $1.complaintID) }.map(\.complaintID)
    }

    public func threadSplit(complaintID: String) async throws -> ThreadSplit? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM thread_splits WHERE complaint_id = ?", arguments: [complaintID]) else {
                return nil
            }
            let previous: String = row["previous_earlier_ids"]
            return ThreadSplit(
                complaintID: complaintID,
                previousThreadID: row["previous_thread_id"],
                previousEarlierIDs: (try? JSONDecoder().decode([String].self, from: Data(previous.utf8))) ?? [],
                threadID: row["thread_id"]
            )
        }
    }

    // MARK: Audit, statistics, cursors

    public func appendAudit(_ entry: AuditEntry) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "INSERT INTO audit_log (at, actor, action, filter, count, detail) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [entry.at.timeIntervalSince1970, entry.actor, entry.action, entry.filter, entry.count, entry.detail]
            )
        }
    }

    public func auditLog(limit: Int) async throws -> [AuditEntry] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", arguments: [limit]).map { row in
                AuditEntry(
                    at: Date(timeIntervalSince1970: row["at"]),
                    actor: row["actor"],
                    action: row["action"],
                    filter: row["filter"],
                    count: row["count"],
                    detail: row["detail"]
                )
            }
        }
    }

    public func statistics() async throws -> [SinkStatistics] {
        try await read { db in
            var bySink: [String: SinkStatistics] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT sink, status, n FROM delivery_counts WHERE n > 0") {
                let sink: String = row["sink"]
                var stats = bySink[sink] ?? SinkStatistics(sink: sink)
                let count: Int = row["n"]
                switch DeliveryStatus(rawValue: row["status"]) {
                case .pending: stats.pending = count
                case .retrying: stats.retrying = count
                case .dead: stats.dead = count
                case .delivered: stats.delivered = count
                case nil: break
                }
                bySink[sink] = stats
            }
            // One index lookup per sink with a backlog (deliveries_undelivered).
            let oldest = try db.cachedStatement(
                sql: "SELECT MIN(created_at) FROM deliveries WHERE sink = ? AND status IN ('pending', 'retrying')"
            )
            for (sink, stats) in bySink where stats.pending + stats.retrying > 0 {
                if let value = try Double.fetchOne(oldest, arguments: [sink]) {
                    bySink[sink]?.oldestUndeliveredAt = Date(timeIntervalSince1970: value)
                }
            }
            return bySink.values.sorted { $0.sink < $1.sink }
        }
    }

    public func cursor(_ name: String) async throws -> String? {
        try await read { db in try String.fetchOne(db, sql: "SELECT value FROM cursors WHERE name = ?", arguments: [name]) }
    }

    public func setCursor(_ name: String, to value: String) async throws {
        let at = now().timeIntervalSince1970
        try await pool.write { db in
            try db.execute(
                sql:
                    "INSERT INTO cursors (name, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                arguments: [name, value, at]
            )
        }
    }

    // MARK: Failed intake

    public func recordFailedIntake(_ item: FailedIntake) async throws -> String {
        let detail = String(decoding: try JSONEncoder().encode(item.detail), as: UTF8.self)
        return try await pool.write { db in
            if let existing = try String.fetchOne(db, sql: "SELECT id FROM failed_intake WHERE key = ?", arguments: [item.key]) {
                return existing
            }
            try db.execute(
                sql: """
                    INSERT INTO failed_intake (id, key, source, channel, received_at, updated_at, reason, status, complaint_id, detail,
                        raw, raw_content_type, raw_size, raw_sha256)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    item.id, item.key, item.source, item.channel.rawValue, item.receivedAt.timeIntervalSince1970,
                    item.updatedAt.timeIntervalSince1970, item.reason, item.status.rawValue, item.complaintID, detail,
                    item.raw?.data ?? Data(), item.rawReference.contentType, item.rawReference.size, item.rawReference.sha256,
                ]
            )
            return item.id
        }
    }

    public func failedIntakes(source: String?, status: FailedIntakeStatus?, limit: Int) async throws -> [FailedIntake] {
        try await read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let source {
                conditions.append("source = ?")
                _ = arguments.append(contentsOf: [source])
            }
            if let status {
                conditions.append("status = ?")
                _ = arguments.append(contentsOf: [status.rawValue])
            }
            _ = arguments.append(contentsOf: [limit])
            let condition = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT id, key, source, channel, received_at, updated_at, reason, status, complaint_id, detail, raw_content_type, raw_size,
                        raw_sha256 FROM failed_intake \(condition) ORDER BY received_at DESC, id DESC LIMIT ?
                    """,
                arguments: arguments
            ).map { try Self.failedIntake($0, withRaw: false) }
        }
    }

    public func failedIntake(id: String) async throws -> FailedIntake? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM failed_intake WHERE id = ?", arguments: [id]).map { try Self.failedIntake($0, withRaw: true) }
        }
    }

    public func updateFailedIntakes(ids: [String], status: FailedIntakeStatus, complaintID: String?, reason: String?, at: Date) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        return try await pool.write { db in
            var changed = 0
            for id in ids {
                try db.execute(
                    sql: """
                        UPDATE failed_intake SET status = ?, updated_at = ?, complaint_id = COALESCE(?, complaint_id), reason = COALESCE(?, reason)
                        WHERE id = ?
                        """,
                    arguments: [status.rawValue, at.timeIntervalSince1970, complaintID, reason, id]
                )
                changed += db.changesCount
            }
            return changed
        }
    }

    private static func failedIntake(_ row: Row, withRaw: Bool) throws -> FailedIntake {
        let contentType: String = row["raw_content_type"]
        let data: Data = withRaw ? row["raw"] : Data()
        var item = FailedIntake(
            id: row["id"],
            key: row["key"],
            source: row["source"],
            channel: Channel(rawValue: row["channel"]) ?? .email,
            receivedAt: Date(timeIntervalSince1970: row["received_at"]),
            reason: row["reason"],
            detail: (try? JSONDecoder().decode([String: String].self, from: Data((row["detail"] as String).utf8))) ?? [:],
            raw: RawPayload(data: data, contentType: contentType)
        )
        item.updatedAt = Date(timeIntervalSince1970: row["updated_at"])
        item.status = FailedIntakeStatus(rawValue: row["status"]) ?? .open
        item.complaintID = row["complaint_id"]
        item.rawReference = RawReference(size: row["raw_size"], contentType: contentType, sha256: row["raw_sha256"])
        if !withRaw { item.raw = nil }
        return item
    }

    public func isReady() async -> Bool {
        let closed = state.withLock { $0.isClosed }
        guard !closed else { return false }
        return (try? await read { db in try Int.fetchOne(db, sql: "SELECT 1") }) == 1
    }

    // MARK: Helpers

    private func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(body)
        } catch let error as JournalError {
            throw error
        } catch {
            throw JournalError(.storage, reason: "journal read failed: \(error)")
        }
    }

    /// The columns ``record(from:)`` reads, in its order.
    static let deliveryColumns =
        "complaint_id, sink, status, attempts, total_attempts, replays, next_attempt_at, last_error, created_at, active_since, updated_at, delivered_at, source, channel, received_at"

    /// Reads a row of ``deliveryColumns`` by position (by name, GRDB folds the case of every column name on each read).
    private static func record(from row: Row) -> DeliveryRecord {
        let nextAttempt: Double? = row[6]
        let deliveredAt: Double? = row[11]
        return DeliveryRecord(
            key: DeliveryKey(complaintID: row[0], sink: row[1]),
            status: DeliveryStatus(rawValue: row[2]) ?? .pending,
            attempts: row[3],
            totalAttempts: row[4],
            replays: row[5],
            nextAttemptAt: nextAttempt.map(Date.init(timeIntervalSince1970:)),
            lastError: row[7],
            createdAt: Date(timeIntervalSince1970: row[8]),
            activeSince: Date(timeIntervalSince1970: row[9]),
            updatedAt: Date(timeIntervalSince1970: row[10]),
            deliveredAt: deliveredAt.map(Date.init(timeIntervalSince1970:)),
            source: row[12],
            channel: Channel(rawValue: row[13]) ?? .webhook,
            receivedAt: Date(timeIntervalSince1970: row[14])
        )
    }

    private static func whereClause(_ filter: DeliveryFilter) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if !filter.statuses.isEmpty {
            conditions.append("status IN (\(filter.statuses.map { _ in "?" }.joined(separator: ", ")))")
            arguments += StatementArguments(filter.statuses.map(\.rawValue))
        }
        if let sink = filter.sink {
            conditions.append("sink = ?")
            arguments += [sink]
        }
        if let source = filter.source {
            conditions.append("source = ?")
            arguments += [source]
        }
        if let channel = filter.channel {
            conditions.append("channel = ?")
            arguments += [channel.rawValue]
        }
        if let after = filter.receivedAfter {
            conditions.append("received_at >= ?")
            arguments += [after.timeIntervalSince1970]
        }
        if let before = filter.receivedBefore {
            conditions.append("received_at < ?")
            arguments += [before.timeIntervalSince1970]
        }
        if let text = filter.errorContains {
            conditions.append("instr(lower(last_error), lower(?)) > 0")
            arguments += [text]
        }
        if !filter.complaintIDs.isEmpty {
            conditions.append("complaint_id IN (\(filter.complaintIDs.map { _ in "?" }.joined(separator: ", ")))")
            arguments += StatementArguments(filter.complaintIDs)
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }
}

/// The complaints appended last, by id, within a budget of encoded bytes (the oldest go first). A complaint larger
/// than a sixteenth of the budget is not kept: one huge `extra` must not pin memory.
private struct RecentComplaints {
    let budget: Int
    private var byID: [String: (complaint: Complaint, size: Int)] = [:]
    private var order: [String] = []
    private var head = 0
    private var bytes = 0

    init(budget: Int) {
        self.budget = budget
    }

    /// A complaint stored lately. (Its document is not kept too: that was 7 MB more at 3,000 requests/s, and the
    /// sinks encode a complaint at hand again in a few microseconds.)
    func complaint(id: String) -> Complaint? { byID[id]?.complaint }

    mutating func insert(_ complaint: Complaint, size: Int) {
        guard size <= budget / 16, byID[complaint.id] == nil else { return }
        byID[complaint.id] = (complaint, size)
        order.append(complaint.id)
        bytes += size
        while bytes > budget, head < order.count {
            if let evicted = byID.removeValue(forKey: order[head]) { bytes -= evicted.size }
            head += 1
        }
        // Drop the evicted prefix now and then rather than shifting the array at every eviction.
        if head > 4096 {
            order.removeFirst(head)
            head = 0
        }
    }
}

extension Duration {
    fileprivate var secondsValue: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
