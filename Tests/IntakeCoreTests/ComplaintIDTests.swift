import Foundation
import IntakeCore
import Testing

struct ComplaintIDTests {
    @Test func idsAreULIDsOrderedByTime() {
        let earlier = ComplaintID.make(at: Date(timeIntervalSince1970: 1_764_000_000))
        let later = ComplaintID.make(at: Date(timeIntervalSince1970: 1_764_000_000.002))
        #expect(ComplaintID.isValid(earlier) && ComplaintID.isValid(later))
        #expect(earlier < later)
        // The first 10 characters encode the millisecond time: 1764000000000 ms.
        #expect(earlier.prefix(10) == "01KAV9FT00")
    }

    @Test func idsAreUnique() {
        let now = Date()
        let ids = (0..<10_000).map { _ in ComplaintID.make(at: now) }
        #expect(Set(ids).count == ids.count)
    }
}
