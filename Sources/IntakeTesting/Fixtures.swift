public import Foundation
public import IntakeCore

/// Ready-made complaints and entries for tests.
public enum Fixtures {
    /// A complete, valid draft in Chinese.
    public static func draft(body: String = "快递员态度恶劣，包裹外箱破损，要求赔偿。", externalID: String? = nil) -> ComplaintDraft {
        ComplaintDraft(
            channel: .hotline,
            externalID: externalID,
            occurredAt: Date(timeIntervalSince1970: 1_764_000_000),
            complainant: Complainant(name: "张三", phone: "138 0013 8000", email: "Zhang.San@Example.COM"),
            subject: "包裹破损",
            body: body,
            respondent: Respondent(kind: "driver", id: "D-17", name: "李四"),
            location: "上海市浦东新区",
            demand: "赔偿",
            references: ["order": "SO-2026-0001"],
            tags: ["vip"]
        )
    }

    /// The source tests submit through.
    public static let source = IntakeSource(name: "test", defaultChannel: .webhook)

    /// A validated complaint with a fresh id.
    public static func complaint(
        id: String = ComplaintID.make(),
        source: String = "test",
        channel: Channel = .webhook,
        body: String = "投诉内容 complaint body",
        receivedAt: Date = Date()
    ) -> Complaint {
        Complaint(
            id: id,
            channel: channel,
            source: source,
            receivedAt: RFC3339.truncatedToMilliseconds(receivedAt),
            complainant: Complainant(name: "王五", phone: "+8613900139000", contactKey: "phone:+8613900139000"),
            body: body,
            raw: RawReference(size: 2, contentType: "application/json", sha256: Digest.sha256Hex(Data("{}".utf8)))
        )
    }

    /// A journal entry for `complaint`, delivered to `sinks`.
    public static func entry(
        _ complaint: Complaint = complaint(),
        key: String? = nil,
        sinks: [String] = ["a"],
        raw: Data = Data("{}".utf8)
    ) -> JournalEntry {
        var complaint = complaint
        let payload = RawPayload(data: raw, contentType: "application/json")
        complaint.raw = payload.reference
        return JournalEntry(complaint: complaint, idempotencyKey: key ?? "test:key:\(complaint.id)", raw: payload, sinks: sinks)
    }
}

/// A random source with a fixed seed, for repeatable jitter in tests.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator.
    public init(seed: UInt64) {
        state = seed
    }

    /// SplitMix64.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
