import Foundation
import IntakeCore
import IntakeTesting
import Testing

/// Each kind of triage rule on its own, with small rules written here (the shipped rules are evaluated in
/// IntakeServerTests).
struct TriageTests {
    static let rules = TriageRules(
        categories: [
            .init(
                name: "category.safety",
                category: .safety,
                phrases: .init(keywords: ["受伤", "injured"], patterns: ["glass (in|inside) (my|the) food"]),
                weight: 3
            ),
            .init(
                name: "category.billing",
                category: .billing,
                phrases: .init(keywords: ["多收", "refund", "charge"], except: ["free of charge"]),
                weight: 2
            ),
            .init(name: "category.logistics", category: .logistics, phrases: .init(keywords: ["快递", "parcel"]), weight: 2),
            .init(name: "category.product", category: .productQuality, phrases: .init(keywords: ["坏了", "broken"]), weight: 2),
        ],
        urgent: [
            .init(name: "urgent.media", reason: "media", phrases: .init(keywords: ["曝光", "the press"], except: ["曝光过度"])),
            .init(
                name: "urgent.legal",
                reason: "legal",
                phrases: .init(keywords: ["起诉", "lawyer", "sue", "法院"], exceptPatterns: ["法院(路|街)"])
            ),
            .init(name: "urgent.police", reason: "police", phrases: .init(keywords: ["报警", "110"])),
            .init(name: "urgent.safety", reason: "safety", phrases: .init(keywords: ["起火", "injured"])),
        ],
        cues: .init(
            negations: ["不想", "not going to", "won't", "if", "万一"],
            negationReach: 16,
            reported: ["新闻", "my friend said"],
            resets: ["我就", "i will", "但是"]
        ),
        severity: .init(categories: [.safety: 2, .billing: 3, .logistics: 3, .productQuality: 3], fallback: 4, vipContacts: ["customer:C-1"]),
        sla: SLAPolicy()
    )

    static func classify(_ body: String, subject: String? = nil, _ adjust: (inout Complaint) -> Void = { _ in }) throws -> Complaint {
        var complaint = Fixtures.complaint(body: body)
        complaint.subject = subject
        adjust(&complaint)
        try RuleTriage(rules: rules).classify(&complaint)
        return complaint
    }

    @Test(arguments: [
        ("快递三天没到，我要去曝光你们", true, ["media"]),
        ("I will talk to my lawyer and the press", true, ["media", "legal"]),
        ("我不想曝光你们，只希望退款", false, []),
        ("I'm not going to call a lawyer, just fix it", false, []),
        ("If you don't refund me I will sue", true, ["legal"]),
        ("我不想起诉，但是再不退款我就报警", true, ["police"]),
        ("新闻里说你们被起诉了", false, []),
        ("My friend said she will sue you. The parcel is late.", false, []),
        ("The manager said \"go to the press then\" and walked off", false, []),
        ("The manager said 'go to the press then' and walked off", false, []),
        ("相机曝光过度，照片全白", false, []),
        ("门店在法院路上", false, []),
        ("这个issue一直没解决", false, []),
        ("订单号 1100 的包裹丢了", false, []),
        ("万一起火怎么办", false, []),
        ("ＳＵＥ！我要起诉", true, ["legal"]),
    ])
    func urgentTriggers(body: String, urgent: Bool, reasons: [String]) throws {
        let complaint = try Self.classify(body)
        #expect(complaint.urgent == urgent, "\(body): \(complaint.triage?.explanation ?? [])")
        #expect(complaint.urgencyReasons == reasons, "\(body)")
        if urgent { #expect(complaint.severity == 1) }
    }

    @Test func explainsWhatWasIgnoredAndWhy() throws {
        let complaint = try Self.classify("我不想曝光你们。新闻里说你们被起诉了。")
        let explanation = complaint.triage?.explanation ?? []
        #expect(explanation.contains { $0.contains("\"曝光\"") && $0.contains("negated by \"不想\"") }, "\(explanation)")
        #expect(explanation.contains { $0.contains("\"起诉\"") && $0.contains("reported speech") }, "\(explanation)")
    }

    @Test func categoriesByVotesWithPluralsPatternsExceptionsAndTies() throws {
        #expect(try Self.classify("I want a refund for the broken parcels, charge reversed").category == .billing)
        #expect(try Self.classify("Two parcels never came").category == .logistics)
        #expect(try Self.classify("There was glass in my food").category == .safety)
        #expect(try Self.classify("It was free of charge and it is broken").category == .productQuality)
        // A tie (2 votes each) goes to the rule listed first.
        let tie = try Self.classify("快递到了，东西坏了")
        #expect(tie.category == .logistics, "\(tie.triage?.explanation ?? [])")
        let none = try Self.classify("你好")
        #expect(none.category == .other)
        #expect(none.triage?.rules.contains("category.fallback") == true)
        #expect(none.severity == 4)
    }

    @Test func theSubjectIsReadToo() throws {
        let complaint = try Self.classify("见附件", subject: "多收了我的钱")
        #expect(complaint.category == .billing)
    }

    @Test func whatTheDoorSetWinsAndTheExplanationSaysSo() throws {
        let complaint = try Self.classify("快递员把我的包裹摔坏了，我要曝光") {
            $0.category = .serviceAttitude
            $0.severity = 3
        }
        #expect(complaint.category == .serviceAttitude)
        #expect(complaint.severity == 3)
        #expect(complaint.urgent, "urgency is still detected")
        let explanation = complaint.triage?.explanation ?? []
        #expect(explanation.first == "category service_attitude: set by the door (rules say logistics)", "\(explanation)")
        #expect(explanation.contains("severity 3: set by the door"))
        #expect(complaint.triage?.rules.starts(with: ["door.category"]) == true)
        let flagged = try Self.classify("包裹坏了") {
            $0.urgent = true
            $0.urgencyReasons = ["vip_escalation"]
        }
        #expect(flagged.urgent && flagged.urgencyReasons == ["vip_escalation"] && flagged.severity == 1)
    }

    @Test func repeatsAndVIPsRaiseSeverityButNotToLevelOne() throws {
        let plain = try Self.classify("包裹坏了")
        #expect(plain.severity == 3)
        let once = try Self.classify("包裹坏了") { $0.related = Related(threadID: "T", earlierIDs: ["A"], matchedOn: ["phone"]) }
        #expect(once.severity == 3, "one earlier complaint is not a repeat yet (after: 2)")
        let repeated = try Self.classify("包裹坏了") { $0.related = Related(threadID: "T", earlierIDs: ["A", "B"], matchedOn: ["phone"]) }
        #expect(repeated.severity == 2)
        #expect(repeated.urgencyReasons == ["repeat"])
        #expect(repeated.triage?.rules.contains("severity.repeat") == true)
        #expect(repeated.triage?.explanation.contains { $0.hasPrefix("linked to thread T by phone") } == true)
        let vip = try Self.classify("包裹坏了") { $0.complainant.customerID = "C-1" }
        #expect(vip.severity == 2 && vip.triage?.rules.contains("severity.vip") == true)
        let both = try Self.classify("包裹坏了") {
            $0.complainant.customerID = "C-1"
            $0.related = Related(threadID: "T", earlierIDs: ["A", "B"], matchedOn: ["phone"])
        }
        #expect(both.severity == 2, "raises stop at most_severe 2")
    }

    @Test func deadlinesFollowTheSeverity() throws {
        let complaint = try Self.classify("我要起诉你们")
        let received = complaint.receivedAt
        #expect(complaint.sla?.respondBy == received.addingTimeInterval(2 * 3600))
        #expect(complaint.sla?.resolveBy == received.addingTimeInterval(24 * 3600))
        let minor = try Self.classify("你好")
        #expect(minor.sla?.respondBy == minor.receivedAt.addingTimeInterval(24 * 3600))
        #expect(minor.sla?.resolveBy == nil)
    }

    @Test func aPatternThatIsNoRegularExpressionIsRefused() {
        var rules = Self.rules
        rules.urgent.append(.init(name: "urgent.bad", reason: "bad", phrases: .init(patterns: ["(unclosed"])))
        #expect(throws: RuleTriage.InvalidPattern.self) { try RuleTriage(rules: rules) }
    }
}

/// Deadlines counted in business hours, with holidays and make-up working days.
struct BusinessCalendarTests {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!
    static let calendar = BusinessCalendar(
        timeZone: shanghai,
        weekdays: [1, 2, 3, 4, 5],
        opensAt: 9 * 60,
        closesAt: 18 * 60,
        holidays: ["2026-10-01", "2026-10-02", "2026-10-05"],
        workdays: ["2026-10-10"]
    )

    static func date(_ text: String) -> Date {
        // Local Shanghai time, "yyyy-MM-dd HH:mm".
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = shanghai
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }

    @Test(arguments: [
        // Within one day.
        ("2026-12-01 10:00", 2, "2026-12-01 12:00"),
        // Past closing: the rest on the next morning.
        ("2026-12-01 17:00", 8, "2026-12-02 16:00"),
        // Friday afternoon to Monday.
        ("2026-12-04 17:00", 8, "2026-12-07 16:00"),
        // Received at night: the clock starts at opening.
        ("2026-12-01 22:30", 2, "2026-12-02 11:00"),
        // Received on a Sunday.
        ("2026-12-06 12:00", 1, "2026-12-07 10:00"),
        // Wednesday 30 September, then the holidays of 1 and 2 October and the weekend; Monday 5 October is a
        // holiday too, so the clock runs again on Tuesday 6 October.
        ("2026-09-30 17:00", 4, "2026-10-06 12:00"),
        // Saturday 10 October is a make-up working day.
        ("2026-10-09 17:00", 3, "2026-10-10 11:00"),
    ])
    func businessHours(received: String, hours: Int, due: String) {
        let result = Self.calendar.adding(.seconds(hours * 3600), to: Self.date(received))
        #expect(result == Self.date(due), "\(received) + \(hours)h")
    }

    @Test func openingHoursAreWallClockHoursAlsoWhenTheClocksChange() {
        let london = TimeZone(identifier: "Europe/London")!
        let calendar = BusinessCalendar(timeZone: london, weekdays: [1, 2, 3, 4, 5, 6, 7], opensAt: 9 * 60, closesAt: 17 * 60)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = london
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        // Sunday 29 March 2026, clocks go forward at 01:00: the office still opens at 09:00 local time.
        let saturday = formatter.date(from: "2026-03-28 16:00")!
        #expect(calendar.adding(.seconds(2 * 3600), to: saturday) == formatter.date(from: "2026-03-29 10:00")!)
        // Sunday 25 October 2026, clocks go back.
        let before = formatter.date(from: "2026-10-24 16:30")!
        #expect(calendar.adding(.seconds(3600), to: before) == formatter.date(from: "2026-10-25 09:30")!)
    }

    @Test func levelsInCalendarTimeIgnoreTheCalendar() {
        let policy = SLAPolicy(
            levels: [
                1: .init(respondWithin: .seconds(7200), resolveWithin: .seconds(86_400)),
                3: .init(respondWithin: .seconds(8 * 3600), resolveWithin: .seconds(72 * 3600), businessHours: true),
            ],
            calendar: Self.calendar
        )
        let friday = Self.date("2026-12-04 17:00")
        #expect(policy.deadlines(severity: 1, receivedAt: friday)?.respondBy == friday.addingTimeInterval(7200))
        #expect(policy.deadlines(severity: 3, receivedAt: friday)?.respondBy == Self.date("2026-12-07 16:00"))
        // 72 working hours = 8 working days of 9 hours: Friday 1 h, then Monday 7 December … to Wednesday 16 December.
        #expect(policy.deadlines(severity: 3, receivedAt: friday)?.resolveBy == Self.date("2026-12-16 17:00"))
        #expect(policy.deadlines(severity: 2, receivedAt: friday) == nil)
    }
}

/// What the reviewers of the first rules found, kept from coming back.
struct TriageTextTests {
    static let rules = TriageRules(
        categories: [.init(name: "category.billing", category: .billing, phrases: .init(keywords: ["hospital bill"]), weight: 2)],
        urgent: [
            .init(
                name: "urgent.legal",
                reason: "legal",
                phrases: .init(keywords: ["legal action", "lawyer", "court"], except: ["basketball court"])
            ),
            .init(name: "urgent.police", reason: "police", phrases: .init(keywords: ["call the police"])),
            .init(name: "urgent.safety", reason: "safety", phrases: .init(keywords: ["hospital", "caught fire"], except: ["hospital bill"])),
        ],
        cues: .init(negations: ["not", "don't", "won't"], negationReach: 32, reported: ["news"], resets: ["hesitate", "make me"])
    )

    static func urgent(_ body: String) throws -> Bool {
        var complaint = Fixtures.complaint(body: body)
        try RuleTriage(rules: rules).classify(&complaint)
        return complaint.urgent
    }

    @Test(arguments: [
        ("I will not hesitate to take legal action", true),
        ("Don't make me call the police", true),
        ("I won't call the police", false),
        ("The hospital bills you sent are wrong", false),
        ("The basketball courts are flooded", false),
        ("I am contacting my\nlawyer today", true),
        ("I am contacting my\u{A0}lawyer today", true),
        ("call  the   police", true),
        ("My 65\" TV caught fire and burned my hand", true),
        ("I loved the '90s. The TV caught fire", true),
        ("He wrote “this is a joke.\n\nThe TV caught fire", true),
        ("He said “call the police” and laughed", false),
    ])
    func reads(body: String, urgent: Bool) throws {
        #expect(try Self.urgent(body) == urgent, "\(body)")
    }

    @Test func aLineBreakWithinASentenceDoesNotEndIt() throws {
        // A wrapped line is one sentence: the reported-speech cue still reaches the trigger on the next line.
        #expect(try Self.urgent("I saw on the news that a kettle\ncaught fire") == false)
        // A blank line ends the paragraph, and the sentence with it.
        #expect(try Self.urgent("I saw it on the news\n\nOur kettle caught fire") == true)
    }
}

/// The category model the triage asks when its rules are not sure.
struct CategoryModelTests {
    static let labelled: [(text: String, category: ComplaintCategory)] = [
        ("包裹三天了还没送到", .logistics), ("快递一直没送到家", .logistics), ("the parcel never arrived at my door", .logistics),
        ("the parcel arrived late again", .logistics), ("收了我两次钱", .billing), ("多收了我的钱", .billing),
        ("you took my money twice this month", .billing), ("my money was taken twice", .billing),
    ]

    @Test func learnsPredictsAndExplains() throws {
        let model = CategoryModel.train(Self.labelled, minimumCount: 1)
        let parcel = try #require(model.predict("我的包裹还没送到"))
        #expect(parcel.category == .logistics && parcel.probability > 0.9)
        #expect(!parcel.evidence.isEmpty && parcel.evidence.allSatisfy { "我的包裹还没送到".contains($0) }, "\(parcel.evidence)")
        #expect(parcel.evidence.contains { ["包裹", "送到", "包", "裹", "送"].contains($0) }, "\(parcel.evidence)")
        #expect(model.predict("they took my money twice")?.category == .billing)
        #expect(model.predict("😀 123") == nil, "nothing it knows")
    }

    @Test func itsTextReadsBackAsTheSameModel() throws {
        let model = CategoryModel.train(Self.labelled, minimumCount: 1)
        #expect(try CategoryModel(text: model.text) == model)
        #expect(model.text.split(separator: "\n")[1].hasPrefix("categories\tservice_attitude=0,product_quality=0,logistics=4,billing=4"))
        #expect(throws: CategoryModel.FormatError.self) { try CategoryModel(text: "categories\tlogistics=x\n") }
        #expect(throws: CategoryModel.FormatError.self) { try CategoryModel(text: "categories\tlogistics=1\n送到\t1,2\n") }
    }

    @Test func theRulesDecideWhenTheyAreSureAndTheModelOtherwise() throws {
        let rules = TriageRules(
            categories: [.init(name: "category.facility", category: .facility, phrases: .init(keywords: ["电梯", "lift"]), weight: 3)],
            categoryModel: CategoryModel.train(Self.labelled, minimumCount: 1),
            modelMargin: 2
        )
        let triage = try RuleTriage(rules: rules)
        var sure = Fixtures.complaint(body: "电梯坏了，包裹还没送到")
        triage.classify(&sure)
        #expect(sure.category == .facility, "3 votes ahead: the rules decide")
        var unsure = Fixtures.complaint(body: "包裹还没送到")
        triage.classify(&unsure)
        #expect(unsure.category == .logistics)
        #expect(unsure.triage?.rules.first == "category.model")
        #expect(unsure.triage?.explanation.first?.hasPrefix("category logistics (model, probability") == true, "\(unsure.triage?.explanation ?? [])")
    }
}
