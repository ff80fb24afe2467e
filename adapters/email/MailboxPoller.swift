import Dispatch
public import Foundation
import Glibc
public import IntakeCore
public import Logging
import Metrics
public import ServiceLifecycle
import Synchronization

/// What the poller does with a mail at the source once the journal committed it.
public enum AfterIntake: Sendable, Hashable {
    /// Set `\Seen` (the mail stays where it is).
    case markSeen
    /// Move it to a folder (created when missing).
    case move(to: String)
    /// Delete and expunge it.
    case delete
}

/// One mailbox to poll.
public struct MailboxConfiguration: Sendable {
    /// The source's name (`support-inbox`): metrics, cursor, idempotency keys.
    public var source: String
    /// Server and login.
    public var server: IMAPServer
    /// The folder polled (`INBOX`).
    public var mailbox: String
    /// Time between polls.
    public var interval: Duration
    /// Messages fetched in one `UID FETCH` and committed in one journal append.
    public var batchSize: Int
    /// What happens to a stored (or repeated, or skipped) mail at the source.
    public var after: AfterIntake
    /// Where a mail that is not a complaint (kept as a failed input) is moved; `nil`: it is only marked `\Seen`.
    public var quarantine: String?
    /// How mail becomes complaints.
    public var mapping: MailMappingOptions
    /// Where attachments are written, content-addressed (`ab/abcdef…`); `nil`: not written (the raw mail, kept in
    /// the journal, holds them).
    public var attachmentsDirectory: String?
    /// The longest wait after repeated failures.
    public var maximumBackoff: Duration

    /// Creates a configuration.
    public init(
        source: String,
        server: IMAPServer,
        mailbox: String = "INBOX",
        interval: Duration = .seconds(30),
        batchSize: Int = 200,
        after: AfterIntake = .markSeen,
        quarantine: String? = nil,
        mapping: MailMappingOptions = MailMappingOptions(),
        attachmentsDirectory: String? = nil,
        maximumBackoff: Duration = .seconds(300)
    ) {
        self.source = source
        self.server = server
        self.mailbox = mailbox
        self.interval = interval
        self.batchSize = batchSize
        self.after = after
        self.quarantine = quarantine
        self.mapping = mapping
        self.attachmentsDirectory = attachmentsDirectory
        self.maximumBackoff = maximumBackoff
    }

    /// The journal cursor holding `UIDVALIDITY:last UID handled`.
    public var cursorName: String { "imap:\(source):\(mailbox)" }
}

/// How a mailbox's polling goes, for `/readyz` and operators.
public final class MailboxHealth: Sendable {
    private struct State {
        var lastSuccess: Date?
        var lastError: String?
        var consecutiveFailures = 0
        var standingBy = false
    }

    /// The source.
    public let source: String
    /// The configured interval: a mailbox not polled successfully within it (plus slack) is not ready.
    public let interval: Duration
    private let state = Mutex(State())
    private let started = Date()

    /// Creates health for a mailbox.
    public init(source: String, interval: Duration) {
        self.source = source
        self.interval = interval
    }

    func succeeded(at date: Date) {
        state.withLock {
            $0.standingBy = false
            $0.lastSuccess = date
            $0.lastError = nil
            $0.consecutiveFailures = 0
        }
    }

    /// Another replica holds the mailbox's lease: this one is ready, waiting to take over.
    func standingBy(at date: Date) {
        state.withLock {
            $0.lastSuccess = date
            $0.lastError = nil
            $0.consecutiveFailures = 0
            $0.standingBy = true
        }
    }

    /// Whether another replica polls the mailbox now.
    public var isStandingBy: Bool { state.withLock { $0.standingBy } }

    func failed(_ reason: String) -> Int {
        state.withLock {
            $0.lastError = reason
            $0.consecutiveFailures += 1
            return $0.consecutiveFailures
        }
    }

    /// Whether the mailbox was polled successfully within its interval (plus a poll's worth of slack); a fresh
    /// gateway gets one interval to make its first poll.
    public func isReady(now: Date = Date()) -> Bool {
        let allowed = interval.seconds * 2 + 30
        return state.withLock { state in
            guard let last = state.lastSuccess else { return now.timeIntervalSince(started) < allowed && state.lastError == nil }
            return now.timeIntervalSince(last) <= allowed
        }
    }

}

/// Polls one IMAP mailbox: fetches new mail by UID in batches (without setting `\Seen`), turns each into a
/// complaint, commits the batch to the journal, and only then marks, moves or deletes the mails at the source and
/// advances the mailbox's UID cursor.
///
/// A crash anywhere in between re-reads the batch on the next start; Message-IDs (or the mail's SHA-256) make the
/// re-read a repeat, so nothing is stored twice and nothing acknowledged is lost. A mail that cannot be a complaint
/// is kept whole as a failed input and the loop goes on. A changed UIDVALIDITY re-scans the folder with the same
/// protection. libcurl's blocking calls run on the mailbox's own dispatch queue, never on the cooperative pool.
public final class MailboxPoller: Service {
    private let configuration: MailboxConfiguration
    private let intake: ComplaintIntake
    private let source: IntakeSource
    private let logger: Logger
    /// Readiness and last poll, shared with the gateway's `/readyz`.
    public let health: MailboxHealth
    private let queue: DispatchQueue
    private let attachmentQueue: DispatchQueue
    private let connection = ConnectionBox()
    private let pollTimer: Metrics.Timer
    private let lastSuccessGauge: Gauge
    private let lagGauge: Gauge
    private let failures: Counter
    private let fetchedBytes: Counter
    private let acknowledgementFailures: Counter
    /// Acknowledgements the server refused, tried again at the start of each poll (same UIDVALIDITY only).
    private let unacknowledged = Mutex([Acknowledgement]())
    /// How often each UID a server lists but does not return has been asked for.
    private let unserved = Mutex([UInt32: Int]())
    private let outcomes: [String: Counter]

    /// Creates a poller.
    public init(configuration: MailboxConfiguration, intake: ComplaintIntake, source: IntakeSource, logger: Logger) {
        self.configuration = configuration
        self.intake = intake
        self.source = source
        var logger = logger
        logger[metadataKey: "source"] = "\(configuration.source)"
        self.logger = logger
        health = MailboxHealth(source: configuration.source, interval: configuration.interval)
        queue = DispatchQueue(label: "intake.email.\(configuration.source)")
        attachmentQueue = DispatchQueue(label: "intake.email.\(configuration.source).attachments", qos: .utility)
        let dimensions = [("source", configuration.source)]
        pollTimer = Metrics.Timer(label: "intake_email_poll_seconds", dimensions: dimensions, preferredDisplayUnit: .seconds)
        lastSuccessGauge = Gauge(label: "intake_email_last_success_timestamp_seconds", dimensions: dimensions)
        lagGauge = Gauge(label: "intake_email_lag_messages", dimensions: dimensions)
        failures = Counter(label: "intake_email_poll_failures_total", dimensions: dimensions)
        fetchedBytes = Counter(label: "intake_email_fetched_bytes_total", dimensions: dimensions)
        acknowledgementFailures = Counter(label: "intake_email_acknowledgement_failures_total", dimensions: dimensions)
        var outcomes: [String: Counter] = [:]
        for outcome in ["stored", "duplicate", "skipped", "failed"] {
            outcomes[outcome] = Counter(label: "intake_email_messages_total", dimensions: dimensions + [("outcome", outcome)])
        }
        self.outcomes = outcomes
        // Mails over max_size are kept raw (so they are read whole), up to four times that.
        connection.maximumLiteral = max(1 << 20, configuration.mapping.maximumSize.multipliedReportingOverflow(by: 4).partialValue)
    }

    public func run() async throws {
        var delay = Duration.zero
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            if delay > .zero {
                try? await cancelWhenGracefulShutdown { [delay] in try await Task.sleep(for: delay) }
                if Task.isCancelled || Task.isShuttingDownGracefully { break }
            }
            let start = ContinuousClock.now
            do {
                // Replicas sharing a journal: one polls, the others stand by and take over when its lease lapses.
                if let leases = intake.journal as? any JournalLeases {
                    guard try await leases.acquireLease(leaseName, for: leaseDuration) else {
                        if !health.isStandingBy { logger.info("another replica polls this mailbox; standing by") }
                        health.standingBy(at: Date())
                        delay = min(configuration.interval, leaseDuration / 4)
                        continue
                    }
                    if health.isStandingBy { logger.notice("took over polling this mailbox") }
                }
                try await pollOnce()
                health.succeeded(at: Date())
                lastSuccessGauge.record(Date().timeIntervalSince1970)
                pollTimer.recordNanoseconds(Int64((ContinuousClock.now - start).nanoseconds))
                delay = configuration.interval
            } catch {
                failures.increment()
                let count = health.failed("\(error)")
                // The connection may be broken: the next poll logs in again.
                await onQueue { connection in connection.close() }
                let backoff = min(configuration.maximumBackoff, .seconds(min(1 << min(count, 8), 300)))
                delay = max(backoff, .seconds(1))
                logger.warning("polling the mailbox failed", metadata: ["error": "\(error)", "failures": "\(count)", "retry_in": "\(delay)"])
            }
        }
        await onQueue { connection in connection.logout() }
        // Let another replica take over at once rather than after the lease.
        if let leases = intake.journal as? any JournalLeases { try? await leases.releaseLease(leaseName) }
    }

    /// The lease that makes one replica at a time poll this mailbox.
    var leaseName: String { "lease:" + configuration.cursorName }

    /// Long enough to outlast the time between renewals (each poll and each batch renews it), short enough that a
    /// replica that died is replaced soon: three intervals, ten seconds at least.
    var leaseDuration: Duration { max(.seconds(10), configuration.interval * 3) }

    /// One poll: every new mail up to now, batch by batch, then the failed inputs an operator asked to retry.
    public func pollOnce() async throws {
        let cursorName = configuration.cursorName
        let stored = try await intake.journal.cursor(cursorName).flatMap(Cursor.init)
        let server = configuration.server
        let mailbox = configuration.mailbox
        let (status, uids) = try await onQueue { connection in
            func start() throws -> (MailboxStatus, [UInt32]) {
                let session = try connection.session(server)
                let status = try session.select(mailbox)
                var after = stored.map { $0.uidValidity == status.uidValidity ? $0.lastUID : 0 } ?? 0
                // UIDs handed out again under the same UIDVALIDITY (a server restored from a backup): the cursor is
                // ahead of the server, so the folder is read again, repeats recognised.
                if let next = status.uidNext, next <= after { after = 0 }
                return (status, try session.uids(after: after))
            }
            // A connection kept since the last poll may have been closed by the server meanwhile (IMAP servers log
            // idle sessions out): one new login before calling it a failure.
            guard connection.isOpen else { return try start() }
            do {
                return try start()
            } catch let error as IMAPError where !error.connectionUsable {
                connection.close()
                return try start()
            }
        }
        if let stored, stored.uidValidity == status.uidValidity, let next = status.uidNext, next <= stored.lastUID {
            logger.warning(
                "the mailbox's next UID is at or below the last one read (a restored server): re-reading it; mails stored before are recognised as repeats",
                metadata: ["mailbox": "\(mailbox)", "last_uid": "\(stored.lastUID)", "uid_next": "\(next)"]
            )
        }
        if let stored, stored.uidValidity != status.uidValidity {
            logger.warning(
                "the mailbox's UIDVALIDITY changed: re-reading it; mails stored before are recognised as repeats",
                metadata: ["mailbox": "\(mailbox)", "before": "\(stored.uidValidity)", "now": "\(status.uidValidity)"]
            )
        }
        try await acknowledgeAgain(uidValidity: status.uidValidity)
        lagGauge.record(uids.count)
        if stored == nil || stored?.uidValidity != status.uidValidity, uids.isEmpty {
            try await intake.journal.setCursor(cursorName, to: Cursor(uidValidity: status.uidValidity, lastUID: 0).text)
        }
        var remaining = uids.count
        let (batches, oversized) = try await batches(of: uids)
        if !oversized.isEmpty { try await keepHeadersOnly(of: oversized, uidValidity: status.uidValidity) }
        // The next batch is fetched (on the mailbox's queue) and decoded while this one is committed and
        // acknowledged: the commit's reads, classification and fsync leave a core idle that decoding fills (a
        // batch took decode and commit in turn before, 0.5 s a batch). The session stays sequential: this batch's
        // acknowledgement is sent after that fetch.
        var next: Task<(mails: [FetchedMail], decoded: [Decoded]), any Error>? = batches.first.map { batch in
            Task { try await fetchAndDecode(batch) }
        }
        defer { next?.cancel() }
        for (index, batch) in batches.enumerated() {
            guard let pending = next, !Task.isCancelled, !Task.isShuttingDownGracefully else { break }
            // A long poll keeps its lease; one lost meanwhile (this replica stalled past it) stops here.
            if index > 0, let leases = intake.journal as? any JournalLeases, try await !leases.acquireLease(leaseName, for: leaseDuration) {
                logger.warning("lost the mailbox's lease during a poll; another replica goes on")
                break
            }
            let (mails, decoded) = try await pending.value
            next = index + 1 < batches.count ? Task { [batch = batches[index + 1]] in try await fetchAndDecode(batch) } : nil
            let held = try await handle(batch, mails: mails, decoded: decoded, uidValidity: status.uidValidity)
            remaining -= batch.count
            lagGauge.record(remaining)
            // The cursor stopped before a mail the server did not serve: later batches wait for the next poll.
            if held { break }
        }
        if !Task.isCancelled && !Task.isShuttingDownGracefully { try await retryFailed() }
    }

    private typealias FetchedMail = (uid: UInt32, bytes: [UInt8])

    /// A fetched mail made ready to commit, but for the complaints it answers (looked up when its batch commits,
    /// after the batches before it).
    private struct Decoded: Sendable {
        var prepared: Prepared
        /// The mail, when it became a complaint.
        var message: MailMessage?
    }

    /// Sends again the acknowledgements the server refused before (the folder is writable again, the quota freed).
    private func acknowledgeAgain(uidValidity: UInt32) async throws {
        let waiting = unacknowledged.withLock { state -> [Acknowledgement] in
            defer { state = [] }
            return state.filter { $0.uidValidity == uidValidity }
        }
        guard !waiting.isEmpty else { return }
        let server = configuration.server
        let after = configuration.after
        let quarantine = configuration.quarantine
        let refused = try await onQueue { connection -> [Acknowledgement] in
            let session = try connection.session(server)
            return try waiting.filter { try $0.send(on: session, after: after, quarantine: quarantine) != nil }
        }
        if !refused.isEmpty { unacknowledged.withLock { $0 += refused } }
    }

    /// The UIDs in batches of at most `batch_size` mails and 64 MB (by RFC822.SIZE), so memory stays bounded
    /// whatever the mails weigh; a mail larger than the budget is a batch of its own.
    private func batches(of uids: [UInt32]) async throws -> (batches: [[UInt32]], oversized: [(uid: UInt32, size: Int)]) {
        guard !uids.isEmpty else { return ([], []) }
        let server = configuration.server
        let (sizes, limit) = try await onQueue { connection in (try connection.session(server).sizes(of: uids), connection.maximumLiteral) }
        let budget = 64 << 20
        var batches: [[UInt32]] = []
        var oversized: [(uid: UInt32, size: Int)] = []
        var current: [UInt32] = []
        var bytes = 0
        for uid in uids {
            let size = sizes[uid] ?? 0
            if size > limit {
                oversized.append((uid, size))
                continue
            }
            if !current.isEmpty, current.count >= configuration.batchSize || bytes + size > budget {
                batches.append(current)
                current = []
                bytes = 0
            }
            current.append(uid)
            bytes += size
        }
        if !current.isEmpty { batches.append(current) }
        return (batches, oversized)
    }

    /// Mails too large to hold in memory: their header is kept as a failed input (who sent what, when), the mail
    /// itself is quarantined (or marked `\Seen`) and left on the server.
    private func keepHeadersOnly(of mails: [(uid: UInt32, size: Int)], uidValidity: UInt32) async throws {
        let server = configuration.server
        let quarantine = configuration.quarantine
        let limit = connection.maximumLiteral
        for (uid, size) in mails {
            let header = try await onQueue { connection in try connection.session(server).header(of: uid) }
            try await keepFailed(
                header ?? [],
                reason: "the mail is \(size) bytes, over the \(limit) intake reads: only its header is kept, the mail stays on the server",
                key: "\(configuration.source):imap:\(uidValidity):\(uid):oversized",
                detail: ["mailbox": configuration.mailbox, "uid": "\(uid)", "uidvalidity": "\(uidValidity)", "size": "\(size)"],
                at: Date()
            )
            try await onQueue { connection in
                let session = try connection.session(server)
                do {
                    if let quarantine { try session.move([uid], to: quarantine) } else { try session.addFlags("\\Seen", to: [uid]) }
                } catch let error as IMAPError where error.connectionUsable {}
            }
        }
    }

    private func fetch(_ batch: [UInt32]) async throws -> [FetchedMail] {
        let server = configuration.server
        return try await onQueue { connection in
            let session = try connection.session(server)
            var mails: [FetchedMail] = []
            try session.fetch(batch) { uid, bytes in mails.append((uid, bytes)) }
            return mails
        }
    }

    private func fetchAndDecode(_ batch: [UInt32]) async throws -> (mails: [FetchedMail], decoded: [Decoded]) {
        let mails = try await fetch(batch)
        return (mails, await decode(mails))
    }

    /// Decodes, validates and makes entries of mails on every core: parsing is pure, and with validation it is most
    /// of a batch's time (validated one mail after the other, on the commit's path, 500 mails took 40-60 ms).
    private func decode(_ mails: [FetchedMail]) async -> [Decoded] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, mails.count / 8))
        guard workers > 1 else { return mails.map { decoded($0.bytes) } }
        let size = (mails.count + workers - 1) / workers
        return await withTaskGroup(of: (Int, [Decoded]).self) { group in
            for start in stride(from: 0, to: mails.count, by: size) {
                let chunk = mails[start..<min(mails.count, start + size)].map(\.bytes)
                group.addTask { (start, chunk.map { self.decoded($0) }) }
            }
            var results = [Decoded?](repeating: nil, count: mails.count)
            for await (start, decoded) in group {
                for (offset, intake) in decoded.enumerated() { results[start + offset] = intake }
            }
            return results.map { $0! }
        }
    }

    /// Commits and acknowledges one fetched batch, then moves the cursor past it (or up to a mail the server listed
    /// but did not return: then it returns `true`).
    private func handle(_ batch: [UInt32], mails: [FetchedMail], decoded: [Decoded], uidValidity: UInt32) async throws -> Bool {
        let server = configuration.server
        let receivedAt = Date()
        var entries: [JournalEntry] = []
        var done: [UInt32] = []
        var skipped: [UInt32] = []
        var failed: [UInt32] = []
        var bytes = 0
        // The complaints the batch's replies answer, in one journal read for the whole batch (one per reference
        // was up to 20 reads a mail, in turn, on the batch's critical path).
        let answers = try await answered(decoded.map(\.message))
        for (((uid, raw), mail), answered) in zip(zip(mails, decoded), answers) {
            bytes += raw.count
            let detail = ["mailbox": configuration.mailbox, "uid": "\(uid)", "uidvalidity": "\(uidValidity)", "size": "\(raw.count)"]
            switch mail.prepared {
            case .entry(var entry):
                entry.repliesTo = answered
                entries.append(entry)
                done.append(uid)
            case .skipped(let kind, let reason):
                skipped.append(uid)
                outcomes["skipped"]?.increment()
                logger.debug("mail skipped", metadata: ["uid": "\(uid)", "kind": "\(kind.rawValue)", "reason": "\(reason)"])
            case .failed(let reason):
                try await keepFailed(
                    raw,
                    reason: reason,
                    // By content: the same mail read again (after a UIDVALIDITY change, from a folder it was moved
                    // back to) is the same failed input.
                    key: "\(configuration.source):sha256:\(Digest.sha256Hex(raw))",
                    detail: detail,
                    at: receivedAt
                )
                failed.append(uid)
            }
        }
        fetchedBytes.increment(by: bytes)
        // The journal commit first: only then is a mail acknowledged at the source.
        if !entries.isEmpty {
            let results = try await intake.commit(entries, from: source)
            for outcome in results { outcomes[outcome.isDuplicate ? "duplicate" : "stored"]?.increment() }
        }
        let after = configuration.after
        let quarantine = configuration.quarantine
        // UIDs asked for but not returned: expunged meanwhile (gone: passed), or still there but not served (a message
        // the server cannot render): those hold the cursor, so they are asked for again.
        let returned = Set(mails.map(\.uid))
        let missing = batch.filter { !returned.contains($0) }
        let acknowledgement = Acknowledgement(uidValidity: uidValidity, stored: done, skipped: skipped, failed: failed)
        let (stillThere, refusal) = try await onQueue { [acknowledgement] connection -> ([UInt32], String?) in
            let session = try connection.session(server)
            let refusal = try acknowledgement.send(on: session, after: after, quarantine: quarantine)
            return (missing.isEmpty ? [] : try session.existing(missing), refusal)
        }
        if let refusal {
            unacknowledged.withLock { $0.append(acknowledgement) }
            acknowledgementFailures.increment()
            logger.warning("the server refused to mark, move or delete stored mail: it stays in the folder", metadata: ["error": "\(refusal)"])
        }
        var last = batch.max()
        var held = false
        if let first = stillThere.min() {
            let attempts = unserved.withLock { state -> Int in
                state[first, default: 0] += 1
                return state[first]!
            }
            if attempts < 3 {
                held = true
                last = first - 1
                logger.warning("the server did not return a mail it still lists: asked for again on the next poll", metadata: ["uid": "\(first)"])
            } else {
                unserved.withLock { _ = $0.removeValue(forKey: first) }
                try await keepFailed(
                    [],
                    reason: "the server lists this mail but did not return it in \(attempts) polls: nothing of it could be kept",
                    key: "\(configuration.source):imap:\(uidValidity):\(first):unserved",
                    detail: ["mailbox": configuration.mailbox, "uid": "\(first)", "uidvalidity": "\(uidValidity)"],
                    at: receivedAt
                )
            }
        }
        if let last {
            try await intake.journal.setCursor(configuration.cursorName, to: Cursor(uidValidity: uidValidity, lastUID: last).text)
        }
        return held
    }

    private enum Prepared: Sendable {
        case entry(JournalEntry)
        case skipped(AutomatedMail, String)
        case failed(String)
    }

    /// One mail decoded and, when it is a complaint, validated into a journal entry (its attachments written), all
    /// but the complaints it answers.
    private func decoded(_ raw: [UInt8]) -> Decoded {
        switch MailComplaint.intake(raw, options: configuration.mapping) {
        case .skipped(let kind, let reason):
            return Decoded(prepared: .skipped(kind, reason))
        case .failed(let reason):
            return Decoded(prepared: .failed(reason))
        case .complaint(let draft, let message, let deliveryID):
            // The delivery id is `sha256:<digest of the mail>`: computed once.
            let payload = RawPayload(data: Data(raw), contentType: "message/rfc822", sha256: String(deliveryID.dropFirst(7)))
            var draft = draft
            // A mail is what its sender wrote, not a form: a field the schema refuses (a date in the future, an
            // address like x@localhost, a subject of 5,000 characters) is set aside under `extra.email` rather than
            // losing the complaint; only what cannot be repaired makes it a failed input.
            for attempt in 0..<2 {
                do {
                    guard let entry = try intake.prepare([draft], from: source, raw: payload, deliveryID: deliveryID).first else {
                        return Decoded(prepared: .failed("the mail gave no complaint"))
                    }
                    storeAttachments(message, digests: entry.complaint.attachments.map { $0.sha256 ?? "" })
                    return Decoded(prepared: .entry(entry), message: message)
                } catch let error as ComplaintValidationError {
                    guard attempt == 0, MailComplaint.repair(&draft, issues: error.issues) else {
                        return Decoded(
                            prepared: .failed(
                                "the mail is not a valid complaint: \(error.issues.map { "\($0.field) \($0.message)" }.joined(separator: "; "))"
                            )
                        )
                    }
                } catch {
                    return Decoded(prepared: .failed("the mail is not a valid complaint: \(error)"))
                }
            }
            return Decoded(prepared: .failed("the mail is not a valid complaint"))
        }
    }

    /// One mail as a journal entry (validated, its replies linked to the complaints they answer), or why not.
    private func prepare(_ raw: [UInt8]) async throws -> Prepared {
        let mail = decoded(raw)
        guard case .entry(var entry) = mail.prepared else { return mail.prepared }
        entry.repliesTo = try await answered([mail.message])[0]
        return .entry(entry)
    }

    /// The complaints each mail answers (none for a nil one): those stored from the mails its In-Reply-To and
    /// References name, nearest first, looked up in one journal read.
    private func answered(_ messages: [MailMessage?]) async throws -> [[String]] {
        let keys = messages.map { message in
            (message.map { $0.inReplyTo + $0.references.reversed() } ?? []).prefix(20).map { "\(source.name):ext:<\($0)>" }
        }
        let wanted = Array(Set(keys.joined()))
        let found = wanted.isEmpty ? [:] : try await intake.journal.complaintIDs(forIdempotencyKeys: wanted)
        return keys.map { keys in
            var ids: [String] = []
            for key in keys { if let id = found[key], !ids.contains(id) { ids.append(id) } }
            return ids
        }
    }

    private func keepFailed(_ raw: [UInt8], reason: String, key: String, detail: [String: String], at date: Date) async throws {
        var generator = SystemRandomNumberGenerator()
        let item = FailedIntake(
            id: "fi_" + ComplaintID.make(at: date, using: &generator),
            key: key,
            source: configuration.source,
            channel: .email,
            receivedAt: date,
            reason: reason,
            detail: detail,
            raw: RawPayload(data: Data(raw), contentType: "message/rfc822")
        )
        let id = try await intake.journal.recordFailedIntake(item)
        outcomes["failed"]?.increment()
        logger.warning(
            "a mail could not be made a complaint: kept as a failed input",
            metadata: ["failed_id": "\(id)", "uid": "\(detail["uid"] ?? "")", "reason": "\(reason)"]
        )
    }

    /// Reads again the failed inputs an operator marked for retry (`intake failed retry`).
    private func retryFailed() async throws {
        let journal = intake.journal
        for listed in try await journal.failedIntakes(source: configuration.source, status: .retry, limit: 100) {
            guard let item = try await journal.failedIntake(id: listed.id), let raw = item.raw else { continue }
            switch try await prepare(Array(raw.data)) {
            case .entry(let entry):
                let outcome = try await intake.commit([entry], from: source)
                _ = try await journal.updateFailedIntakes(ids: [item.id], status: .resolved, complaintID: outcome.first?.id, reason: nil, at: Date())
                logger.notice("a failed input became a complaint", metadata: ["failed_id": "\(item.id)", "id": "\(outcome.first?.id ?? "")"])
            case .skipped(_, let reason):
                _ = try await journal.updateFailedIntakes(ids: [item.id], status: .discarded, complaintID: nil, reason: reason, at: Date())
            case .failed(let reason):
                _ = try await journal.updateFailedIntakes(ids: [item.id], status: .open, complaintID: nil, reason: reason, at: Date())
            }
        }
    }

    /// Writes the attachments content-addressed, on a queue of their own, off the poll's path: the raw mail, kept in
    /// the journal, holds them, so the files are a convenience for whoever reads the complaint, not its durability.
    /// - Parameter digests: the attachments' SHA-256, as the complaint lists them (in the mail's order).
    private func storeAttachments(_ message: MailMessage, digests: [String]) {
        guard let directory = configuration.attachmentsDirectory, !message.attachments.isEmpty,
            digests.count == message.attachments.count
        else { return }
        let attachments = message.attachments
        let logger = logger
        attachmentQueue.async { [self] in
            for (attachment, digest) in zip(attachments, digests) {
                let folder = "\(directory)/\(digest.prefix(2))"
                let path = "\(folder)/\(digest)"
                // A file of the right size is this content (the name is its SHA-256); a short one (a power cut
                // before it reached the disk) is written again.
                var status = stat()
                if stat(path, &status) == 0, Int(status.st_size) == attachment.data.count { continue }
                do {
                    if !attachmentFolders.withLock({ $0.contains(folder) }) {
                        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                        attachmentFolders.withLock { _ = $0.insert(folder) }
                    }
                    let temporary = "\(path).\(UUID().uuidString).tmp"
                    // Not fsynced: the raw mail in the journal is the durable copy, and a file a power cut left short
                    // is written again (the size check above). (Foundation's Data.write fsyncs every file: a disk
                    // flush per attachment, beside the journal's.)
                    try Self.write(attachment.data, to: temporary)
                    if rename(temporary, path) != 0 {
                        let error = errno
                        unlink(temporary)
                        throw POSIXError(POSIXErrorCode(rawValue: error) ?? .EIO)
                    }
                } catch {
                    logger.warning("an attachment could not be written", metadata: ["sha256": "\(digest)", "error": "\(error)"])
                }
            }
        }
    }

    /// The attachment folders made (or found) already, so each file costs no directory check.
    private let attachmentFolders = Mutex(Set<String>())

    /// Writes `bytes` to a new file at `path` (created, never overwritten), without fsync; a partial file is removed.
    private static func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            unlink(path)
            throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO)
        }
    }

    /// Runs blocking IMAP work on the mailbox's own queue.
    private func onQueue<T: Sendable>(_ work: @escaping @Sendable (ConnectionBox) throws -> T) async throws -> T {
        let connection = self.connection
        return try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work(connection) }) }
        }
    }

    private func onQueue(_ work: @escaping @Sendable (ConnectionBox) -> Void) async {
        let connection = self.connection
        await withCheckedContinuation { continuation in
            queue.async {
                work(connection)
                continuation.resume()
            }
        }
    }
}

/// The mailbox's IMAP session, used only on the mailbox's queue (hence unchecked).
final class ConnectionBox: @unchecked Sendable {
    private var transport: CurlConnection?
    private var current: IMAPSession?

    /// The largest mail read: anything larger ends the session rather than being held in memory.
    var maximumLiteral = 1 << 30

    /// The open session, logging in when there is none.
    func session(_ server: IMAPServer) throws -> IMAPSession {
        if let current { return current }
        let transport = try CurlConnection(server: server)
        let session = IMAPSession(transport: transport)
        session.maximumLiteral = maximumLiteral
        try session.loadCapabilities()
        self.transport = transport
        current = session
        return session
    }

    /// Whether a session is open (kept from an earlier poll).
    var isOpen: Bool { current != nil }

    func close() {
        current = nil
        transport = nil
    }

    func logout() {
        current?.logout()
        close()
    }
}

/// A mailbox's UID cursor: `UIDVALIDITY:last UID handled`.
struct Cursor {
    var uidValidity: UInt32
    var lastUID: UInt32

    init(uidValidity: UInt32, lastUID: UInt32) {
        self.uidValidity = uidValidity
        self.lastUID = lastUID
    }

    init?(_ text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let validity = UInt32(parts[0]), let last = UInt32(parts[1]) else { return nil }
        self.init(uidValidity: validity, lastUID: last)
    }

    var text: String { "\(uidValidity):\(lastUID)" }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
    var nanoseconds: Int64 { components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000 }
}

/// What to tell the server about one batch once the journal has it.
struct Acknowledgement: Sendable {
    var uidValidity: UInt32
    var stored: [UInt32]
    var skipped: [UInt32]
    var failed: [UInt32]

    /// Marks, moves or deletes the stored and skipped mails and quarantines the failed ones.
    /// - Returns: the server's reason when it refused (a read-only folder, a quota, no right to create the folder),
    ///   which leaves the connection usable; `nil` when all was done.
    func send(on session: IMAPSession, after: AfterIntake, quarantine: String?) throws -> String? {
        var refusal: String?
        func attempt(_ work: () throws -> Void) throws {
            do { try work() } catch let error as IMAPError where error.connectionUsable { refusal = refusal ?? error.description }
        }
        try attempt {
            switch after {
            case .markSeen:
                try session.addFlags("\\Seen", to: stored + skipped)
            case .move(let folder):
                try session.move(stored + skipped, to: folder)
            case .delete:
                try session.delete(stored)
                try session.addFlags("\\Seen", to: skipped)
            }
        }
        try attempt {
            if let quarantine { try session.move(failed, to: quarantine) } else { try session.addFlags("\\Seen", to: failed) }
        }
        return refusal
    }
}
