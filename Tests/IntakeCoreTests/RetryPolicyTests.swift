import Foundation
import IntakeCore
import IntakeTesting
import Testing

struct RetryPolicyTests {
    @Test func capsGrowExponentiallyUpToTheMaximum() {
        let policy = RetryPolicy()
        let caps = (1...11).map { Int(policy.backoffCap(failedAttempt: $0).components.seconds) }
        #expect(caps == [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300])
    }

    @Test func fullJitterStaysWithinTheCapAndSpreads() {
        let policy = RetryPolicy()
        var generator = SeededGenerator(seed: 7)
        let delays = (0..<500).map { _ in policy.backoff(failedAttempt: 5, using: &generator) }
        #expect(delays.allSatisfy { $0 >= .zero && $0 <= .seconds(16) })
        #expect(Set(delays).count > 100)
        #expect(delays.contains { $0 < .seconds(4) } && delays.contains { $0 > .seconds(12) })
    }

    @Test func permanentFailuresAreDeadAtOnce() {
        var generator = SeededGenerator(seed: 1)
        let decision = DeliveryDecision(policy: RetryPolicy())
        let now = Date()
        let result = decision.decide(attempt: 1, error: SinkError(.permanent, sink: "s", reason: "HTTP 410"), since: now, now: now, using: &generator)
        #expect(result.transition == .dead)
        #expect(result.reason == "permanent: HTTP 410")
    }

    @Test func transientFailuresRetryUntilAttemptsRunOut() {
        var generator = SeededGenerator(seed: 1)
        let decision = DeliveryDecision(policy: RetryPolicy(maximumAttempts: 3))
        let now = Date()
        let error = SinkError(.transient, sink: "s", reason: "timeout")
        guard case .retry(let at) = decision.decide(attempt: 2, error: error, since: now, now: now, using: &generator).transition else {
            Issue.record("expected a retry")
            return
        }
        #expect(at >= now && at <= now.addingTimeInterval(2))
        #expect(decision.decide(attempt: 3, error: error, since: now, now: now, using: &generator).transition == .dead)
    }

    @Test func otherErrorsCountAsTransient() {
        struct Oops: Error {}
        var generator = SeededGenerator(seed: 1)
        let now = Date()
        let result = DeliveryDecision(policy: RetryPolicy()).decide(attempt: 1, error: Oops(), since: now, now: now, using: &generator)
        guard case .retry = result.transition else {
            Issue.record("expected a retry, got \(result.transition)")
            return
        }
    }

    @Test func retryAfterIsHonoured() {
        var generator = SeededGenerator(seed: 1)
        let now = Date()
        let error = SinkError(.transient, sink: "s", reason: "HTTP 429", retryAfter: .seconds(120))
        let result = DeliveryDecision(policy: RetryPolicy()).decide(attempt: 1, error: error, since: now, now: now, using: &generator)
        #expect(result.transition == .retry(at: now.addingTimeInterval(120)))
    }

    @Test func deliveriesOlderThanTheMaximumAgeAreDead() {
        var generator = SeededGenerator(seed: 1)
        let now = Date()
        let decision = DeliveryDecision(policy: RetryPolicy(maximumAge: .seconds(3600)))
        let result = decision.decide(
            attempt: 2,
            error: SinkError(.transient, sink: "s", reason: "down"),
            since: now.addingTimeInterval(-3600),
            now: now,
            using: &generator
        )
        #expect(result.transition == .dead)
        #expect(result.reason?.contains("older than 3600 s") == true)
    }

    @Test func successIsDelivered() {
        var generator = SeededGenerator(seed: 1)
        let now = Date()
        #expect(
            DeliveryDecision(policy: RetryPolicy()).decide(attempt: 4, error: nil, since: now, now: now, using: &generator).transition == .delivered
        )
    }
}
