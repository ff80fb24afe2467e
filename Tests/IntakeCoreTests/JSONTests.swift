import Foundation
import IntakeCore
import IntakeTesting
import Testing

struct JSONValueParsingTests {
    @Test(arguments: [
        #"{"a":1,"b":[true,false,null],"c":{"d":"e"}}"#,
        #"  [1, -2, 3.5, -0.25, 1e3, 2E-2, 9223372036854775807, 9223372036854775808]  "#,
        #""\u4e2d\u6587 \ud83d\ude00 \"q\" \\ \/ \b\f\n\r\t""#,
        #"{"中文键":"投诉内容","emoji":"😀","mixed":"abc\u0041"}"#,
        "\u{FEFF}{\"bom\":true}",
        #"{"dup":1,"dup":2}"#,
        "0",
        "[]",
        "{}",
    ])
    func agreesWithJSONSerialization(text: String) throws {
        let data = Data(text.utf8)
        let ours = try JSONValue.parse(data)
        let theirs = try JSONSerialization.jsonObject(
            with: Data(text.replacingOccurrences(of: "\u{FEFF}", with: "").utf8),
            options: .fragmentsAllowed
        )
        #expect(Self.same(ours, theirs), "\(ours) vs \(theirs)")
    }

    static func same(_ value: JSONValue, _ other: Any) -> Bool {
        switch value {
        case .null: return other is NSNull
        case .bool(let flag): return (other as? Bool) == flag
        case .int(let number): return (other as? NSNumber)?.int64Value == number
        case .double(let number): return abs(((other as? NSNumber)?.doubleValue ?? .nan) - number) <= abs(number) * 1e-12
        case .string(let text): return (other as? String) == text
        case .array(let items):
            guard let others = other as? [Any], others.count == items.count else { return false }
            return zip(items, others).allSatisfy { same($0, $1) }
        case .object(let members):
            guard let others = other as? [String: Any], others.count == members.count else { return false }
            return members.allSatisfy { key, value in others[key].map { same(value, $0) } ?? false }
        }
    }

    @Test func keepsIntegersAndStrings() throws {
        #expect(try JSONValue.parse(Data(#"[125,125.5]"#.utf8)) == .array([.int(125), .double(125.5)]))
        #expect(try JSONValue.parse(Data(#""\ud83d\ude00""#.utf8)) == .string("😀"))
    }

    @Test(arguments: [
        ("", "unexpected end"), ("{", "unexpected end"), (#"{"a":1,}"#, "member name"), ("[1,]", "unexpected character ']'"),
        ("[1 2]", "expected ','"), (#"{"a" 1}"#, "expected ':'"), ("01", "must not start with 0"), ("1.", "digits after"),
        ("-", "needs digits"), ("1e", "exponent"), ("tru", "unexpected end"), ("nul1", "expected null"),
        (#""\ud83d""#, "surrogate"), (#""\x""#, "unknown escape"), ("\"a\u{01}b\"", "control character"), (#""abc"#, "not closed"),
        ("{} {}", "after the JSON value"), ("1e400", "out of range"), ("// comment", "unexpected character '/'"),
    ])
    func refusesWhatIsNotJSON(text: String, reason: String) {
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(Data(text.utf8)) }
        do {
            _ = try JSONValue.parse(Data(text.utf8))
        } catch {
            #expect(error.reason.contains(reason), "\(error)")
        }
    }

    @Test func refusesInvalidUTF8AndDeepNesting() throws {
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(Data([0x22, 0xC3, 0x28, 0x22])) }
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(Data([0x22, 0xED, 0xA0, 0x80, 0x22])) }
        // Three bytes of a four-byte sequence: replaced by U+FFFD they would keep their length.
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(Data([0x22, 0xF0, 0x9F, 0x98, 0x22])) }
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(Data([0x22, 0xFF, 0x22])) }
        // After an escape (the copied path).
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(Data([0x22, 0x5C, 0x6E, 0xEF, 0xBF, 0x22])) }
        // U+FFFD itself is a character like any other.
        #expect(try JSONValue.parse(Data([0x22, 0xEF, 0xBF, 0xBD, 0x5C, 0x6E, 0xEF, 0xBF, 0xBD, 0x22])) == .string("\u{FFFD}\n\u{FFFD}"))
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(Data(deep.utf8)) }
        let fine = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(throws: Never.self) { try JSONValue.parse(Data(fine.utf8)) }
    }
}

struct ComplaintJSONTests {
    static func complaints() -> [Complaint] {
        var full = Fixtures.complaint(body: "第一行\n第二行\t\"引号\" \\ 反斜杠 😀 \u{2028} </script>")
        full.externalID = "msg-1"
        full.occurredAt = RFC3339.truncatedToMilliseconds(Date(timeIntervalSince1970: 1_796_117_400.123))
        full.complainant = Complainant(
            name: "张三",
            phone: "+8613800138000",
            email: "a@b.co",
            handle: "@x",
            platform: "weibo",
            customerID: "C1",
            contactKey: "phone:+8613800138000"
        )
        full.subject = "主题"
        full.respondent = Respondent(kind: "driver", id: "D1", name: "李四")
        full.location = "上海"
        full.demand = "退款"
        full.references = ["order": "SO-1", "plate": "沪A12345"]
        full.attachments = [
            Attachment(filename: "a.jpg", contentType: "image/jpeg", size: 10, sha256: String(repeating: "a", count: 64), reference: "s3://x")
        ]
        full.category = .logistics
        full.severity = 1
        full.urgent = true
        full.urgencyReasons = ["media_exposure", "legal_action"]
        full.sla = ServiceLevel(respondBy: full.receivedAt.addingTimeInterval(7200), resolveBy: nil)
        full.related = Related(threadID: "T1", earlierIDs: ["01A", "01B"], matchedOn: ["phone", "email"])
        full.triage = TriageRecord(rules: ["category.logistics", "urgent.media"], explanation: ["urgent, media: found \"曝光\""])
        full.tags = ["vip", "hotline"]
        full.extra = [
            "call": .object(["duration": .int(125), "recording": .string("https://rec.example/1?a=b&c=d"), "tags": .array([.string("x"), .null])]),
            "ratio": .double(0.25),
            "negative": .double(-1.5e-7),
            "flag": .bool(false),
            "control": .string("\u{01}\u{1F}"),
        ]
        return [full, Fixtures.complaint()]
    }

    @Test(arguments: complaints())
    func theWriterReadsBackAsTheSameComplaint(complaint: Complaint) throws {
        let decoded = try JSONDecoder.makeComplaintDecoder().decode(Complaint.self, from: complaint.jsonData())
        #expect(decoded == complaint)
    }

    @Test(arguments: complaints())
    func theWriterWritesWhatTheEncoderWrites(complaint: Complaint) throws {
        let ours = try JSONSerialization.jsonObject(with: complaint.jsonData()) as? NSDictionary
        let encoder = try JSONSerialization.jsonObject(with: JSONEncoder.makeComplaintEncoder().encode(complaint)) as? NSDictionary
        #expect(ours != nil && ours == encoder)
        // Members are sorted, as the encoder sorts them.
        let text = String(decoding: complaint.jsonData(), as: UTF8.self)
        #expect(text.hasPrefix(#"{"attachments":["#) && text.hasSuffix(#""urgent":\#(complaint.urgent)}"#))
    }
}

struct JSONWriterNumberTests {
    @Test func wholeDoublesAreWrittenAsTheEncoderWritesThem() throws {
        var complaint = Fixtures.complaint()
        complaint.extra = ["n": .double(3), "big": .double(1e20), "small": .double(0.1), "键": .string("值")]
        let ours = String(decoding: complaint.jsonData(), as: UTF8.self)
        let encoder = String(decoding: try JSONEncoder.makeComplaintEncoder().encode(complaint), as: UTF8.self)
        for fragment in [#""n":3"#, #""small":0.1"#, #""键":"值""#] {
            #expect(ours.contains(fragment), "\(ours)")
            #expect(encoder.contains(fragment), "\(encoder)")
        }
        #expect(try JSONValue.parse(complaint.jsonData())["extra"]?["big"] == .double(1e20))
    }
}

struct JSONParserRobustnessTests {
    /// Hostile bodies: random bytes, and valid documents cut or damaged at random places. The parser must answer
    /// each with a value or a ParseError, never crash, and agree with JSONSerialization on what is JSON.
    @Test func randomAndDamagedInputNeverCrashesAndAgreesWithFoundation() throws {
        var generator = SeededGenerator(seed: 2026)
        let seed = Array(#"{"body":"投诉 \"x\" \u4e2d \ud83d\ude00","n":[1,-2.5e3,true,null,{"k":"v"}],"e":{}}"#.utf8)
        var disagreements: [String] = []
        for round in 0..<3000 {
            var bytes: [UInt8]
            switch round % 3 {
            case 0:
                bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                    let alphabet = Array(#"{}[],:"\-+.eE0123456789truefalsn "#.utf8) + [0x00, 0xC3, 0xFF, 0xE4]
                    return alphabet.randomElement(using: &generator)!
                }
            case 1:
                bytes = Array(seed.prefix(Int.random(in: 0...seed.count, using: &generator)))
            default:
                bytes = seed
                for _ in 0..<Int.random(in: 1...3, using: &generator) {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                }
            }
            let data = Data(bytes)
            let ours = try? JSONValue.parse(data)
            let theirs = try? JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)
            // Foundation accepts a few things RFC 8259 does not (and we refuse on purpose): compare only where both
            // speak of strict JSON, that is, when we accept.
            if ours != nil, theirs == nil { disagreements.append("accepted what Foundation refuses: \(String(decoding: bytes, as: UTF8.self))") }
            if let ours, let theirs, !JSONValueParsingTests.same(ours, theirs) { disagreements.append("differs: \(bytes)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
        // The seed itself is JSON, so the comparison above was not vacuous.
        #expect(try JSONValue.parse(Data(seed))["e"] == .object([:]))
    }
}

/// The fast reader of stored documents reads what `Decodable` reads, field for field.
struct ComplaintDocumentTests {
    @Test func theFastReaderAgreesWithTheDecoder() throws {
        var full = Fixtures.complaint(body: "第一行\n第二行 \"引号\" 😀 \\ / \u{1F}")
        full.externalID = "call-1"
        full.occurredAt = Date(timeIntervalSince1970: 1_796_000_000.123)
        full.complainant = Complainant(
            name: "张三",
            phone: "+8613800138000",
            email: "a@b.cn",
            handle: "@x",
            platform: "weibo",
            customerID: "C1",
            contactKey: "phone:+8613800138000"
        )
        full.subject = "包裹破损"
        full.respondent = Respondent(kind: "driver", id: "D-1", name: "李四")
        full.location = "上海"
        full.demand = "赔偿"
        full.references = ["order": "SO-1", "plate": "沪A1"]
        full.attachments = [
            Attachment(filename: "a.jpg", contentType: "image/jpeg", size: 12, sha256: String(repeating: "a", count: 64), reference: "s3://x")
        ]
        full.category = .logistics
        full.severity = 2
        full.urgent = true
        full.urgencyReasons = ["media"]
        full.sla = ServiceLevel(respondBy: Date(timeIntervalSince1970: 1_796_003_600), resolveBy: nil)
        full.related = Related(threadID: "t", earlierIDs: ["e1", "e2"], matchedOn: ["phone"])
        full.triage = TriageRecord(rules: ["category.logistics"], explanation: ["Logistics, by the words 包裹."])
        full.tags = ["vip", "hotline"]
        full.extra = ["call": .object(["duration_s": .int(653), "queue": .string("投诉"), "score": .double(0.5), "flag": .bool(false), "none": .null])]
        full.raw = RawReference(size: 100, contentType: "application/json", sha256: String(repeating: "b", count: 64))
        for complaint in [full, Fixtures.complaint()] {
            let data = complaint.jsonData()
            let decoded = try JSONDecoder.makeComplaintDecoder().decode(Complaint.self, from: data)
            #expect(try Complaint(document: data) == decoded)
            #expect(decoded == complaint)
        }
        #expect(throws: Complaint.DocumentError.self) { try Complaint(document: Data(#"{"id":"x"}"#.utf8)) }
    }

    /// Documents written another way than ``Complaint/jsonBytes()`` (blanks, nulls, members in another order,
    /// members this build does not know) read the same as through the decoder.
    @Test func otherSpellingsOfADocumentReadAsTheDecoderReadsThem() throws {
        let texts = [
            #"""
            {"urgent" : true , "unknown": {"a": [1, {"b": null}]}, "id": "c-1", "schema_version": 1, "channel": "sms",
             "source": "s", "received_at": "2026-12-01T08:00:00.000Z", "body": "正文 \u4e2d\n", "subject": null,
             "complainant": {"phone": "+8613800138000", "name": null, "zzz": 1}, "tags": ["a"], "urgency_reasons": [],
             "extra": {"k": [1.5, "v", false]}, "references": {"order": "SO-1"}, "attachments": [],
             "related": {"earlier_ids": ["x"], "matched_on": [], "thread_id": null}, "severity": 3, "category": "logistics",
             "sla": {"respond_by": "2026-12-01T09:00:00Z"}, "triage": {"rules": ["r"], "explanation": []},
             "raw": {"size": 5, "content_type": "text/plain", "sha256": "ab"}, "respondent": {"kind": "shop"}}
            """#,
            #"{"id":"c-2","schema_version":1,"channel":"email","source":"s","received_at":"2026-12-01T08:00:00Z","body":"","complainant":{},"tags":[],"urgency_reasons":[],"extra":{},"references":{},"attachments":[],"urgent":false}"#,
        ]
        for text in texts {
            let data = Data(text.utf8)
            let decoded = try JSONDecoder.makeComplaintDecoder().decode(Complaint.self, from: data)
            #expect(try Complaint(document: data) == decoded, "\(text)")
        }
        // What the decoder refuses, the fast reader refuses too (the caller then falls back and reports).
        for text in [
            #"{"id":"c","schema_version":2,"channel":"sms","source":"s","received_at":"2026-12-01T08:00:00Z","body":"b","complainant":{}}"#,
            #"{"id":"c","schema_version":1,"channel":"fax","source":"s","received_at":"2026-12-01T08:00:00Z","body":"b","complainant":{}}"#,
            #"{"id":"c","schema_version":1,"channel":"sms","source":"s","received_at":"yesterday","body":"b","complainant":{}}"#,
            #"{"id":"c","schema_version":1,"channel":"sms","source":"s","received_at":"2026-12-01T08:00:00Z","body":7,"complainant":{}}"#,
            #"{"id":"c","schema_version":1,"channel":"sms","source":"s","received_at":"2026-12-01T08:00:00Z","body":"b","tags":[1]}"#,
            #"{"id":"c","schema_version":1,"channel":"sms","source":"s","received_at":"2026-12-01T08:00:00Z","body":"b"} x"#,
            #"{"id":"c","schema_version":1,"channel":"sms","source":"s","received_at":"2026-12-01T08:00:00Z","body":"b",}"#,
        ] {
            #expect(throws: (any Error).self, "\(text)") { try Complaint(document: Data(text.utf8)) }
        }
    }

    /// Stored documents damaged at random places: the fast reader never crashes, and whatever it reads, the decoder
    /// reads the same way.
    @Test func damagedDocumentsAreRefusedOrReadAsTheDecoderReadsThem() throws {
        var generator = SeededGenerator(seed: 7)
        var complaint = Fixtures.complaint(body: "快递三天未送达 \"引号\" 😀")
        complaint.tags = ["vip"]
        complaint.severity = 2
        complaint.references = ["order": "SO-1"]
        complaint.extra = ["call": .object(["duration_s": .int(653)])]
        let seed = complaint.jsonBytes()
        var read = 0
        var disagreements: [String] = []
        for _ in 0..<2000 {
            var bytes = seed
            for _ in 0..<Int.random(in: 1...2, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                if Bool.random(using: &generator) {
                    bytes[position] = Array(#"{}[],:"\0123456789 aeln"#.utf8).randomElement(using: &generator)!
                } else {
                    bytes.remove(at: position)
                }
            }
            let data = Data(bytes)
            guard let fast = try? Complaint(document: data) else { continue }
            read += 1
            guard let decoded = try? JSONDecoder.makeComplaintDecoder().decode(Complaint.self, from: data) else { continue }
            if fast != decoded { disagreements.append(String(decoding: bytes, as: UTF8.self)) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(3))")
        // Some damage leaves a readable document (a changed digit, a removed blank-free byte inside the body).
        #expect(read > 0)
    }
}
