import Foundation
import IntakeCore
import IntakeTesting
import Testing

struct ComplaintValidatorTests {
    let validator = try! ComplaintValidator()
    let context = ComplaintValidator.Context(
        id: ComplaintID.make(),
        source: "callcenter",
        defaultChannel: .webhook,
        receivedAt: Date(timeIntervalSince1970: 1_764_000_600),
        defaultTags: ["hotline"]
    )

    @Test func normalisesIdentitiesAndKeepsTextExactly() throws {
        let complaint = try validator.validate(Fixtures.draft(body: "\u{3000} 第一行\n第二行\t缩进 😀 \u{0007}\r\n "), context: context)
        #expect(complaint.complainant.phone == "+8613800138000")
        #expect(complaint.complainant.email == "zhang.san@example.com")
        #expect(complaint.complainant.contactKey == "phone:+8613800138000")
        #expect(complaint.complainant.name == "张三")
        #expect(complaint.body == "第一行\n第二行\t缩进 😀")
        #expect(complaint.channel == .hotline)
        #expect(complaint.source == "callcenter")
        #expect(complaint.tags == ["hotline", "vip"])
        #expect(complaint.references == ["order": "SO-2026-0001"])
        #expect(complaint.schemaVersion == 1)
    }

    @Test func removesControlCharactersAndBlanksFromOneLineFields() throws {
        var draft = Fixtures.draft()
        draft.subject = "  包裹\n破损\u{0000}  "
        draft.complainant.name = "\t张\u{200D}三 "
        let complaint = try validator.validate(draft, context: context)
        #expect(complaint.subject == "包裹 破损")
        #expect(complaint.complainant.name == "张\u{200D}三")
    }

    @Test func reportsEveryProblemAtOnce() throws {
        var draft = ComplaintDraft()
        draft.complainant = Complainant(phone: "12", email: "not-an-address", handle: "@someone")
        draft.body = "   "
        draft.severity = 7
        draft.occurredAt = Date(timeIntervalSince1970: 1_764_100_000)
        draft.attachments = [Attachment(filename: "a.jpg", size: -1, sha256: "xyz")]
        let error = try #require(throws: ComplaintValidationError.self) { try validator.validate(draft, context: context) }
        let found = Set(error.issues.map { "\($0.field) \($0.code)" })
        #expect(
            found == [
                "complainant.phone format", "complainant.email format", "complainant.platform required", "body required",
                "occurred_at future", "severity range", "attachments[0].size range", "attachments[0].sha256 format",
            ]
        )
        #expect(error.issues.allSatisfy { !$0.message.isEmpty })
    }

    @Test func requiresSomeoneToHaveComplained() throws {
        let draft = ComplaintDraft(body: "无名投诉")
        let error = try #require(throws: ComplaintValidationError.self) { try validator.validate(draft, context: context) }
        #expect(error.issues.map(\.field) == ["complainant"])
    }

    @Test func refusesTooLongText() throws {
        let strict = try ComplaintValidator(configuration: .init(maximumBodyLength: 10, maximumLineLength: 5))
        var draft = Fixtures.draft(body: String(repeating: "长", count: 11))
        draft.subject = "六个字的标题"
        let error = try #require(throws: ComplaintValidationError.self) { try strict.validate(draft, context: context) }
        #expect(Set(error.issues.map(\.field)).isSuperset(of: ["body", "subject"]))
        #expect(error.issues.allSatisfy { $0.code == "too_long" })
    }

    @Test func refusesAnUnknownPhoneRegion() {
        #expect(throws: ComplaintValidationError.self) { try ComplaintValidator(configuration: .init(defaultPhoneRegion: "ZZ")) }
    }

    @Test(arguments: [
        ("a@b.co", true), ("zhang.san+tag@mail.example.cn", true), ("用户@例子.中国", true), ("a@b", false), ("a b@c.de", false),
        ("@c.de", false), ("a@@c.de", false), ("a@-c.de", false), ("a..b@c.de", false),
    ])
    func checksEmailAddresses(address: String, valid: Bool) throws {
        var draft = Fixtures.draft()
        draft.complainant.email = address
        if valid {
            #expect(try validator.validate(draft, context: context).complainant.email == address.lowercased())
        } else {
            #expect(throws: ComplaintValidationError.self) { try validator.validate(draft, context: context) }
        }
    }

    @Test func derivesTheContactKeyFromTheStrongestIdentifier() {
        #expect(ComplaintValidator.contactKey(for: Complainant(phone: "+8613800138000", email: "a@b.co")) == "phone:+8613800138000")
        #expect(ComplaintValidator.contactKey(for: Complainant(email: "a@b.co", customerID: "C1")) == "email:a@b.co")
        #expect(ComplaintValidator.contactKey(for: Complainant(handle: "@LiMing", platform: "weibo")) == "handle:weibo:liming")
        #expect(ComplaintValidator.contactKey(for: Complainant(customerID: "C1")) == "customer:C1")
        #expect(ComplaintValidator.contactKey(for: Complainant(name: "张三")) == nil)
    }
}
