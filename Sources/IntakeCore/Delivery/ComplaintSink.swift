public import struct Foundation.Data

/// One attempt at delivering one complaint.
public struct DeliveryAttempt: Sendable, Hashable {
    /// The attempt's number since the delivery was created or last replayed, 1-based.
    public var number: Int
    /// The key the sink passes on so its receiver can drop repeats: the complaint id.
    public var idempotencyKey: String
    /// The complaint's JSON document exactly as the journal stored it (what ``Complaint/jsonData()`` wrote), when
    /// the journal read it from storage; `nil` otherwise. Sinks take the document from ``document(of:)``, which
    /// sends these bytes rather than encoding the complaint again.
    public var storedDocument: Data?

    /// Creates an attempt.
    public init(number: Int, idempotencyKey: String, storedDocument: Data? = nil) {
        self.number = number
        self.idempotencyKey = idempotencyKey
        self.storedDocument = storedDocument
    }

    /// The complaint's JSON document: the stored bytes, or the complaint encoded again.
    public func document(of complaint: Complaint) -> Data {
        storedDocument ?? complaint.jsonData()
    }
}

/// A system complaints are forwarded to: a file, a helpdesk over HTTP, a database.
///
/// A sink delivers one complaint per call and reports failure by throwing; a ``SinkError`` says whether the failure
/// can be retried (and after how long). Any other error counts as transient. The delivery worker owns retries,
/// backoff and dead-lettering; a sink never retries on its own. Delivery is at least once: a sink's receiver sees the
/// complaint id in every attempt and drops repeats.
///
/// ```swift
/// struct AlertSink: ComplaintSink {
///     let name = "alerts"
///     func deliver(_ complaint: Complaint, attempt: DeliveryAttempt) async throws {
///         let status = try await post(complaint, idempotencyKey: attempt.idempotencyKey)
///         switch status {
///         case 200..<300: return
///         case 429, 500...: throw SinkError(.transient, sink: name, reason: "HTTP \(status)")
///         default: throw SinkError(.permanent, sink: name, reason: "HTTP \(status)")
///         }
///     }
/// }
/// ```
public protocol ComplaintSink: Sendable {
    /// The configured name of the sink.
    var name: String { get }

    /// Delivers one complaint.
    /// - Throws: ``SinkError``, or any error (taken as transient).
    func deliver(_ complaint: Complaint, attempt: DeliveryAttempt) async throws

    /// Delivers several complaints at once, returning one result per complaint in order.
    ///
    /// The default calls ``deliver(_:attempt:)`` for each; a sink that can write a batch more cheaply (one fsync,
    /// one request) implements this.
    func deliver(batch: [(complaint: Complaint, attempt: DeliveryAttempt)]) async -> [Result<Void, any Error>]

    /// Releases what the sink holds (connections, a client); called once when its worker stops.
    func shutdown() async
}

extension ComplaintSink {
    /// Holds nothing to release.
    public func shutdown() async {}

    /// Delivers each complaint in turn.
    public func deliver(batch: [(complaint: Complaint, attempt: DeliveryAttempt)]) async -> [Result<Void, any Error>] {
        var results: [Result<Void, any Error>] = []
        results.reserveCapacity(batch.count)
        for item in batch {
            do {
                try await deliver(item.complaint, attempt: item.attempt)
                results.append(.success(()))
            } catch {
                results.append(.failure(error))
            }
        }
        return results
    }
}

/// A sink's failure, saying whether it can be retried.
public struct SinkError: Error, Sendable, CustomStringConvertible {
    /// Whether the failure can be retried.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable, Hashable {
            case transient
            case permanent
        }
        private let base: Base

        /// It may work later (timeout, 5xx, disk full): retried with backoff.
        public static let transient = Code(base: .transient)
        /// It will not work as it is (4xx, rejected document): dead at once, until an operator replays it.
        public static let permanent = Code(base: .permanent)

        public var description: String { base.rawValue }
    }

    /// Whether it can be retried.
    public var code: Code
    /// The sink's name.
    public var sink: String
    /// What went wrong, for operators; never complaint content.
    public var reason: String
    /// The earliest time to try again, when the sink's receiver said (Retry-After).
    public var retryAfter: Duration?

    /// Creates an error.
    public init(_ code: Code, sink: String, reason: String, retryAfter: Duration? = nil) {
        self.code = code
        self.sink = sink
        self.reason = reason
        self.retryAfter = retryAfter
    }

    public var description: String { "\(code): \(reason)" }
}

/// A sink made of a closure, for tests and one-off wiring.
public struct ClosureSink: ComplaintSink {
    /// The sink's name.
    public let name: String
    private let closure: @Sendable (Complaint, DeliveryAttempt) async throws -> Void

    /// Creates a sink that calls `deliver` for each complaint.
    public init(name: String, deliver: @escaping @Sendable (Complaint, DeliveryAttempt) async throws -> Void) {
        self.name = name
        self.closure = deliver
    }

    public func deliver(_ complaint: Complaint, attempt: DeliveryAttempt) async throws {
        try await closure(complaint, attempt)
    }
}
