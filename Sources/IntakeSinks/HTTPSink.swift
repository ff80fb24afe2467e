import AsyncHTTPClient
import Crypto
public import Foundation
public import IntakeCore
import Logging
import Mustache
import NIOCore
import NIOHTTP1
import NIOSSL
import Synchronization

/// Delivers complaints to a helpdesk or any HTTP receiver: a POST of the complaint's JSON (or of a batch, or of a
/// body shaped by a template), signed with Standard Webhooks so the receiver can prove it came from intake, with
/// the complaint id as `webhook-id` and `Idempotency-Key` (the same on every retry and replay).
///
/// Outcomes: 2xx delivered; 408, 425, 429, 5xx, timeouts and connection errors retried, `Retry-After` honoured;
/// 410 and other 4xx dead at once, with the status and the first KB of the answer for operators. A circuit breaker
/// stops calling a receiver that keeps failing and lets one probe through now and then.
public final class HTTPSink: ComplaintSink {
    /// How the sink is set up.
    public struct Configuration: Sendable, Hashable {
        /// Where complaints are posted.
        public var url: String
        /// Whether one request carries a JSON array of the batch instead of one complaint.
        public var batches: Bool
        /// The Standard Webhooks signing secret (`whsec_…`, base64 after the prefix), if requests are signed.
        public var signingSecret: [UInt8]?
        /// A bearer token for `Authorization`, if the receiver wants one.
        public var bearerToken: String?
        /// Extra headers.
        public var headers: [String: String]
        /// How long connecting may take.
        public var connectTimeout: Duration
        /// How long a whole request may take.
        public var timeout: Duration
        /// A PEM file of CA certificates to trust instead of the system's.
        public var caFile: String?
        /// Requests in flight at once.
        public var maximumInFlight: Int
        /// Consecutive failures after which the circuit opens.
        public var circuitFailures: Int
        /// How long an open circuit waits before one probe.
        public var circuitOpenFor: Duration
        /// A Mustache template of the body (the complaint's JSON fields are its context); `nil`: the complaint JSON.
        public var template: String?
        /// The media type of a templated body.
        public var contentType: String

        /// Creates a configuration.
        public init(
            url: String,
            batches: Bool = false,
            signingSecret: [UInt8]? = nil,
            bearerToken: String? = nil,
            headers: [String: String] = [:],
            connectTimeout: Duration = .seconds(5),
            timeout: Duration = .seconds(30),
            caFile: String? = nil,
            maximumInFlight: Int = 16,
            circuitFailures: Int = 5,
            circuitOpenFor: Duration = .seconds(30),
            template: String? = nil,
            contentType: String = "application/json"
        ) {
            self.url = url
            self.batches = batches
            self.signingSecret = signingSecret
            self.bearerToken = bearerToken
            self.headers = headers
            self.connectTimeout = connectTimeout
            self.timeout = timeout
            self.caFile = caFile
            self.maximumInFlight = maximumInFlight
            self.circuitFailures = circuitFailures
            self.circuitOpenFor = circuitOpenFor
            self.template = template
            self.contentType = contentType
        }
    }

    public let name: String
    let configuration: Configuration
    let template: MustacheTemplate?
    private let client = Mutex<HTTPClient?>(nil)
    private let circuit: CircuitBreaker
    private let now: @Sendable () -> Date

    /// Creates a sink.
    /// - Throws: when the template does not parse or the CA file cannot be read.
    public init(name: String, configuration: Configuration, now: @escaping @Sendable () -> Date = { Date() }) throws {
        self.name = name
        self.configuration = configuration
        self.template = try configuration.template.map { try MustacheTemplate(string: $0) }
        self.circuit = CircuitBreaker(failures: configuration.circuitFailures, openFor: configuration.circuitOpenFor.seconds)
        self.now = now
        if let caFile = configuration.caFile { _ = try NIOSSLCertificate.fromPEMFile(caFile) }
    }

    /// The client, made on first use (so a sink that never delivers holds no connections).
    func httpClient() throws -> HTTPClient {
        try client.withLock { client in
            if let client { return client }
            var tls = TLSConfiguration.makeClientConfiguration()
            if let caFile = configuration.caFile { tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(caFile)) }
            var settings = HTTPClient.Configuration(
                tlsConfiguration: tls,
                timeout: .init(connect: .init(configuration.connectTimeout), read: .init(configuration.timeout)),
                decompression: .disabled
            )
            settings.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(configuration.maximumInFlight, 1)
            let made = HTTPClient(eventLoopGroupProvider: .singleton, configuration: settings)
            client = made
            return made
        }
    }

    public func shutdown() async {
        let held = client.withLock { client in
            defer { client = nil }
            return client
        }
        try? await held?.shutdown()
    }

    public func deliver(_ complaint: Complaint, attempt: DeliveryAttempt) async throws {
        let results = await deliver(batch: [(complaint, attempt)])
        try results[0].get()
    }

    public func deliver(batch: [(complaint: Complaint, attempt: DeliveryAttempt)]) async -> [Result<Void, any Error>] {
        if configuration.batches {
            let result = await send(batch)
            return Array(repeating: result, count: batch.count)
        }
        // One request per complaint, at most `maximumInFlight` at once.
        return await withTaskGroup(of: (Int, Result<Void, any Error>).self) { group in
            var results = [Result<Void, any Error>](repeating: .success(()), count: batch.count)
            var next = 0
            func start() {
                let index = next
                next += 1
                let item = batch[index]
                group.addTask { (index, await self.send([item])) }
            }
            while next < min(batch.count, max(configuration.maximumInFlight, 1)) { start() }
            for await (index, result) in group {
                results[index] = result
                if next < batch.count { start() }
            }
            return results
        }
    }

    /// The request id: the complaint id, or for a batch a digest of its ids (the same for the same batch).
    static func deliveryID(_ items: [Item]) -> String {
        if items.count == 1 { return items[0].complaint.id }
        let digest = SHA256.hash(data: Array(items.map(\.complaint.id).joined(separator: ",").utf8))
        return "batch_" + digest.prefix(12).map { String(format: "%02x", $0) }.joined()
    }

    /// A complaint with its attempt, which may carry the document as the journal stored it.
    typealias Item = (complaint: Complaint, attempt: DeliveryAttempt)

    /// The request body: the complaint's document (the stored bytes when at hand), an array of them, or the
    /// template rendered.
    func body(_ items: [Item]) throws -> [UInt8] {
        if let template {
            guard items.count == 1 else { throw SinkError(.permanent, sink: name, reason: "a template renders one complaint; turn batches off") }
            let context = try JSONSerialization.jsonObject(with: items[0].attempt.document(of: items[0].complaint))
            return Array(template.render(context).utf8)
        }
        if items.count == 1, !configuration.batches { return Array(items[0].attempt.document(of: items[0].complaint)) }
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += item.attempt.document(of: item.complaint)
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }

    func send(_ items: [Item]) async -> Result<Void, any Error> {
        if let wait = circuit.refusal(at: now()) {
            return .failure(
                SinkError(
                    .transient,
                    sink: name,
                    reason: "circuit open after repeated failures; next probe in \(Int(wait.rounded(.up))) s",
                    retryAfter: .seconds(wait)
                )
            )
        }
        let result = await attempt(items)
        switch result {
        case .success: circuit.record(success: true, at: now())
        case .failure(let error as SinkError) where error.code == .permanent: circuit.record(success: true, at: now())
        case .failure: circuit.record(success: false, at: now())
        }
        return result
    }

    func attempt(_ items: [Item]) async -> Result<Void, any Error> {
        do {
            let payload = try body(items)
            let id = Self.deliveryID(items)
            var request = HTTPClientRequest(url: configuration.url)
            request.method = .POST
            request.headers.add(name: "Content-Type", value: template == nil ? "application/json" : configuration.contentType)
            request.headers.add(name: "User-Agent", value: "intake")
            request.headers.add(name: "Idempotency-Key", value: id)
            if let secret = configuration.signingSecret {
                let timestamp = String(Int(now().timeIntervalSince1970))
                var hmac = HMAC<SHA256>(key: SymmetricKey(data: secret))
                hmac.update(data: Array("\(id).\(timestamp).".utf8))
                hmac.update(data: payload)
                request.headers.add(name: "webhook-id", value: id)
                request.headers.add(name: "webhook-timestamp", value: timestamp)
                request.headers.add(name: "webhook-signature", value: "v1," + Data(hmac.finalize()).base64EncodedString())
            }
            if let token = configuration.bearerToken { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
            for (header, value) in configuration.headers.sorted(by: { $0.key < $1.key }) { request.headers.add(name: header, value: value) }
            request.body = .bytes(ByteBuffer(bytes: payload))
            let response = try await httpClient().execute(request, timeout: .init(configuration.timeout))
            let status = Int(response.status.code)
            let answer = try? await response.body.collect(upTo: 64 * 1024)
            if (200..<300).contains(status) { return .success(()) }
            let excerpt = answer.map { String(decoding: $0.readableBytesView.prefix(1024), as: UTF8.self) } ?? ""
            let reason = "HTTP \(status)" + (excerpt.isEmpty ? "" : ": \(excerpt)")
            switch status {
            case 408, 425, 429, 500...599:
                return .failure(
                    SinkError(
                        .transient,
                        sink: name,
                        reason: reason,
                        retryAfter: Self.retryAfter(response.headers.first(name: "Retry-After"), now: now())
                    )
                )
            default:
                return .failure(SinkError(.permanent, sink: name, reason: reason))
            }
        } catch let error as SinkError {
            return .failure(error)
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
            return .failure(SinkError(.transient, sink: name, reason: "timed out: \(error)"))
        } catch {
            return .failure(SinkError(.transient, sink: name, reason: "request failed: \(error)"))
        }
    }

    /// `Retry-After` in seconds or as an HTTP date, capped at a day.
    static func retryAfter(_ value: String?, now: Date) -> Duration? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Int(value), seconds >= 0 { return .seconds(min(seconds, 86_400)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        guard let date = formatter.date(from: value) else { return nil }
        return .seconds(min(max(date.timeIntervalSince(now), 0), 86_400))
    }
}

/// Closed: requests go through. After `failures` failures in a row: open, requests are refused for `openFor`
/// seconds. Then one probe at a time goes through; its success closes the circuit, its failure opens it again.
final class CircuitBreaker: Sendable {
    struct State {
        var consecutiveFailures = 0
        var openUntil: Date?
        var probing = false
    }

    let failures: Int
    let openFor: Double
    private let state = Mutex(State())

    init(failures: Int, openFor: Double) {
        self.failures = max(failures, 1)
        self.openFor = openFor
    }

    /// How long to wait before a request may go, or `nil` when it may go now.
    func refusal(at now: Date) -> Double? {
        state.withLock { state in
            guard let until = state.openUntil else { return nil }
            if now < until { return until.timeIntervalSince(now) }
            if state.probing { return 1 }
            state.probing = true
            return nil
        }
    }

    func record(success: Bool, at now: Date) {
        state.withLock { state in
            state.probing = false
            if success {
                state.consecutiveFailures = 0
                state.openUntil = nil
            } else {
                state.consecutiveFailures += 1
                if state.consecutiveFailures >= failures || state.openUntil != nil { state.openUntil = now.addingTimeInterval(openFor) }
            }
        }
    }

    /// Whether the circuit is open now.
    func isOpen(at now: Date) -> Bool { state.withLock { $0.openUntil.map { now < $0 } ?? false } }
}
