import Foundation
import IntakeCore

/// JSON Lines: one complaint document per line.
enum JSONLines {
    /// The lines of a batch, each ended by a newline.
    static func encode(_ batch: [(complaint: Complaint, attempt: DeliveryAttempt)]) -> Data {
        var bytes = Data()
        for item in batch {
            bytes.append(item.attempt.document(of: item.complaint))
            bytes.append(0x0A)
        }
        return bytes
    }
}
