import Foundation
import IntakeCore
import IntakeTesting
import Logging
import Testing

/// The published JSON Schema and the Swift types agree: what the type encodes validates against the file, and what
/// the validator refuses the file refuses too. The file is checked with Python's `jsonschema` (Draft 2020-12).
struct ComplaintSchemaTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemaFile = repository.appendingPathComponent("config/complaint.schema.json")

    @Test func thePublishedFileIsTheEmbeddedSchema() throws {
        let file = try String(contentsOf: Self.schemaFile, encoding: .utf8)
        #expect(file.trimmingCharacters(in: .whitespacesAndNewlines) == ComplaintSchema.json.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(ComplaintSchema.json.utf8)) }
    }

    static let validInputs: [String] = [
        #"{"body":"快递员态度恶劣","complainant":{"phone":"138 0013 8000"}}"#,
        #"{"body":"Order arrived broken.","complainant":{"email":"A@Example.com","name":"Ann"},"severity":2,"category":"logistics","occurred_at":"2026-11-30T18:05:00+08:00","references":{"order":"SO-1"},"extra":{"duration":12}}"#,
        #"{"body":"微博投诉","complainant":{"handle":"@someone","platform":"weibo"},"channel":"social","tags":["media"],"urgent":true,"urgency_reasons":["media_exposure"]}"#,
    ]

    static let invalidInputs: [(String, String)] = [
        ("missing body", #"{"complainant":{"name":"张三"}}"#),
        ("blank body", #"{"body":"   ","complainant":{"name":"张三"}}"#),
        ("no complainant identity", #"{"body":"x","complainant":{}}"#),
        ("severity out of range", #"{"body":"x","complainant":{"name":"a"},"severity":5}"#),
        ("severity not an integer", #"{"body":"x","complainant":{"name":"a"},"severity":"high"}"#),
        ("unknown channel", #"{"body":"x","complainant":{"name":"a"},"channel":"fax"}"#),
        ("unknown category", #"{"body":"x","complainant":{"name":"a"},"category":"rude"}"#),
        ("unknown field", #"{"body":"x","complainant":{"name":"a"},"colour":"red"}"#),
        ("unknown complainant field", #"{"body":"x","complainant":{"name":"a","nick":"b"}}"#),
        ("letters in phone", #"{"body":"x","complainant":{"phone":"call 138"}}"#),
        ("bad e-mail", #"{"body":"x","complainant":{"email":"not-an-address"}}"#),
        ("handle without platform", #"{"body":"x","complainant":{"handle":"@a"}}"#),
        ("bad time", #"{"body":"x","complainant":{"name":"a"},"occurred_at":"30/11/2026"}"#),
        ("non-string reference", #"{"body":"x","complainant":{"name":"a"},"references":{"order":1}}"#),
        ("attachment without filename", #"{"body":"x","complainant":{"name":"a"},"attachments":[{"size":1}]}"#),
        ("negative attachment size", #"{"body":"x","complainant":{"name":"a"},"attachments":[{"filename":"a","size":-1}]}"#),
    ]

    func swiftAccepts(_ json: String) -> Bool {
        guard let decoded = try? DraftDecoder.decode(json: Data(json.utf8)), decoded.issues.isEmpty else { return false }
        let validator = try! ComplaintValidator()
        let context = ComplaintValidator.Context(id: ComplaintID.make(), source: "s", defaultChannel: .webhook, receivedAt: Date())
        return decoded.drafts.allSatisfy { (try? validator.validate($0, context: context)) != nil }
    }

    @Test func theFileAcceptsWhatTheTypeAccepts() throws {
        for input in Self.validInputs { #expect(swiftAccepts(input), "Swift refuses \(input)") }
        guard let results = try JSONSchemaChecker.validate(Self.validInputs, schema: Self.schemaFile, definition: "input") else { return }
        for (input, result) in zip(Self.validInputs, results) { #expect(result.isEmpty, "the schema refuses \(input): \(result)") }
    }

    @Test func theFileRefusesWhatTheTypeRefuses() throws {
        for (name, input) in Self.invalidInputs { #expect(!swiftAccepts(input), "Swift accepts \(name)") }
        guard let results = try JSONSchemaChecker.validate(Self.invalidInputs.map(\.1), schema: Self.schemaFile, definition: "input") else { return }
        for ((name, _), result) in zip(Self.invalidInputs, results) { #expect(!result.isEmpty, "the schema accepts \(name)") }
    }

    @Test func whatTheTypeEncodesValidatesAgainstTheFile() async throws {
        let journal = MemoryJournal()
        let intake = ComplaintIntake(journal: journal, validator: try ComplaintValidator(), router: .everything(to: ["a"]), logger: .init(label: "t"))
        var full = Fixtures.draft()
        full.severity = 1
        full.category = .safety
        full.urgencyReasons = ["legal_action"]
        full.attachments = [Attachment(filename: "照片.jpg", contentType: "image/jpeg", size: 1024, sha256: String(repeating: "ab", count: 32))]
        full.extra = ["call": .object(["duration": .int(125), "recording": .string("https://rec.example/1")]), "ratio": .double(0.5)]
        let minimal = ComplaintDraft(complainant: Complainant(handle: "LiMing", platform: "Weibo"), body: "只有一句话")
        let raw = RawPayload(data: Data("{}".utf8), contentType: "application/json")
        var documents: [String] = []
        for draft in [full, minimal] {
            let outcome = try await intake.submit([draft], from: Fixtures.source, raw: raw)
            let stored = try #require(try await journal.complaint(id: outcome[0].id))
            documents.append(String(decoding: try JSONEncoder.makeComplaintEncoder().encode(stored.complaint), as: UTF8.self))
        }
        // And the encoded form reads back as the same value.
        for document in documents {
            let complaint = try JSONDecoder.makeComplaintDecoder().decode(Complaint.self, from: Data(document.utf8))
            #expect(complaint.schemaVersion == 1)
        }
        guard let results = try JSONSchemaChecker.validate(documents, schema: Self.schemaFile, definition: nil) else { return }
        for (document, result) in zip(documents, results) { #expect(result.isEmpty, "\(document): \(result)") }
    }

    @Test func theFileRefusesBrokenStoredComplaints() async throws {
        var complaint = Fixtures.complaint()
        complaint.complainant.email = "a@b.co"
        let good = String(decoding: try JSONEncoder.makeComplaintEncoder().encode(complaint), as: UTF8.self)
        let broken = [
            good.replacingOccurrences(of: "\"schema_version\":1", with: "\"schema_version\":2"),
            good.replacingOccurrences(of: "+8613900139000", with: "13900139000"),
            good.replacingOccurrences(of: "a@b.co", with: "A@B.co"),
            good.replacingOccurrences(of: "\"id\":\"\(complaint.id)\"", with: "\"id\":\"nope\""),
            good.replacingOccurrences(of: "\"urgent\":false", with: "\"urgent\":\"no\""),
        ]
        #expect(broken.allSatisfy { $0 != good })
        guard let results = try JSONSchemaChecker.validate([good] + broken, schema: Self.schemaFile, definition: nil) else { return }
        #expect(results[0].isEmpty, "\(results[0])")
        for (document, result) in zip(broken, results.dropFirst()) { #expect(!result.isEmpty, "accepted: \(document)") }
    }
}
