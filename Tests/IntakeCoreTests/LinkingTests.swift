import Foundation
import IntakeCore
import IntakeTesting
import Logging
import Synchronization
import Testing

/// One customer across channels: complaints sharing an identifier are linked into a thread, explainably and
/// reversibly.
struct LinkingTests {
    let raw = RawPayload(data: Data(#"{"body":"x"}"#.utf8), contentType: "application/json")

    /// A triage that only links (window 30 days), so the tests see linking alone.
    struct LinkOnly: ComplaintTriage {
        var linking: ContactLinking? = ContactLinking(window: .seconds(30 * 86_400), maximumEarlier: 3, ignored: ["phone:+8640088888888"])
        func classify(_ complaint: inout Complaint) {}
    }

    final class Clock: Sendable {
        let now = Mutex(Date(timeIntervalSince1970: 1_790_000_000))
        func advance(_ seconds: Double) { now.withLock { $0 = $0.addingTimeInterval(seconds) } }
    }

    func makeIntake(_ journal: any ComplaintJournal, clock: Clock, triage: any ComplaintTriage = LinkOnly()) throws -> ComplaintIntake {
        ComplaintIntake(
            journal: journal,
            validator: try ComplaintValidator(),
            triage: triage,
            router: .everything(to: ["file"]),
            logger: Logger(label: "test"),
            now: { clock.now.withLock { $0 } }
        )
    }

    func draft(_ channel: Channel, _ complainant: Complainant, body: String) -> ComplaintDraft {
        ComplaintDraft(channel: channel, complainant: complainant, body: body)
    }

    func submit(_ intake: ComplaintIntake, _ draft: ComplaintDraft) async throws -> Complaint {
        let outcome = try await intake.submit([draft], from: Fixtures.source, raw: raw)
        return try #require(try await intake.journal.complaint(id: outcome[0].id)).complaint
    }

    @Test func aReplyFromAnotherAddressJoinsTheThreadOfTheComplaintItAnswers() async throws {
        let journal = MemoryJournal()
        let clock = Clock()
        let intake = try makeIntake(journal, clock: clock)
        let first = try await submit(intake, draft(.email, Complainant(email: "wang@example.cn"), body: "空调坏了"))
        clock.advance(600)
        // The customer's colleague answers the thread (In-Reply-To): no identifier in common, same thread.
        var entry = try #require(
            try intake.prepare([draft(.email, Complainant(email: "li@example.cn"), body: "补充：型号 KFR-35")], from: Fixtures.source, raw: raw).first
        )
        entry.repliesTo = [first.id]
        let outcome = try await intake.commit([entry], from: Fixtures.source)
        let reply = try #require(try await journal.complaint(id: outcome[0].id)).complaint
        #expect(reply.related == Related(threadID: first.id, earlierIDs: [first.id], matchedOn: ["reply"]))
    }

    @Test func aCallThenAMailThenAPostOfOneCustomerFormOneThread() async throws {
        let journal = MemoryJournal()
        let clock = Clock()
        let intake = try makeIntake(journal, clock: clock)
        let call = try await submit(intake, draft(.hotline, Complainant(name: "李雷", phone: "138 0013 8000"), body: "快递丢了"))
        #expect(call.related == nil, "the first complaint has no links")
        clock.advance(3600)
        // The mail carries the phone in its signature and the address: it links by phone.
        let mail = try await submit(
            intake,
            draft(.email, Complainant(phone: "+86 138-0013-8000", email: "LiLei@Example.cn"), body: "还是没有消息")
        )
        #expect(mail.related == Related(threadID: call.id, earlierIDs: [call.id], matchedOn: ["phone"]))
        clock.advance(3600)
        // The post has only the e-mail in common with the mail, nothing with the call: it joins the same thread.
        let post = try await submit(intake, draft(.social, Complainant(email: "lilei@example.cn"), body: "太慢了"))
        #expect(post.related?.threadID == call.id)
        #expect(post.related?.earlierIDs == [mail.id])
        #expect(post.related?.matchedOn == ["email"])
        // A stranger stays alone.
        let other = try await submit(intake, draft(.sms, Complainant(phone: "13900139000"), body: "快递丢了"))
        #expect(other.related == nil)
    }

    @Test func complaintsOutsideTheWindowOrOnAnIgnoredIdentifierAreNotLinked() async throws {
        let journal = MemoryJournal()
        let clock = Clock()
        let intake = try makeIntake(journal, clock: clock)
        _ = try await submit(intake, draft(.hotline, Complainant(phone: "13800138000"), body: "第一次"))
        clock.advance(31 * 86_400)
        let late = try await submit(intake, draft(.hotline, Complainant(phone: "13800138000"), body: "第二次"))
        #expect(late.related == nil, "31 days later is outside the 30-day window")
        _ = try await submit(intake, draft(.hotline, Complainant(name: "前台", phone: "+86 400 8888 8888"), body: "总机转来的"))
        let switchboard = try await submit(intake, draft(.hotline, Complainant(name: "另一人", phone: "+86 400 8888 8888"), body: "也是总机"))
        #expect(switchboard.related == nil, "the switchboard number is ignored")
    }

    @Test func theEarlierIDsAreCappedAndTheNewestKept() async throws {
        let journal = MemoryJournal()
        let clock = Clock()
        let intake = try makeIntake(journal, clock: clock)
        var ids: [String] = []
        for index in 0..<6 {
            clock.advance(60)
            ids.append(try await submit(intake, draft(.sms, Complainant(phone: "13800138000"), body: "第\(index)条")).id)
        }
        let last = try await journal.complaint(id: ids[5])?.complaint
        #expect(last?.related?.earlierIDs == Array(ids[2..<5]), "the three newest earlier complaints, oldest first")
        #expect(last?.related?.threadID == ids[0])
    }

    @Test func itemsOfOneBatchLinkToEachOther() async throws {
        let journal = MemoryJournal()
        let intake = try makeIntake(journal, clock: Clock())
        let drafts = [
            draft(.manual, Complainant(phone: "13800138000"), body: "第一件事"),
            draft(.manual, Complainant(phone: "13800138000"), body: "第二件事"),
        ]
        let outcomes = try await intake.submit(drafts, from: Fixtures.source, raw: raw)
        let second = try await journal.complaint(id: outcomes[1].id)?.complaint
        #expect(second?.related == Related(threadID: outcomes[0].id, earlierIDs: [outcomes[0].id], matchedOn: ["phone"]))
    }

    @Test func complaintsArrivingTogetherStillSeeEachOther() async throws {
        let journal = MemoryJournal()
        let intake = try makeIntake(journal, clock: Clock())
        let outcomes = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<20 {
                group.addTask {
                    let draft = draft(.webhook, Complainant(email: "same@example.cn"), body: "并发第\(index)条")
                    return try await intake.submit([draft], from: Fixtures.source, raw: raw)[0].id
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        var unlinked = 0
        for id in outcomes where try await journal.complaint(id: id)?.complaint.related == nil { unlinked += 1 }
        #expect(unlinked == 1, "exactly one complaint (the first stored) has no earlier one")
    }

    @Test func afterASplitTheComplaintStandsAloneAndLaterOnesJoinTheNewestThread() async throws {
        let journal = MemoryJournal()
        let clock = Clock()
        let intake = try makeIntake(journal, clock: clock)
        let mother = try await submit(intake, draft(.hotline, Complainant(name: "王阿姨", phone: "13800138000"), body: "燃气表"))
        clock.advance(60)
        let son = try await submit(intake, draft(.hotline, Complainant(name: "王小明", phone: "13800138000"), body: "宽带"))
        #expect(son.related?.threadID == mother.id, "a shared family phone links them, wrongly")
        let split = try #require(try await journal.splitThread(complaintID: son.id, actor: "ops", reason: "家里共用电话", at: Date()))
        #expect(split.previousThreadID == mother.id && split.threadID == son.id)
        clock.advance(60)
        let next = try await submit(intake, draft(.hotline, Complainant(name: "王小明", phone: "13800138000"), body: "宽带又断了"))
        #expect(next.related?.threadID == son.id, "the newest thread of the phone is the son's now")
        #expect(next.related?.earlierIDs == [son.id], "the mother's complaint is not linked again")
    }

    @Test func repeatComplaintsRaiseSeverityThroughTheLinks() async throws {
        let journal = MemoryJournal()
        let clock = Clock()
        let rules = TriageRules(
            categories: [.init(name: "category.logistics", category: .logistics, phrases: .init(keywords: ["快递"]))],
            severity: .init(categories: [.logistics: 3], repeatAfter: 2),
            linking: ContactLinking()
        )
        let intake = try makeIntake(journal, clock: clock, triage: try RuleTriage(rules: rules))
        var severities: [Int?] = []
        for index in 0..<3 {
            clock.advance(600)
            severities.append(try await submit(intake, draft(.sms, Complainant(phone: "13800138000"), body: "快递又没到\(index)")).severity)
        }
        #expect(severities == [3, 3, 2], "the third complaint within the window is a repeat")
    }
}

/// The in-memory index journals answer linking from.
struct ContactIndexTests {
    @Test func findsNewestFirstForgetsWhatLeftTheWindowAndCompacts() {
        var index = ContactIndex(window: .seconds(3600))
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        var ids: [String] = []
        for minute in 0..<10_000 {
            let at = start.addingTimeInterval(Double(minute) * 60)
            let id = ComplaintID.make(at: at)
            ids.append(id)
            index.add(identity: "phone:+86138\(minute % 7)", complaintID: id, threadID: id, receivedAt: at)
            index.expire(now: at)
        }
        // Sixty minutes of complaints remain (plus the one at the edge), over seven phones.
        #expect(index.count <= 62, "\(index.count) kept")
        let end = start.addingTimeInterval(9_999 * 60)
        let found = index.links(identities: ["phone:+861383"], since: end.addingTimeInterval(-3600), limit: 100)
        #expect(found.count >= 8 && found.count <= 9, "\(found.count)")
        #expect(found.map(\.receivedAt) == found.map(\.receivedAt).sorted(by: >))
        #expect(found.allSatisfy { ids.contains($0.complaintID) && $0.identity == "phone:+861383" })
        #expect(index.links(identities: ["phone:+861383"], since: end.addingTimeInterval(-3600), limit: 2).count == 2)
        #expect(index.links(identities: ["phone:+869999"], since: start, limit: 10).isEmpty)
    }

    @Test func keepsIdsExactlyAndAppliesSplits() {
        var index = ContactIndex(window: .seconds(86_400))
        let now = Date()
        let first = ComplaintID.make(at: now)
        let second = ComplaintID.make(at: now.addingTimeInterval(1))
        index.add(identity: "email:a@example.cn", complaintID: first, threadID: first, receivedAt: now)
        index.add(identity: "email:a@example.cn", complaintID: second, threadID: first, receivedAt: now.addingTimeInterval(1))
        index.setThread(of: second, to: second)
        let found = index.links(identities: ["email:a@example.cn"], since: now.addingTimeInterval(-1), limit: 10)
        #expect(found.map(\.complaintID) == [second, first])
        #expect(found.map(\.threadID) == [second, first])
    }
}
