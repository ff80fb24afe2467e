import Synchronization

public import struct Foundation.Date

/// The outcomes of a worker's recent attempts, in one-minute buckets over the last 15 minutes: the error rate an
/// operator console shows. Kept in memory by the worker that made the attempts (one replica's view).
public final class AttemptWindow: Sendable {
    /// Attempts and failures over the window.
    public struct Totals: Sendable, Hashable {
        /// Attempts finished in the window.
        public var attempts: Int
        /// Of those, the ones that failed (retry or dead).
        public var failures: Int
        /// The window's length.
        public var window: Duration

        /// Failures per attempt, or `nil` without attempts.
        public var errorRate: Double? { attempts == 0 ? nil : Double(failures) / Double(attempts) }
    }

    private struct Bucket {
        var minute: Int64
        var attempts: Int
        var failures: Int
    }

    private static let minutes = 15
    private let buckets = Mutex<[Bucket]>(Array(repeating: Bucket(minute: -1, attempts: 0, failures: 0), count: AttemptWindow.minutes))

    /// Creates an empty window.
    public init() {}

    /// Counts one finished attempt.
    public func record(failed: Bool, at date: Date) {
        let minute = Int64((date.timeIntervalSince1970 / 60).rounded(.down))
        let index = Int(((minute % Int64(Self.minutes)) + Int64(Self.minutes)) % Int64(Self.minutes))
        buckets.withLock { buckets in
            if buckets[index].minute != minute { buckets[index] = Bucket(minute: minute, attempts: 0, failures: 0) }
            buckets[index].attempts += 1
            if failed { buckets[index].failures += 1 }
        }
    }

    /// The totals of the 15 minutes before `now`.
    public func totals(now: Date) -> Totals {
        let minute = Int64((now.timeIntervalSince1970 / 60).rounded(.down))
        return buckets.withLock { buckets in
            var totals = Totals(attempts: 0, failures: 0, window: .seconds(60 * Self.minutes))
            for bucket in buckets where bucket.minute > minute - Int64(Self.minutes) && bucket.minute <= minute {
                totals.attempts += bucket.attempts
                totals.failures += bucket.failures
            }
            return totals
        }
    }
}
