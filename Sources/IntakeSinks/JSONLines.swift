import Foundation
import IntakeCore

/// JSON Lines: one complaint document per line.
enum JSONLines {
    /// The lines of a batch, each ended by a newline.
    static func encode(_ batch: [(complaint: Complaint, attempt: DeliveryAttempt)]) -> Data {
        var bytes = Data()
        for item in batch {
            if let stored = item.attempt.storedDocument {
                bytes.append(stored)
            } else {
                bytes.append(contentsOf: item.complaint.jsonBytes())
            }
            bytes.append(0x0A)
        }
        return bytes
    }
}
