public import Foundation
public import Logging
import Metrics

/// The configured source a draft came through, as intake needs to know it.
public struct IntakeSource: Sendable, Hashable {
    /// The source's configured name (`api`, `callcenter`, `support-inbox`).
    public var name: String
    /// The channel of its complaints when a draft names none.
    public var defaultChannel: Channel
    /// Tags every complaint of the source gets.
    public var defaultTags: [String]

    /// Creates a source.
    public init(name: String, defaultChannel: Channel, defaultTags: [String] = []) {
        self.name = name
        self.defaultChannel = defaultChannel
        self.defaultTags = defaultTags
    }
}

/// The intake path every door calls: validate, normalise, derive the idempotency key, link to the customer's earlier
/// complaints, classify, route, append.
///
/// ``submit(_:from:raw:idempotencyKey:)`` returns only after the journal committed the complaints, so a door may
/// acknowledge its caller as soon as it returns. A batch is all-or-nothing: one invalid draft refuses the whole batch
/// with every problem of every draft.
public struct ComplaintIntake: Sendable {
    /// The journal appended to.
    public let journal: any ComplaintJournal
    private let validator: ComplaintValidator
    private let triage: any ComplaintTriage
    private let router: SinkRouter
    private let committed: @Sendable ([String]) -> Void
    private let now: @Sendable () -> Date
    private let logger: Logger
    private let counters = CounterCache()
    private let contactLocks = KeyedLocks()

    /// Creates the intake path.
    /// - Parameters:
    ///   - journal: where complaints are kept.
    ///   - validator: checks and normalises drafts.
    ///   - triage: classifies complaints.
    ///   - router: picks each complaint's sinks.
    ///   - logger: for debug traces; complaint content is never logged.
    ///   - now: the wall clock.
    ///   - committed: called with the sinks that got new deliveries, after each commit (wakes their workers).
    public init(
        journal: any ComplaintJournal,
        validator: ComplaintValidator,
        triage: any ComplaintTriage = DoorTriage(),
        router: SinkRouter,
        logger: Logger,
        now: @escaping @Sendable () -> Date = { Date() },
        committed: @escaping @Sendable ([String]) -> Void = { _ in }
    ) {
        self.journal = journal
        self.validator = validator
        self.triage = triage
        self.router = router
        self.logger = logger
        self.now = now
        self.committed = committed
    }

    /// Validates, classifies and durably appends drafts that came in one request.
    /// - Parameters:
    ///   - drafts: one or more drafts.
    ///   - source: the configured source.
    ///   - raw: the original payload they came in; stored once, referenced by each.
    ///   - idempotencyKey: a caller-given key (`Idempotency-Key` header); for a batch, item `i` uses `key#i`.
    /// - Returns: one outcome per draft.
    /// - Throws: ``ComplaintValidationError`` (nothing stored), ``JournalError``.
    public func submit(
        _ drafts: [ComplaintDraft],
        from source: IntakeSource,
        raw: RawPayload,
        idempotencyKey: String? = nil
    ) async throws -> [AppendOutcome] {
        try await commit(try prepare(drafts, from: source, raw: raw, idempotencyKey: idempotencyKey), from: source)
    }

    /// Links, classifies, routes and durably appends entries made by ``prepare(_:from:raw:idempotencyKey:)``, then
    /// wakes the workers of their sinks.
    ///
    /// Complaints of the same customer (by any shared identifier) are linked and appended one after the other, so
    /// two arriving at once on two channels still see each other.
    /// - Returns: one outcome per entry.
    /// - Throws: ``JournalError``.
    public func commit(_ entries: [JournalEntry], from source: IntakeSource) async throws -> [AppendOutcome] {
        var entries = entries
        // One set of rules for the whole call, even if they are reloaded meanwhile.
        let triage = self.triage.snapshot()
        let linking = triage.linking
        let identities = entries.map { entry in linking.map { $0.identities(of: entry.complaint).map(\.key) } ?? [] }
        let locked = identities.flatMap { $0 }
        if !locked.isEmpty { await contactLocks.lock(locked) }
        defer { if !locked.isEmpty { contactLocks.unlock(locked) } }

        // Content keys hold the UTC day: a repeat just after midnight is found under yesterday's key.
        var earlier: [Int: String] = [:]
        for (index, entry) in entries.enumerated() {
            guard let previous = entry.earlierKey,
                let id = try await journal.complaintID(forIdempotencyKey: previous),
                let stored = try await journal.complaint(id: id),
                entry.complaint.receivedAt.timeIntervalSince(stored.complaint.receivedAt) < Self.contentWindow
            else { continue }
            earlier[index] = id
        }
        // In a batch, an item that repeats a stored complaint must not become an "earlier" complaint of the next
        // items: it will not be stored.
        var repeats = Set(earlier.keys)
        if entries.count > 1, linking != nil {
            // One read for the batch: one per entry was a fifth of committing a mailbox's 500 mails.
            let stored = try await journal.complaintIDs(forIdempotencyKeys: entries.map(\.idempotencyKey))
            for (index, entry) in entries.enumerated() where stored[entry.idempotencyKey] != nil { repeats.insert(index) }
        }

        for index in entries.indices {
            var complaint = entries[index].complaint
            if let linking, !identities[index].isEmpty || !entries[index].repliesTo.isEmpty, !repeats.contains(index) {
                let since = complaint.receivedAt.addingTimeInterval(-linking.window.seconds)
                var candidates = try await journal.contactLinks(
                    identities: identities[index],
                    since: since,
                    limit: linking.maximumEarlier * identities[index].count + 8
                )
                // The complaints it answers, whoever wrote them (a reply from another address).
                for answered in entries[index].repliesTo {
                    guard let stored = try await journal.complaint(id: answered) else { continue }
                    let thread = try await journal.threadSplit(complaintID: answered)?.threadID ?? stored.complaint.related?.threadID ?? answered
                    candidates.append(
                        ContactLink(complaintID: answered, threadID: thread, identity: "reply:\(answered)", receivedAt: stored.complaint.receivedAt)
                    )
                }
                // Earlier items of the same batch are not stored yet.
                for previous in entries.indices where previous < index && !repeats.contains(previous) {
                    let earlier = entries[previous].complaint
                    for key in identities[previous] where identities[index].contains(key) {
                        candidates.append(
                            ContactLink(
                                complaintID: earlier.id,
                                threadID: earlier.related?.threadID ?? earlier.id,
                                identity: key,
                                receivedAt: earlier.receivedAt
                            )
                        )
                    }
                }
                complaint.related = linking.related(for: complaint, candidates: candidates)
            }
            entries[index].complaint = complaint
        }
        // Classification needs each complaint's links (set above) and nothing of the others: a large batch (a
        // mailbox's) is classified on every core.
        let complaints = await Self.classified(entries.map(\.complaint), by: triage)
        for index in entries.indices {
            entries[index].complaint = complaints[index]
            entries[index].sinks = router.sinks(for: complaints[index])
        }
        let fresh = entries.indices.filter { earlier[$0] == nil }
        let appended = try await journal.append(fresh.map { entries[$0] })
        var outcomes: [AppendOutcome] = []
        var next = appended.makeIterator()
        for index in entries.indices {
            if let id = earlier[index] { outcomes.append(.duplicate(originalID: id)) } else if let outcome = next.next() { outcomes.append(outcome) }
        }
        var sinks: [String] = []
        for (entry, outcome) in zip(entries, outcomes) {
            if outcome.isDuplicate {
                counters.counter("intake_complaints_duplicate_total", [("source", source.name)]).increment()
                continue
            }
            let complaint = entry.complaint
            counters.counter("intake_complaints_received_total", [("source", source.name), ("channel", complaint.channel.rawValue)]).increment()
            counters.counter(
                "intake_complaints_classified_total",
                [("category", complaint.category?.rawValue ?? "none"), ("severity", complaint.severity.map(String.init) ?? "none")]
            ).increment()
            if complaint.urgent {
                for reason in complaint.urgencyReasons { counters.counter("intake_complaints_urgent_total", [("reason", reason)]).increment() }
                // Ids, reasons and deadlines only: never what the customer wrote or who they are.
                logger.notice(
                    "urgent complaint",
                    metadata: [
                        "id": "\(complaint.id)", "source": "\(source.name)", "reasons": "\(complaint.urgencyReasons.joined(separator: ","))",
                        "respond_by": "\(complaint.sla.map { RFC3339.string(from: $0.respondBy) } ?? "-")",
                    ]
                )
            }
            for sink in entry.sinks where !sinks.contains(sink) { sinks.append(sink) }
        }
        if !sinks.isEmpty { committed(sinks) }
        return outcomes
    }

    /// The cores to classify a large batch on, read once: on Linux `activeProcessorCount` reads the cgroup's CPU
    /// limit from files on every call (3% of the native door's time when it was asked per request).
    private static let processors = ProcessInfo.processInfo.activeProcessorCount

    /// The complaints classified, in order; in parallel chunks when there are many.
    static func classified(_ complaints: [Complaint], by triage: any ComplaintTriage) async -> [Complaint] {
        let workers = min(processors, complaints.count / 16)
        guard workers > 1 else {
            return complaints.map { complaint in
                var complaint = complaint
                triage.classify(&complaint)
                return complaint
            }
        }
        let size = (complaints.count + workers - 1) / workers
        return await withTaskGroup(of: (Int, [Complaint]).self) { group in
            for start in stride(from: 0, to: complaints.count, by: size) {
                let chunk = Array(complaints[start..<min(complaints.count, start + size)])
                group.addTask {
                    (
                        start,
                        chunk.map { complaint in
                            var complaint = complaint
                            triage.classify(&complaint)
                            return complaint
                        }
                    )
                }
            }
            var result = complaints
            for await (start, chunk) in group {
                for (offset, complaint) in chunk.enumerated() { result[start + offset] = complaint }
            }
            return result
        }
    }

    /// Validates drafts and turns them into journal entries (idempotency key and raw payload set), without storing
    /// them; ``commit(_:from:)`` links, classifies and routes them.
    /// - Parameter knownIssues: problems found before validation (type errors of the input), reported with the rest.
    /// - Throws: ``ComplaintValidationError`` with every problem of every draft (paths prefixed `[i]` in a batch).
    public func prepare(
        _ drafts: [ComplaintDraft],
        from source: IntakeSource,
        raw: RawPayload,
        idempotencyKey: String? = nil,
        deliveryID: String? = nil,
        knownIssues: [ValidationIssue] = []
    ) throws -> [JournalEntry] {
        let receivedAt = RFC3339.truncatedToMilliseconds(now())
        let rawReference = raw.reference
        var issues: [ValidationIssue] = []
        var entries: [JournalEntry] = []
        entries.reserveCapacity(drafts.count)
        var generator = SystemRandomNumberGenerator()
        for (index, draft) in drafts.enumerated() {
            let context = ComplaintValidator.Context(
                id: ComplaintID.make(at: receivedAt, using: &generator),
                source: source.name,
                defaultChannel: source.defaultChannel,
                receivedAt: receivedAt,
                defaultTags: source.defaultTags
            )
            do {
                var complaint = try validator.validate(draft, context: context)
                complaint.raw = rawReference
                let given = idempotencyKey.flatMap { $0.isEmpty ? nil : $0 }
                let keys = Self.idempotencyKeys(
                    for: complaint,
                    source: source.name,
                    given: given.map { drafts.count > 1 ? "\($0)#\(index)" : $0 },
                    delivery: deliveryID.map { drafts.count > 1 ? "\($0)#\(index)" : $0 }
                )
                entries.append(
                    JournalEntry(
                        complaint: complaint,
                        idempotencyKey: keys.key,
                        raw: raw,
                        sinks: [],
                        requiresSamePayload: given != nil,
                        earlierKey: keys.earlier
                    )
                )
            } catch let error as ComplaintValidationError {
                issues += drafts.count > 1 ? error.issues.map { $0.prefixed(by: "[\(index)]") } : error.issues
            }
        }
        guard issues.isEmpty, knownIssues.isEmpty else { throw ComplaintValidationError(issues: Self.merge(knownIssues, issues)) }
        return entries
    }

    /// Type problems first, then validation problems, item by item for a batch; a field reported twice once.
    static func merge(_ first: [ValidationIssue], _ second: [ValidationIssue]) -> [ValidationIssue] {
        func item(_ issue: ValidationIssue) -> Int {
            guard issue.field.hasPrefix("["), let end = issue.field.firstIndex(of: "]") else { return 0 }
            return Int(issue.field[issue.field.index(after: issue.field.startIndex)..<end]) ?? 0
        }
        let typed = Set(first.map(\.field))
        let all = first + second.filter { !typed.contains($0.field) }
        return all.enumerated().sorted { (item($0.element), $0.offset) < (item($1.element), $1.offset) }.map(\.element)
    }

    /// How long the same words from the same person count as a repeat when the door gives no key and no external id.
    public static let contentWindow: Double = 86_400

    /// The key that makes a repeat a repeat, scoped to the source: the caller's key, else the door's external id,
    /// else the sender's delivery id (`webhook-id`: the same on every retry of one delivery), else a SHA-256 of what
    /// the complainant said (channel, contact, occurred time, subject, body) within a day: the same words sent again
    /// a week later are a new complaint. For a content key, the key of the previous day's window comes with it.
    static func idempotencyKeys(
        for complaint: Complaint,
        source: String,
        given: String?,
        delivery: String? = nil
    ) -> (key: String, earlier: String?) {
        if let given, !given.isEmpty { return ("\(source):key:\(given)", nil) }
        if let externalID = complaint.externalID { return ("\(source):ext:\(externalID)", nil) }
        if let delivery, !delivery.isEmpty { return ("\(source):delivery:\(delivery)", nil) }
        var content = complaint.channel.rawValue
        content += "\u{1F}" + (complaint.complainant.contactKey ?? complaint.complainant.name ?? "")
        content += "\u{1F}" + (complaint.occurredAt.map(RFC3339.string(from:)) ?? "")
        content += "\u{1F}" + (complaint.subject ?? "")
        content += "\u{1F}" + complaint.body
        let day = Int((complaint.receivedAt.timeIntervalSince1970 / contentWindow).rounded(.down))
        let digest = Digest.sha256Hex(content)
        return ("\(source):sha256:\(digest):\(day)", "\(source):sha256:\(digest):\(day - 1)")
    }
}
