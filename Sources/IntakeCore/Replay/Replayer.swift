public import Foundation

/// Sends failed or dead deliveries again, on an operator's word, at a bounded rate, with an audit record.
///
/// A replay makes the selected deliveries due again (attempts since replay back to 0), spaced by the rate. The
/// workers of a running gateway pick them up as they fall due; a stopped gateway delivers them when it starts. Replay never creates a complaint, so a sink sees the
/// same complaint id again and can drop a repeat.
public struct Replayer: Sendable {
    /// What an operator asked for.
    public struct Request: Sendable, Hashable {
        /// The selection. Without statuses and ids, only `retrying` and `dead` deliveries are selected.
        public var filter: DeliveryFilter
        /// Count and sample only; change nothing.
        public var dryRun: Bool
        /// Deliveries requeued per second at most.
        public var ratePerSecond: Int
        /// At most this many (0 for no limit).
        public var limit: Int
        /// Who asks (token name, user).
        public var actor: String

        /// Creates a request.
        public init(filter: DeliveryFilter, dryRun: Bool = false, ratePerSecond: Int = 100, limit: Int = 0, actor: String) {
            self.filter = filter
            self.dryRun = dryRun
            self.ratePerSecond = ratePerSecond
            self.limit = limit
            self.actor = actor
        }
    }

    /// What a replay did or, for a dry run, would do.
    public struct Report: Sendable, Hashable, Codable {
        /// Deliveries the selection matched.
        public var matched: Int
        /// Deliveries requeued (0 for a dry run).
        public var requeued: Int
        /// Whether nothing was changed.
        public var dryRun: Bool
        /// Up to 10 of the matched deliveries.
        public var sample: [DeliveryRecord]

        enum CodingKeys: String, CodingKey {
            case matched
            case requeued
            case dryRun = "dry_run"
            case sample
        }
    }

    private let journal: any ComplaintJournal
    private let now: @Sendable () -> Date
    private let requeued: @Sendable ([String]) -> Void

    /// Creates a replayer.
    /// - Parameters:
    ///   - journal: the journal to requeue in.
    ///   - now: the wall clock.
    ///   - requeued: called with the sinks that got work, after each chunk (wakes their workers in this process).
    public init(
        journal: any ComplaintJournal,
        now: @escaping @Sendable () -> Date = { Date() },
        requeued: @escaping @Sendable ([String]) -> Void = { _ in }
    ) {
        self.journal = journal
        self.now = now
        self.requeued = requeued
    }

    /// The filter a request selects, with the default statuses filled in.
    public static func effectiveFilter(_ filter: DeliveryFilter) -> DeliveryFilter {
        var filter = filter
        if filter.statuses.isEmpty, filter.complaintIDs.isEmpty { filter.statuses = [.retrying, .dead] }
        return filter
    }

    /// The fastest pace a replay may ask for.
    public static let maximumRate = 10_000

    /// Carries out `request`: selects, then requeues everything selected in one transaction, spaced `1 / rate` apart,
    /// so the workers send them at that rate whether or not the gateway is running now.
    public func replay(_ request: Request) async throws -> Report {
        let filter = Self.effectiveFilter(request.filter)
        var matched = try await journal.countDeliveries(matching: filter)
        if request.limit > 0 { matched = min(matched, request.limit) }
        let sample = try await journal.deliveries(matching: filter, limit: min(10, max(matched, 1)), offset: 0)
        if request.dryRun || matched == 0 {
            if !request.dryRun { try await audit(request, filter: filter, count: 0) }
            return Report(matched: matched, requeued: 0, dryRun: request.dryRun, sample: Array(sample.prefix(matched)))
        }
        // Select everything first: requeued deliveries become `pending` and would shift a filter on status.
        let keys = try await journal.deliveryKeys(matching: filter, limit: matched)
        let rate = min(max(1, request.ratePerSecond), Self.maximumRate)
        let interval = Duration.nanoseconds(1_000_000_000 / Int64(rate))
        let requeuedCount = try await journal.requeue(keys, startingAt: now(), interval: interval)
        try await audit(request, filter: filter, count: requeuedCount)
        requeued(Array(Set(keys.map(\.sink))).sorted())
        return Report(matched: matched, requeued: requeuedCount, dryRun: false, sample: Array(sample.prefix(matched)))
    }

    private func audit(_ request: Request, filter: DeliveryFilter, count: Int) async throws {
        let encoder = JSONEncoder.makeComplaintEncoder()
        let filterText = (try? encoder.encode(filter)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        try await journal.appendAudit(
            AuditEntry(
                at: now(),
                actor: request.actor,
                action: "replay",
                filter: filterText,
                count: count,
                detail: "rate \(min(max(1, request.ratePerSecond), Self.maximumRate))/s" + (request.limit > 0 ? ", limit \(request.limit)" : "")
            )
        )
    }
}
