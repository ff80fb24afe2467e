import IntakeCore
import IntakeTesting
import Testing

struct MemoryJournalTests {
    @Test(arguments: JournalConformance.checks)
    func conformance(_ check: JournalConformance.Check) async throws {
        try await check.run(MemoryJournal())
    }
}
