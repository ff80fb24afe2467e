public import Logging
import Metrics
public import ServiceLifecycle
import Synchronization

public import struct Foundation.Date

/// Delivers one sink's complaints from the journal: claims due deliveries, calls the sink, records the outcomes.
///
/// One worker runs per configured sink, so one sink being down never delays another. Failures are retried with
/// exponential backoff and full jitter (``RetryPolicy``), honouring a sink's `retryAfter`; permanent failures and
/// exhausted deliveries are dead until an operator replays them. While a backlog lasts (a full batch was claimed),
/// the next batch is claimed while the current one is delivered. On graceful shutdown the worker finishes the batch
/// in flight, records it, gives up a batch claimed ahead, and returns.
public final class DeliveryWorker: Service {
    /// How the worker paces itself.
    public struct Configuration: Sendable {
        /// Retry and dead-letter policy.
        public var retry: RetryPolicy
        /// Deliveries claimed and handed to the sink at once. Large enough that the worker keeps up with a busy door:
        /// every batch costs a read, a sink write and a journal transaction (at 64, a file sink fell behind a
        /// door taking 8,000 complaints a second; at 512 it keeps up).
        public var batchSize: Int
        /// How long a claim lasts before another worker may take the delivery over.
        public var lease: Duration
        /// The longest idle wait before the journal is looked at again (deliveries requeued by another process).
        public var idlePoll: Duration
        /// The wait after the journal itself failed.
        public var journalErrorBackoff: Duration

        /// Creates a configuration; every argument has the default shown.
        public init(
            retry: RetryPolicy = RetryPolicy(),
            batchSize: Int = 512,
            lease: Duration = .seconds(120),
            idlePoll: Duration = .seconds(1),
            journalErrorBackoff: Duration = .seconds(1)
        ) {
            self.retry = retry
            self.batchSize = batchSize
            self.lease = lease
            self.idlePoll = idlePoll
            self.journalErrorBackoff = journalErrorBackoff
        }
    }

    /// The sink served.
    public let sink: any ComplaintSink
    /// This worker's attempts of the last 15 minutes, for the error rate.
    public let recentAttempts = AttemptWindow()
    private let journal: any ComplaintJournal
    private let configuration: Configuration
    private let logger: Logger
    private let now: @Sendable () -> Date
    private let signal = WakeSignal()
    private let delivered: Counter
    private let retried: Counter
    private let dead: Counter
    private let attemptDuration: Metrics.Timer
    private let claimDuration: Metrics.Timer

    /// Creates a worker.
    /// - Parameters:
    ///   - sink: the sink to deliver to.
    ///   - journal: where deliveries are claimed and recorded.
    ///   - configuration: pacing and retry policy.
    ///   - logger: the logger; metadata `sink.name` is added.
    ///   - now: the wall clock, injectable for tests.
    public init(
        sink: any ComplaintSink,
        journal: any ComplaintJournal,
        configuration: Configuration = Configuration(),
        logger: Logger,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.sink = sink
        self.journal = journal
        self.configuration = configuration
        var logger = logger
        logger[metadataKey: "sink.name"] = "\(sink.name)"
        self.logger = logger
        self.now = now
        self.delivered = Counter(label: "intake_deliveries_total", dimensions: [("sink", sink.name), ("outcome", "delivered")])
        self.retried = Counter(label: "intake_deliveries_total", dimensions: [("sink", sink.name), ("outcome", "retry")])
        self.dead = Counter(label: "intake_deliveries_total", dimensions: [("sink", sink.name), ("outcome", "dead")])
        self.attemptDuration = Metrics.Timer(
            label: "intake_delivery_duration_seconds",
            dimensions: [("sink", sink.name)],
            preferredDisplayUnit: .seconds
        )
        self.claimDuration = Metrics.Timer(
            label: "intake_delivery_claim_duration_seconds",
            dimensions: [("sink", sink.name)],
            preferredDisplayUnit: .seconds
        )
    }

    /// Tells the worker new work may be due (a complaint was just appended, or replayed in this process).
    public func wake() {
        signal.signal()
    }

    public func run() async throws {
        logger.debug("delivery worker started")
        let stopping = StopFlag()
        await withGracefulShutdownHandler {
            var ahead: Task<[DeliveryClaim], Never>?
            while !stopping.isSet, !Task.isCancelled {
                let claims: [DeliveryClaim]
                if let next = ahead {
                    claims = await next.value
                    ahead = nil
                } else {
                    claims = await claim()
                }
                guard !claims.isEmpty else {
                    if !stopping.isSet { await waitForWork() }
                    continue
                }
                // A full batch means a backlog: the next batch is claimed while this one is delivered, so the
                // journal's reading and decoding overlap the sink's work instead of taking turns with it. (Recording
                // this batch's outcomes while the next is delivered was tried too: no faster, as the claim then
                // reads past three batches held here instead of two.)
                if claims.count >= configuration.batchSize { ahead = Task { await self.claim() } }
                await record(await attempt(claims))
            }
            // Claimed ahead and never attempted: due again at once, not when the lease ends.
            if let next = ahead {
                let unattempted = await next.value
                if !unattempted.isEmpty { try? await journal.releaseClaims(unattempted.map(\.record.key)) }
            }
        } onGracefulShutdown: {
            stopping.set()
            self.signal.signal()
        }
        await sink.shutdown()
        logger.debug("delivery worker stopped")
    }

    /// Claims and delivers one batch.
    /// - Returns: whether anything was claimed.
    @discardableResult
    package func runOnce() async -> Bool {
        let claims = await claim()
        guard !claims.isEmpty else { return false }
        await record(await attempt(claims))
        return true
    }

    /// Up to a batch of due deliveries, claimed; none when the journal failed (after the backoff).
    private func claim() async -> [DeliveryClaim] {
        do {
            let start = ContinuousClock.now
            let claims = try await journal.claimDue(sink: sink.name, now: now(), limit: configuration.batchSize, lease: configuration.lease)
            if !claims.isEmpty { claimDuration.recordSeconds((ContinuousClock.now - start).seconds) }
            return claims
        } catch {
            logger.error("cannot claim deliveries", metadata: ["error": "\(error)"])
            try? await Task.sleep(for: configuration.journalErrorBackoff)
            return []
        }
    }

    /// Hands claimed deliveries to the sink.
    /// - Returns: the outcomes, to be recorded.
    private func attempt(_ claims: [DeliveryClaim]) async -> [DeliveryResult] {
        let batch = claims.map { claim in
            (
                complaint: claim.complaint,
                attempt: DeliveryAttempt(number: claim.record.attempts + 1, idempotencyKey: claim.complaint.id, storedDocument: claim.document)
            )
        }
        let startedAt = now()
        let clockStart = ContinuousClock.now
        let outcomes = await sink.deliver(batch: batch)
        attemptDuration.recordSeconds((ContinuousClock.now - clockStart).seconds)
        let finishedAt = now()

        var generator = SystemRandomNumberGenerator()
        let decision = DeliveryDecision(policy: configuration.retry)
        var results: [DeliveryResult] = []
        results.reserveCapacity(claims.count)
        for (index, claim) in claims.enumerated() {
            let attempt = batch[index].attempt.number
            let error: (any Error)? =
                if index < outcomes.count, case .failure(let failure) = outcomes[index] {
                    failure
                } else if index < outcomes.count {
                    nil
                } else {
                    SinkError(.transient, sink: sink.name, reason: "the sink returned no result for this complaint")
                }
            let (transition, reason) = decision.decide(
                attempt: attempt,
                error: error,
                since: claim.record.activeSince,
                now: finishedAt,
                using: &generator
            )
            if case .delivered = transition {
                recentAttempts.record(failed: false, at: finishedAt)
            } else {
                recentAttempts.record(failed: true, at: finishedAt)
            }
            switch transition {
            case .delivered: delivered.increment()
            case .retry: retried.increment()
            case .dead:
                dead.increment()
                logger.warning(
                    "delivery is dead",
                    metadata: ["complaint.id": "\(claim.record.key.complaintID)", "delivery.attempt": "\(attempt)", "error": "\(reason ?? "")"]
                )
            }
            if case .retry(let at) = transition {
                logger.debug(
                    "delivery failed, will retry",
                    metadata: ["complaint.id": "\(claim.record.key.complaintID)", "delivery.attempt": "\(attempt)", "retry.at": "\(at)"]
                )
            }
            results.append(
                DeliveryResult(
                    key: claim.record.key,
                    transition: transition,
                    attempt: attempt,
                    startedAt: startedAt,
                    finishedAt: finishedAt,
                    error: reason,
                    activeSince: claim.record.activeSince
                )
            )
        }
        return results
    }

    /// Records outcomes, even while shutting down; a failure here leaves the claims to expire, so the deliveries are
    /// retried (at least once), never lost.
    private func record(_ results: [DeliveryResult]) async {
        var recorded = false
        for _ in 0..<5 where !recorded {
            do {
                try await journal.record(results)
                recorded = true
            } catch {
                logger.error("cannot record delivery results", metadata: ["error": "\(error)"])
                try? await Task.sleep(for: configuration.journalErrorBackoff)
            }
        }
    }

    private func waitForWork() async {
        var timeout = configuration.idlePoll
        if let due = try? await journal.nextDueDate(sink: sink.name) {
            // Something due that could not be claimed (claimed elsewhere, or just recorded) is looked at again soon,
            // never in a busy loop.
            let wait = due.timeIntervalSince(now())
            timeout = min(timeout, .milliseconds(max(Int64(wait * 1000) + 1, 20)))
        }
        await signal.wait(timeout: timeout)
    }
}

/// A flag set once, read from any task.
private final class StopFlag: Sendable {
    private let flag = Mutex(false)
    var isSet: Bool { flag.withLock { $0 } }
    func set() { flag.withLock { $0 = true } }
}
