public import Foundation

/// Keeps the parts of messages that arrive in pieces (concatenated SMS) in the journal until the message is
/// whole, so that an acknowledged part survives a restart, and says when a message is complete or has waited
/// long enough to be made a complaint incomplete.
///
/// Each open message is one journal cursor (`fragments:<source>:<group>`) holding its parts; an index cursor per
/// source lists the open ones. Parts are written before the sender is answered. A part sent again replaces
/// itself. A message is finished (its buffer removed) only after its complaint is committed; since the complaint's
/// external id is the group, a part retried after that starts a buffer that can only end as a repeat.
public actor FragmentAssembler {
    /// A message's parts so far.
    struct Buffer: Codable {
        var total: Int
        var firstSeen: Double
        var parts: [String: Part]
    }

    struct Part: Codable {
        var id: String
        var draft: ComplaintDraft
    }

    /// What adding a part made of the message.
    public enum Addition: Sendable {
        /// More parts are awaited.
        case waiting(received: Int, total: Int)
        /// Every part is here: the joined message.
        case complete(ComplaintDraft)
    }

    let journal: any ComplaintJournal
    private var indexes: [String: [String]] = [:]
    /// Sources whose buffers are being changed, and who waits for them: a buffer is read, changed and written
    /// back by one caller at a time (the actor alone would let two interleave at their awaits).
    private var busy: Set<String> = []
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    /// Creates an assembler over `journal`.
    public init(journal: any ComplaintJournal) {
        self.journal = journal
    }

    static func cursorName(source: String, group: String) -> String { "fragments:\(source):\(group)" }
    static func indexName(source: String) -> String { "fragments-index:\(source)" }

    private func index(_ source: String) async throws -> [String] {
        if let known = indexes[source] { return known }
        let stored =
            try await journal.cursor(Self.indexName(source: source)).flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
        indexes[source] = stored
        return stored
    }

    private func setIndex(_ groups: [String], source: String) async throws {
        indexes[source] = groups
        let text = String(decoding: try JSONEncoder().encode(groups), as: UTF8.self)
        try await journal.setCursor(Self.indexName(source: source), to: text)
    }

    private func buffer(source: String, group: String) async throws -> Buffer? {
        guard let text = try await journal.cursor(Self.cursorName(source: source, group: group)), !text.isEmpty else { return nil }
        return try? JSONDecoder().decode(Buffer.self, from: Data(text.utf8))
    }

    /// Keeps a part (durably, before returning).
    /// - Parameters:
    ///   - part: its number, from 1.
    ///   - total: how many parts the message has.
    ///   - id: the part's own id at the provider.
    ///   - draft: the message's draft with this part's text as body.
    public func add(source: String, group: String, part: Int, total: Int, id: String, draft: ComplaintDraft, now: Date) async throws -> Addition {
        try await exclusively(source) {
            try await self.addLocked(source: source, group: group, part: part, total: total, id: id, draft: draft, now: now)
        }
    }

    /// Runs `body` as the only changer of `source`'s buffers: in this process, and, on a journal shared by replicas,
    /// in all of them (a lease in the journal, which lapses if its holder dies). The index is read again under it.
    private func exclusively<T: Sendable>(_ source: String, _ body: () async throws -> T) async throws -> T {
        while busy.contains(source) {
            await withCheckedContinuation { waiting[source, default: []].append($0) }
        }
        busy.insert(source)
        defer {
            busy.remove(source)
            if var queue = waiting[source], !queue.isEmpty {
                queue.removeFirst().resume()
                waiting[source] = queue.isEmpty ? nil : queue
            }
        }
        guard let leases = journal as? any JournalLeases else { return try await body() }
        let name = "fragments-lock:\(source)"
        let deadline = ContinuousClock.now + .seconds(15)
        while try await !leases.acquireLease(name, for: .seconds(15)) {
            guard ContinuousClock.now < deadline else {
                throw JournalError(.overloaded, reason: "the parts of \(source)'s messages are held by another replica")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        indexes[source] = nil
        do {
            let value = try await body()
            try? await leases.releaseLease(name)
            return value
        } catch {
            try? await leases.releaseLease(name)
            throw error
        }
    }

    private func addLocked(
        source: String,
        group: String,
        part: Int,
        total: Int,
        id: String,
        draft: ComplaintDraft,
        now: Date
    ) async throws
        -> Addition
    {
        var buffer = try await buffer(source: source, group: group) ?? Buffer(total: total, firstSeen: now.timeIntervalSince1970, parts: [:])
        buffer.total = max(buffer.total, total)
        buffer.parts[String(part)] = Part(id: id, draft: draft)
        let text = String(decoding: try JSONEncoder().encode(buffer), as: UTF8.self)
        try await journal.setCursor(Self.cursorName(source: source, group: group), to: text)
        var groups = try await index(source)
        if !groups.contains(group) {
            groups.append(group)
            try await setIndex(groups, source: source)
        }
        if (1...buffer.total).allSatisfy({ buffer.parts[String($0)] != nil }) { return .complete(Self.join(buffer, group: group)) }
        return .waiting(received: buffer.parts.count, total: buffer.total)
    }

    /// The messages that have waited longer than `wait` for their parts, joined from the parts that came and marked
    /// incomplete.
    public func expired(source: String, wait: Duration, now: Date) async throws -> [(group: String, draft: ComplaintDraft)] {
        var found: [(String, ComplaintDraft)] = []
        for group in try await index(source) {
            guard let buffer = try await buffer(source: source, group: group) else { continue }
            if now.timeIntervalSince1970 - buffer.firstSeen >= wait.seconds { found.append((group, Self.join(buffer, group: group))) }
        }
        return found
    }

    /// Forgets a message whose complaint is committed.
    public func finish(source: String, group: String) async throws {
        try await exclusively(source) {
            try await self.journal.setCursor(Self.cursorName(source: source, group: group), to: "")
            try await self.setIndex(try await self.index(source).filter { $0 != group }, source: source)
        }
    }

    /// The message so far: the first part's draft, the texts in part order (a gap marked `[…]`), the part ids
    /// under `extra.fragments`, and `incomplete` among the tags when parts are missing.
    static func join(_ buffer: Buffer, group: String) -> ComplaintDraft {
        let numbers = (1...max(buffer.total, 1))
        let present = numbers.compactMap { buffer.parts[String($0)] }
        var draft = present.first?.draft ?? ComplaintDraft()
        var text = ""
        var missing: [Int] = []
        for number in numbers {
            if let part = buffer.parts[String(number)] {
                text += part.draft.body ?? ""
            } else {
                missing.append(number)
                text += "[…]"
            }
        }
        draft.body = text
        draft.externalID = group
        var fragments: [String: JSONValue] = [
            "total": .int(Int64(buffer.total)),
            "part_ids": .array(numbers.map { buffer.parts[String($0)].map { .string($0.id) } ?? .null }),
        ]
        if !missing.isEmpty {
            fragments["missing_parts"] = .array(missing.map { .int(Int64($0)) })
            draft.tags.append("incomplete")
        }
        draft.extra["fragments"] = .object(fragments)
        return draft
    }
}
