import Dispatch
import Foundation
public import IntakeCore

/// Writes each complaint as one line of JSON to standard output, for pipelines and trying things out.
///
/// Logs go to standard error, so standard output carries complaints only.
public struct StandardOutputSink: ComplaintSink {
    public let name: String
    private let queue = DispatchQueue(label: "intake.sink.stdout")

    /// Creates the sink.
    public init(name: String) {
        self.name = name
    }

    public func deliver(_ complaint: Complaint, attempt: DeliveryAttempt) async throws {
        try await deliver(batch: [(complaint, attempt)])[0].get()
    }

    public func deliver(batch: [(complaint: Complaint, attempt: DeliveryAttempt)]) async -> [Result<Void, any Error>] {
        let data = JSONLines.encode(batch)
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            queue.async {
                FileHandle.standardOutput.write(data)
                continuation.resume()
            }
        }
        return batch.map { _ in .success(()) }
    }
}
