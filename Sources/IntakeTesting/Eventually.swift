/// Thrown by ``eventually(_:timeout:_:)`` when its condition does not hold in time.
public struct ConditionTimedOut: Error, CustomStringConvertible {
    /// What was waited for.
    public let what: String
    /// How long.
    public let timeout: Duration

    public var description: String { "\(what) did not happen within \(timeout)" }
}

/// Waits until `condition` holds, looking every 10 ms; the timeout is a limit on the wait, not a speed assertion (a
/// minute: with the whole suite on two cores, CPU-bound tests such as the triage evaluation hold the pool for seconds).
/// - Throws: ``ConditionTimedOut`` when it does not hold within `timeout`, or what `condition` throws.
public func eventually(_ what: String = "the condition", timeout: Duration = .seconds(60), _ condition: () async throws -> Bool) async throws {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(10))
    }
    throw ConditionTimedOut(what: what, timeout: timeout)
}
