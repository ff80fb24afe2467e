import Foundation
import IntakeCore
import Testing

struct DraftDecoderTests {
    @Test func readsTheInputForm() throws {
        let json = #"""
            {"channel":"hotline","external_id":"call-1","occurred_at":"2026-11-30T18:05:00+08:00",
             "complainant":{"name":"张三","phone":"13800138000"},"subject":"s","body":"b",
             "respondent":{"kind":"driver","id":"D1"},"references":{"plate":"沪A12345"},
             "attachments":[{"filename":"a.jpg","size":10}],"category":"logistics","severity":2,"urgent":true,
             "urgency_reasons":["media"],"tags":["t"],"extra":{"duration":125,"queue":"投诉"}}
            """#
        let decoded = try DraftDecoder.decode(json: Data(json.utf8))
        #expect(decoded.issues.isEmpty)
        #expect(!decoded.isBatch)
        let draft = try #require(decoded.drafts.first)
        #expect(draft.channel == .hotline)
        #expect(draft.externalID == "call-1")
        #expect(draft.occurredAt == Date(timeIntervalSince1970: 1_796_033_100))
        #expect(draft.references["plate"] == "沪A12345")
        #expect(draft.category == .logistics)
        #expect(draft.severity == 2)
        #expect(draft.extra["duration"] == .int(125))
        #expect(draft.extra["queue"] == .string("投诉"))
    }

    @Test func reportsEveryTypeProblemWithItsPath() throws {
        let json = #"""
            {"channel":"fax","occurred_at":"yesterday","complainant":{"phone":13800138000,"nick":"x"},
             "body":["b"],"severity":"high","references":{"order":42},"attachments":[{"size":"big"}],"colour":"red"}
            """#
        let decoded = try DraftDecoder.decode(json: Data(json.utf8))
        let found = decoded.issues.map { "\($0.field) \($0.code)" }
        #expect(
            Set(found) == [
                "channel enum", "occurred_at format", "complainant.phone type", "complainant.nick unknown_field", "body type",
                "severity type", "references.order type", "attachments[0].size type", "attachments[0].filename required",
                "colour unknown_field",
            ]
        )
    }

    @Test func prefixesBatchProblemsWithTheItemIndex() throws {
        let json = #"[{"body":"ok","complainant":{"name":"a"}},{"body":1}]"#
        let decoded = try DraftDecoder.decode(json: Data(json.utf8))
        #expect(decoded.isBatch)
        #expect(decoded.drafts.count == 2)
        #expect(decoded.issues.map(\.field) == ["[1].body"])
    }

    @Test(arguments: ["{not json", "[]", "\"text\""])
    func refusesBodiesThatAreNoComplaint(body: String) throws {
        do {
            let decoded = try DraftDecoder.decode(json: Data(body.utf8))
            #expect(!decoded.issues.isEmpty)
        } catch let error as ComplaintValidationError {
            #expect(!error.issues.isEmpty)
        }
    }
}
