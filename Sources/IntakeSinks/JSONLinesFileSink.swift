import Dispatch
import Foundation
public import IntakeCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends each complaint as one line of JSON to a file, fsynced before the delivery counts as done.
///
/// A batch is written with one `write` and one `fsync`. A line is never torn: a write that fails part-way is cut
/// back to where it started, and on first use a file whose last line has no newline (a crash mid-write) is cut back
/// to its last complete line; those complaints were not recorded as delivered and come again. The directory must
/// exist (the sink does not create it, so a missing mount is an outage, not a new empty file somewhere else).
public struct JSONLinesFileSink: ComplaintSink {
    /// Where and how to write.
    public struct Configuration: Sendable {
        /// The file appended to.
        public var path: String
        /// Whether each batch is fsynced (on by default; turn off only for throwaway files).
        public var fsync: Bool

        /// Creates a configuration.
        public init(path: String, fsync: Bool = true) {
            self.path = path
            self.fsync = fsync
        }
    }

    public let name: String
    private let configuration: Configuration
    private let writer: FileWriter

    /// Creates the sink.
    public init(name: String, configuration: Configuration) {
        self.name = name
        self.configuration = configuration
        self.writer = FileWriter(path: configuration.path, fsync: configuration.fsync)
    }

    public func deliver(_ complaint: Complaint, attempt: DeliveryAttempt) async throws {
        try await deliver(batch: [(complaint, attempt)])[0].get()
    }

    public func deliver(batch: [(complaint: Complaint, attempt: DeliveryAttempt)]) async -> [Result<Void, any Error>] {
        let data = JSONLines.encode(batch)
        let sinkName = name
        let outcome: Result<Void, any Error> = await writer.append(data).mapError { error in
            SinkError(error.isPermanent ? .permanent : .transient, sink: sinkName, reason: error.description)
        }
        return batch.map { _ in outcome }
    }
}

/// Appends bytes to one file on a queue of its own, so blocking I/O stays off Swift's cooperative pool.
final class FileWriter: Sendable {
    struct Failure: Error, CustomStringConvertible {
        var operation: String
        var path: String
        var code: Int32

        var isPermanent: Bool { code == EISDIR || code == ENAMETOOLONG || code == EINVAL }
        var description: String { "\(operation) \(path) failed: \(String(cString: strerror(code))) (errno \(code))" }
    }

    private let path: String
    private let fsync: Bool
    private let queue: DispatchQueue
    // Set once, on `queue` only.
    nonisolated(unsafe) private var checkedTail = false

    init(path: String, fsync: Bool) {
        self.path = path
        self.fsync = fsync
        self.queue = DispatchQueue(label: "intake.sink.file.\(path)")
    }

    func append(_ data: Data) async -> Result<Void, Failure> {
        await withCheckedContinuation { continuation in
            queue.async {
                continuation.resume(returning: self.appendNow(data))
            }
        }
    }

    private func appendNow(_ data: Data) -> Result<Void, Failure> {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(Failure(operation: "open", path: path, code: errno)) }
        defer { close(descriptor) }
        let start = lseek(descriptor, 0, SEEK_END)
        guard start >= 0 else { return .failure(Failure(operation: "seek", path: path, code: errno)) }
        if !checkedTail {
            if case .failure(let failure) = repairTail(descriptor, size: start) { return .failure(failure) }
            checkedTail = true
        }
        let offset = lseek(descriptor, 0, SEEK_END)
        var written = 0
        let failure: Failure? = data.withUnsafeBytes { buffer -> Failure? in
            guard let base = buffer.baseAddress else { return nil }
            while written < buffer.count {
                let result = write(descriptor, base + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return Failure(operation: "write", path: path, code: errno)
                }
                written += result
            }
            return nil
        }
        if let failure {
            // Never leave a torn line: cut back to where this batch began, and should even that fail, look at the
            // tail again before the next write.
            if ftruncate(descriptor, offset) != 0 { checkedTail = false }
            return .failure(failure)
        }
        if fsync, Glibc.fsync(descriptor) != 0 {
            let code = errno
            if ftruncate(descriptor, offset) != 0 { checkedTail = false }
            return .failure(Failure(operation: "fsync", path: path, code: code))
        }
        return .success(())
    }

    /// Cuts an unterminated last line (left by a crash mid-write) off the file.
    private func repairTail(_ descriptor: Int32, size: off_t) -> Result<Void, Failure> {
        guard size > 0 else { return .success(()) }
        let reader = open(path, O_RDONLY | O_CLOEXEC)
        guard reader >= 0 else { return .failure(Failure(operation: "open", path: path, code: errno)) }
        defer { close(reader) }
        var position = size
        var buffer = [UInt8](repeating: 0, count: 4096)
        var first = true
        while position > 0 {
            let length = min(off_t(buffer.count), position)
            position -= length
            let count = pread(reader, &buffer, Int(length), position)
            guard count == Int(length) else { return .failure(Failure(operation: "read", path: path, code: errno)) }
            if first, buffer[Int(length) - 1] == 0x0A { return .success(()) }
            first = false
            if let index = buffer[0..<Int(length)].lastIndex(of: 0x0A) {
                position += off_t(index) + 1
                break
            }
        }
        guard ftruncate(descriptor, position) == 0 else { return .failure(Failure(operation: "truncate", path: path, code: errno)) }
        return .success(())
    }
}
