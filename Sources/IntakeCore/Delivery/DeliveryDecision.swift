public import struct Foundation.Date

/// The retry and dead-letter decision for one failed or succeeded attempt, as a pure function of its facts.
public struct DeliveryDecision: Sendable {
    /// The policy in force.
    public var policy: RetryPolicy

    /// Creates a decision maker.
    public init(policy: RetryPolicy) {
        self.policy = policy
    }

    /// What to do after an attempt.
    /// - Parameters:
    ///   - attempt: the attempt's number since creation or the last replay, 1-based.
    ///   - error: the failure, or `nil` when the sink took the complaint.
    ///   - since: when the delivery was created or last replayed.
    ///   - now: the current time.
    ///   - generator: the random source for jitter.
    /// - Returns: the transition and, for failures, a one-line reason for operators.
    public func decide(
        attempt: Int,
        error: (any Error)?,
        since: Date,
        now: Date,
        using generator: inout some RandomNumberGenerator
    ) -> (transition: DeliveryResult.Transition, reason: String?) {
        guard let error else { return (.delivered, nil) }
        let sinkError = error as? SinkError
        let reason = sinkError.map(\.description) ?? "transient: \(error)"
        if sinkError?.code == .permanent {
            return (.dead, reason)
        }
        if attempt >= policy.maximumAttempts {
            return (.dead, "\(reason) (gave up after \(attempt) attempts)")
        }
        var delay = policy.backoff(failedAttempt: attempt, using: &generator)
        if let retryAfter = sinkError?.retryAfter, retryAfter > delay {
            delay = min(retryAfter, policy.maximumAge)
        }
        let next = now.addingTimeInterval(delay.seconds)
        if next.timeIntervalSince(since) > policy.maximumAge.seconds {
            return (.dead, "\(reason) (gave up: older than \(Int(policy.maximumAge.seconds)) s)")
        }
        return (.retry(at: next), reason)
    }
}
