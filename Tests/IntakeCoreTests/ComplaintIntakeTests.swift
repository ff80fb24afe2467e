import Foundation
import IntakeCore
import IntakeTesting
import Logging
import Synchronization
import Testing

struct ComplaintIntakeTests {
    let raw = RawPayload(data: Data(#"{"body":"x"}"#.utf8), contentType: "application/json")

    func makeIntake(_ journal: MemoryJournal, committed: @escaping @Sendable ([String]) -> Void = { _ in }) throws -> ComplaintIntake {
        ComplaintIntake(
            journal: journal,
            validator: try ComplaintValidator(),
            router: SinkRouter(routes: [SinkRoute(sinks: ["file"]), SinkRoute(severities: [1], sinks: ["alerts"])]),
            logger: Logger(label: "test"),
            committed: committed
        )
    }

    @Test func storesClassifiedComplaintsAndWakesTheirSinks() async throws {
        let journal = MemoryJournal()
        let woken = Mutex<[String]>([])
        let intake = try makeIntake(journal) { sinks in woken.withLock { $0 += sinks } }
        var draft = Fixtures.draft()
        draft.severity = 1
        let outcome = try await intake.submit([draft], from: Fixtures.source, raw: raw)
        let stored = try #require(try await journal.complaint(id: outcome[0].id))
        #expect(stored.complaint.severity == 1)
        let sla = try #require(stored.complaint.sla)
        #expect(sla.respondBy.timeIntervalSince(stored.complaint.receivedAt) == 7200)
        #expect(sla.resolveBy?.timeIntervalSince(stored.complaint.receivedAt) == 86_400)
        #expect(stored.complaint.raw == raw.reference)
        #expect(stored.raw == raw)
        #expect(try await journal.deliveries(complaintID: outcome[0].id).map(\.key.sink) == ["file", "alerts"])
        #expect(woken.withLock { $0 } == ["file", "alerts"])
    }

    @Test func theExternalIDMakesARepeatARepeat() async throws {
        let journal = MemoryJournal()
        let intake = try makeIntake(journal)
        let first = try await intake.submit([Fixtures.draft(externalID: "call-77")], from: Fixtures.source, raw: raw)
        let again = try await intake.submit([Fixtures.draft(body: "changed text", externalID: "call-77")], from: Fixtures.source, raw: raw)
        #expect(again == [.duplicate(originalID: first[0].id)])
        let otherSource = try await intake.submit(
            [Fixtures.draft(externalID: "call-77")],
            from: IntakeSource(name: "other", defaultChannel: .webhook),
            raw: raw
        )
        #expect(!otherSource[0].isDuplicate)
    }

    @Test func theCallersKeyWinsOverTheContent() async throws {
        let journal = MemoryJournal()
        let intake = try makeIntake(journal)
        let first = try await intake.submit([Fixtures.draft(body: "a")], from: Fixtures.source, raw: raw, idempotencyKey: "req-1")
        let again = try await intake.submit([Fixtures.draft(body: "b")], from: Fixtures.source, raw: raw, idempotencyKey: "req-1")
        #expect(again == [.duplicate(originalID: first[0].id)])
    }

    @Test func withoutAnyKeyTheContentHashDecides() async throws {
        let journal = MemoryJournal()
        let intake = try makeIntake(journal)
        let first = try await intake.submit([Fixtures.draft(body: "同样的内容")], from: Fixtures.source, raw: raw)
        let same = try await intake.submit([Fixtures.draft(body: "  同样的内容 ")], from: Fixtures.source, raw: raw)
        let different = try await intake.submit([Fixtures.draft(body: "不同的内容")], from: Fixtures.source, raw: raw)
        #expect(same == [.duplicate(originalID: first[0].id)])
        #expect(!different[0].isDuplicate)
    }

    @Test func theSameWordsADayLaterAreANewComplaint() async throws {
        let journal = MemoryJournal()
        let clock = Locked(Date(timeIntervalSince1970: 1_796_117_400))
        let intake = ComplaintIntake(
            journal: journal,
            validator: try ComplaintValidator(),
            router: .everything(to: ["file"]),
            logger: Logger(label: "test"),
            now: { clock.value }
        )
        let draft = ComplaintDraft(complainant: Complainant(phone: "13800138000"), body: "快递还没到")
        let first = try await intake.submit([draft], from: Fixtures.source, raw: raw)
        // Across midnight UTC, within the window: still a repeat.
        clock.value = Date(timeIntervalSince1970: 1_796_169_600 + 60)
        let afterMidnight = try await intake.submit([draft], from: Fixtures.source, raw: raw)
        #expect(afterMidnight == [.duplicate(originalID: first[0].id)])
        // 25 hours after the first, on the next day: outside the window, a new complaint.
        clock.value = Date(timeIntervalSince1970: 1_796_117_400 + 25 * 3600)
        let later = try await intake.submit([draft], from: Fixtures.source, raw: raw)
        #expect(!later[0].isDuplicate)
    }

    @Test(arguments: ["a:sha256:b:-9223372036854775808", "x:sha256:y:7", "test:sha256:\(String(repeating: "0", count: 64)):1"])
    func keysThatLookLikeContentKeysAreJustKeys(key: String) async throws {
        let journal = MemoryJournal()
        let intake = try makeIntake(journal)
        let byHeader = try await intake.submit([Fixtures.draft(body: "a")], from: Fixtures.source, raw: raw, idempotencyKey: key)
        let byExternalID = try await intake.submit([Fixtures.draft(body: "b", externalID: key)], from: Fixtures.source, raw: raw)
        let neighbour = try await intake.submit([Fixtures.draft(body: "c", externalID: key + "1")], from: Fixtures.source, raw: raw)
        #expect([byHeader[0], byExternalID[0], neighbour[0]].allSatisfy { !$0.isDuplicate })
    }

    @Test func aCallersKeyReusedForAnotherPayloadIsRefusedAndStoresNothing() async throws {
        let journal = MemoryJournal()
        let intake = try makeIntake(journal)
        _ = try await intake.submit([Fixtures.draft(body: "a")], from: Fixtures.source, raw: raw, idempotencyKey: "k")
        let other = RawPayload(data: Data(#"{"body":"y"}"#.utf8), contentType: "application/json")
        let error = try await #require(throws: JournalError.self) {
            try await intake.submit([Fixtures.draft(body: "b")], from: Fixtures.source, raw: other, idempotencyKey: "k")
        }
        #expect(error.code == .keyReused && error.originalID != nil)
        #expect(try await journal.countDeliveries(matching: DeliveryFilter()) == 1)
    }

    @Test func aBatchWithOneBadItemStoresNothingAndNamesEveryProblem() async throws {
        let journal = MemoryJournal()
        let intake = try makeIntake(journal)
        var bad = Fixtures.draft()
        bad.body = nil
        bad.severity = 9
        let error = try await #require(throws: ComplaintValidationError.self) {
            try await intake.submit([Fixtures.draft(), bad, Fixtures.draft(body: "third")], from: Fixtures.source, raw: raw)
        }
        #expect(Set(error.issues.map(\.field)) == ["[1].body", "[1].severity"])
        #expect(try await journal.countDeliveries(matching: DeliveryFilter()) == 0)
    }

    @Test func aBatchKeyNamesEachItem() async throws {
        let journal = MemoryJournal()
        let intake = try makeIntake(journal)
        let drafts = [Fixtures.draft(body: "one"), Fixtures.draft(body: "two")]
        let first = try await intake.submit(drafts, from: Fixtures.source, raw: raw, idempotencyKey: "batch-9")
        #expect(first.allSatisfy { !$0.isDuplicate } && Set(first.map(\.id)).count == 2)
        let again = try await intake.submit(drafts, from: Fixtures.source, raw: raw, idempotencyKey: "batch-9")
        #expect(again.map(\.id) == first.map(\.id) && again.allSatisfy(\.isDuplicate))
    }
}
