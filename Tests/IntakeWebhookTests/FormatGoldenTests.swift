import Foundation
import IntakeCore
import IntakeTesting
import IntakeWebhook
import Testing

/// Each payload format's fixtures (Chinese text included) against the complaint JSON they must become.
///
/// A case posts its fixture(s) through the format, validates each item as the gateway does (fixed id and clock),
/// and compares the outcome with `Tests/Fixtures/webhook/<case>.expected.json`: the complaint, the reason nothing
/// is stored, the field problems, or the format's own reply. `INTAKE_UPDATE_GOLDEN=1` rewrites the expected files
/// (then read the diff: a golden file is only as right as its review).
@Suite struct FormatGoldenTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures/webhook")
    static let receivedAt = Date(timeIntervalSince1970: 1_796_105_600)  // 2026-12-01T06:13:20Z

    struct Post {
        var file: String
        var contentType: String
        var method = "POST"
        var query = ""
    }

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var format: @Sendable () throws -> WebhookFormat
        var posts: [Post]
        var description: String { name }
    }

    static let mapping: @Sendable () throws -> WebhookFormat = {
        let fields = #"""
            {
              "external_id": {"path": "/id", "required": true},
              "occurred_at": {"path": "/published", "date": "unix_ms"},
              "subject": "/title",
              "body": {"join": ["/title", "/content"], "separator": "\n"},
              "complainant.handle": "/author/handle",
              "complainant.name": "/author/name",
              "complainant.phone": {"path": "/author/mobile", "transform": "msisdn"},
              "complainant.platform": {"const": "forum"},
              "channel": {"path": "/channel_code", "values": {"3": "social", "1": "email"}},
              "references.url": "/url",
              "extra.sentiment": "/sentiment"
            }
            """#
        let specs = try JSONDecoder().decode([String: PayloadMapping.RuleSpec].self, from: Data(fields.utf8))
        return .mapping(try PayloadMapping.build(items: "/documents", fields: specs.sorted { $0.key < $1.key }).get())
    }

    static let cases: [Case] = [
        Case(
            name: "hotline-call",
            format: { .hotlineCall(CallPolicy()) },
            posts: [Post(file: "../../../config/examples/hotline-call.json", contentType: "application/json")]
        ),
        Case(
            name: "hotline-call-batch",
            format: { .hotlineCall(CallPolicy()) },
            posts: [Post(file: "hotline-call-batch.json", contentType: "application/json")]
        ),
        Case(
            name: "hotline-call-batch-keeping-missed-calls",
            format: { .hotlineCall(CallPolicy(keepsMissedCalls: true)) },
            posts: [Post(file: "hotline-call-batch.json", contentType: "application/json")]
        ),
        Case(
            name: "social-mention",
            format: { .socialMention },
            posts: [Post(file: "../../../config/examples/social-mention.json", contentType: "application/json")]
        ),
        Case(
            name: "cti-events",
            format: { .ctiEvents(CTICallAssembler(), CallPolicy(keepsCallsWithoutNotes: true)) },
            posts: [
                Post(file: "cti-new-call.json", contentType: "application/json"), Post(file: "cti-answer.json", contentType: "application/json"),
                Post(file: "cti-hangup.json", contentType: "application/json"),
                Post(file: "cti-hangup-missed.form", contentType: "application/x-www-form-urlencoded"),
            ]
        ),
        Case(
            name: "freeswitch-cdr",
            format: { .freeswitchCDR(FreeSWITCHOptions(), CallPolicy(keepsCallsWithoutNotes: true)) },
            posts: [
                Post(file: "freeswitch-cdr.json", contentType: "application/json", query: "uuid=a1b2c3d4-e5f6-4711-8899-aabbccddeeff"),
                Post(file: "freeswitch-cdr-b-leg.form", contentType: "application/x-www-form-urlencoded"),
            ]
        ),
        Case(
            name: "wechat",
            format: { .wechat },
            posts: [
                Post(file: "wechat-text.xml", contentType: "text/xml"), Post(file: "wechat-voice.xml", contentType: "text/xml"),
                Post(file: "wechat-event.xml", contentType: "text/xml"),
                Post(file: "", contentType: "", method: "GET", query: "signature=x&timestamp=1&nonce=2&echostr=7263816531098716"),
            ]
        ),
        Case(name: "mapping-documents", format: mapping, posts: [Post(file: "mapping-documents.json", contentType: "application/json")]),
    ]

    static func outcome(of post: Post, format: WebhookFormat) throws -> [JSONValue] {
        let body = post.file.isEmpty ? Data() : try Data(contentsOf: fixtures.appendingPathComponent(post.file))
        let request = WebhookRequest(method: post.method, query: post.query, headers: [("Content-Type", post.contentType)], body: body)
        let parsed: WebhookParse
        do {
            parsed = try format.parse(request, now: receivedAt)
        } catch {
            return [.object(["unreadable": .string(error.message)])]
        }
        switch parsed {
        case .reply(let reply):
            return [.object(["reply": .string(String(decoding: reply.body, as: UTF8.self)), "content_type": .string(reply.contentType)])]
        case .items(let items, _):
            let validator = try ComplaintValidator()
            return items.enumerated().map { index, item in
                if let reason = item.ignored { return .object(["ignored": .string(reason)]) }
                guard let draft = item.draft else { return .object(["issues": issuesJSON(item.issues)]) }
                let context = ComplaintValidator.Context(
                    id: "golden-\(index)",
                    source: "golden",
                    defaultChannel: format.defaultChannel,
                    receivedAt: receivedAt
                )
                do {
                    let complaint = try validator.validate(draft, context: context)
                    guard item.issues.isEmpty else { return .object(["issues": issuesJSON(item.issues)]) }
                    return .object(["complaint": (try? JSONValue.parse(complaint.jsonData())) ?? .null])
                } catch let error as ComplaintValidationError {
                    return .object(["issues": issuesJSON(item.allIssues(validation: error.issues))])
                } catch {
                    return .object(["issues": .string("\(error)")])
                }
            }
        }
    }

    static func issuesJSON(_ issues: [ValidationIssue]) -> JSONValue {
        .array(issues.map { .object(["field": .string($0.field), "code": .string($0.code), "message": .string($0.message)]) })
    }

    @Test(arguments: cases) func fixtureBecomesTheExpectedComplaints(_ golden: Case) throws {
        let format = try golden.format()
        var outcomes: [JSONValue] = []
        for post in golden.posts { outcomes += try Self.outcome(of: post, format: format) }
        let actual = JSONValue.array(outcomes)
        let file = Self.fixtures.appendingPathComponent("\(golden.name).expected.json")
        if ProcessInfo.processInfo.environment["INTAKE_UPDATE_GOLDEN"] == "1" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try (encoder.encode(actual) + Data("\n".utf8)).write(to: file)
        }
        let expected = try JSONValue.parse(try Data(contentsOf: file))
        #expect(actual == expected, "\(golden.name): the outcome differs from \(file.lastPathComponent)")
    }

    @Test func publishedContractsValidateTheirExamplesAndRefuseBrokenOnes() throws {
        let config = Self.repository.appendingPathComponent("config")
        let call = try String(contentsOf: config.appendingPathComponent("examples/hotline-call.json"), encoding: .utf8)
        let mention = try String(contentsOf: config.appendingPathComponent("examples/social-mention.json"), encoding: .utf8)
        let batch = try String(contentsOf: Self.fixtures.appendingPathComponent("hotline-call-batch.json"), encoding: .utf8)
        if let results = try JSONSchemaChecker.validate(
            [call, #"{"caller_number":"+8613800138000"}"#, #"{"external_call_id":"x","disposition":"hung"}"#, batch],
            schema: config.appendingPathComponent("hotline-call.schema.json"),
            definition: nil
        ) {
            #expect(results[0].isEmpty, "\(results[0])")
            #expect(!results[1].isEmpty && !results[2].isEmpty)
            // The batch fixture holds a broken record on purpose (the third).
            #expect(!results[3].isEmpty)
        }
        if let results = try JSONSchemaChecker.validate(
            [
                mention, #"{"platform":"weibo","mention_id":"1","text":"x"}"#,
                #"{"platform":"weibo","mention_id":"1","text":"x","author":{"name":"n"}}"#,
            ],
            schema: config.appendingPathComponent("social-mention.schema.json"),
            definition: nil
        ) {
            #expect(results[0].isEmpty, "\(results[0])")
            #expect(!results[1].isEmpty && !results[2].isEmpty)
        }
        // What the schemas accept, the formats read without a problem.
        for (text, format) in [(call, WebhookFormat.hotlineCall(CallPolicy())), (mention, .socialMention)] {
            guard case .items(let items, _) = try format.parse(WebhookRequest(headers: [("Content-Type", "application/json")], body: Data(text.utf8)))
            else {
                Issue.record("no items")
                continue
            }
            #expect(items.allSatisfy { $0.issues.isEmpty && $0.draft != nil })
        }
    }
}
