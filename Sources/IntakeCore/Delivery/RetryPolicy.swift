/// When to try a failed delivery again, and when to give up.
public struct RetryPolicy: Sendable, Hashable {
    /// Delay cap before the first retry.
    public var initialDelay: Duration
    /// The largest delay between attempts.
    public var maximumDelay: Duration
    /// Attempts (since creation or the last replay) after which a delivery is dead.
    public var maximumAttempts: Int
    /// Age of a delivery (since creation or the last replay) after which a failing one is dead.
    public var maximumAge: Duration

    /// Creates a policy; every argument has the default shown.
    public init(
        initialDelay: Duration = .seconds(1),
        maximumDelay: Duration = .seconds(300),
        maximumAttempts: Int = 10,
        maximumAge: Duration = .seconds(86_400)
    ) {
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
        self.maximumAttempts = maximumAttempts
        self.maximumAge = maximumAge
    }

    /// The cap of the delay after the `failedAttempt`-th failure: `initialDelay × 2^(failedAttempt − 1)`, at most
    /// `maximumDelay`. With the defaults (1 s, 300 s):
    ///
    /// | failed attempt | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 |
    /// |---|---|---|---|---|---|---|---|---|---|---|
    /// | cap (s) | 1 | 2 | 4 | 8 | 16 | 32 | 64 | 128 | 256 | 300 |
    public func backoffCap(failedAttempt: Int) -> Duration {
        let exponent = min(max(failedAttempt - 1, 0), 40)
        let cap = initialDelay.seconds * Double(UInt64(1) << UInt64(exponent))
        return .milliseconds(Int64(min(cap, maximumDelay.seconds) * 1000))
    }

    /// The delay after the `failedAttempt`-th failure with full jitter: uniform in `0...backoffCap(failedAttempt:)`.
    public func backoff(failedAttempt: Int, using generator: inout some RandomNumberGenerator) -> Duration {
        let cap = backoffCap(failedAttempt: failedAttempt)
        let milliseconds = Int64(cap.seconds * 1000)
        guard milliseconds > 0 else { return .zero }
        return .milliseconds(Int64.random(in: 0...milliseconds, using: &generator))
    }
}
