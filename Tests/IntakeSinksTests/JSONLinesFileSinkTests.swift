import Foundation
import IntakeCore
import IntakeSinks
import Testing

struct JSONLinesFileSinkTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("intake-sink-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func complaint(_ body: String) -> Complaint {
        Complaint(
            id: ComplaintID.make(),
            channel: .sms,
            source: "sms",
            receivedAt: RFC3339.truncatedToMilliseconds(Date()),
            complainant: Complainant(phone: "+8613800138000"),
            body: body
        )
    }

    func lines(_ url: URL) throws -> [Complaint] {
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.isEmpty || text.hasSuffix("\n"))
        return try text.split(separator: "\n").map { try JSONDecoder.makeComplaintDecoder().decode(Complaint.self, from: Data($0.utf8)) }
    }

    @Test func writesOneComplaintPerLineWithTextIntact() async throws {
        let file = try temporaryDirectory().appendingPathComponent("out.jsonl")
        let sink = JSONLinesFileSink(name: "file", configuration: .init(path: file.path))
        let complaints = [complaint("第一行\n第二行 \"引号\" 😀"), complaint("second"), complaint("third")]
        let results = await sink.deliver(batch: complaints.map { ($0, DeliveryAttempt(number: 1, idempotencyKey: $0.id)) })
        #expect(results.allSatisfy { (try? $0.get()) != nil })
        try await sink.deliver(complaint("fourth"), attempt: DeliveryAttempt(number: 1, idempotencyKey: "x"))
        let written = try lines(file)
        #expect(written.map(\.body) == ["第一行\n第二行 \"引号\" 😀", "second", "third", "fourth"])
        #expect(written[0] == complaints[0])
    }

    /// The journal's stored bytes, when the attempt carries them, are the line as they are: what was journaled is
    /// what is delivered, without encoding the complaint again.
    @Test func writesTheStoredDocumentAsItIs() async throws {
        let file = try temporaryDirectory().appendingPathComponent("out.jsonl")
        let sink = JSONLinesFileSink(name: "file", configuration: .init(path: file.path))
        let first = complaint("stored")
        let second = complaint("encoded")
        // The same complaint spelt with a blank the encoder does not write, so the two ways can be told apart.
        let stored = Data(
            String(decoding: first.jsonData(), as: UTF8.self).replacingOccurrences(of: #"{"attachments":"#, with: #"{"attachments": "#).utf8
        )
        #expect(stored != first.jsonData())
        let results = await sink.deliver(batch: [
            (first, DeliveryAttempt(number: 1, idempotencyKey: first.id, storedDocument: stored)),
            (second, DeliveryAttempt(number: 1, idempotencyKey: second.id)),
        ])
        #expect(results.allSatisfy { (try? $0.get()) != nil })
        #expect(try Data(contentsOf: file) == stored + Data([0x0A]) + second.jsonData() + Data([0x0A]))
        #expect(try lines(file) == [first, second])
    }

    @Test func cutsATornLastLineBeforeAppending() async throws {
        let file = try temporaryDirectory().appendingPathComponent("out.jsonl")
        let first = complaint("kept")
        let whole = String(decoding: try JSONEncoder.makeComplaintEncoder().encode(first), as: UTF8.self)
        try (whole + "\n" + #"{"id":"01TORN","bo"#).write(to: file, atomically: true, encoding: .utf8)
        let sink = JSONLinesFileSink(name: "file", configuration: .init(path: file.path))
        try await sink.deliver(complaint("after"), attempt: DeliveryAttempt(number: 1, idempotencyKey: "x"))
        #expect(try lines(file).map(\.body) == ["kept", "after"])
    }

    @Test func aMissingDirectoryIsATransientFailure() async throws {
        let directory = try temporaryDirectory().appendingPathComponent("gone")
        let sink = JSONLinesFileSink(name: "file", configuration: .init(path: directory.appendingPathComponent("out.jsonl").path))
        let error = try await #require(throws: SinkError.self) {
            try await sink.deliver(complaint("x"), attempt: DeliveryAttempt(number: 1, idempotencyKey: "x"))
        }
        #expect(error.code == .transient)
        #expect(error.reason.contains("No such file or directory"))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try await sink.deliver(complaint("x"), attempt: DeliveryAttempt(number: 2, idempotencyKey: "x"))
    }

    @Test func aDirectoryInPlaceOfTheFileIsAPermanentFailure() async throws {
        let path = try temporaryDirectory().appendingPathComponent("out.jsonl")
        try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
        let sink = JSONLinesFileSink(name: "file", configuration: .init(path: path.path))
        let error = try await #require(throws: SinkError.self) {
            try await sink.deliver(complaint("x"), attempt: DeliveryAttempt(number: 1, idempotencyKey: "x"))
        }
        #expect(error.code == .permanent)
    }
}
