import Foundation
public import IntakeCore

/// The behaviour every ``ComplaintJournal`` must show, run against each implementation by its own test target:
/// `@Test(arguments: JournalConformance.checks) func conformance(_ check: JournalConformance.Check)`.
///
/// A check throws ``Failure`` with what was expected and what was found.
public enum JournalConformance {
    /// One named behaviour.
    public struct Check: Sendable, CustomStringConvertible {
        /// What it checks.
        public let name: String
        /// Runs the check against a fresh, empty journal.
        public let run: @Sendable (any ComplaintJournal) async throws -> Void

        public var description: String { name }
    }

    /// A behaviour that did not hold.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public let description: String
        let file: String
        let line: Int
    }

    static func expect(_ condition: Bool, _ message: @autoclosure () -> String, file: String = #fileID, line: Int = #line) throws {
        if !condition { throw Failure(description: "\(file):\(line): \(message())", file: file, line: line) }
    }

    /// Every check.
    public static let checks: [Check] = [
        Check(name: "append stores complaint, raw payload and one pending delivery per sink") { journal in
            let raw = Data(#"{"body":"原文"}"#.utf8)
            let entry = Fixtures.entry(sinks: ["a", "b"], raw: raw)
            let outcomes = try await journal.append([entry])
            try expect(outcomes == [.created(id: entry.complaint.id)], "outcome \(outcomes)")
            let stored = try await journal.complaint(id: entry.complaint.id)
            try expect(stored?.complaint == entry.complaint, "stored complaint differs: \(String(describing: stored?.complaint))")
            try expect(stored?.raw.data == raw, "raw payload differs")
            try expect(stored?.idempotencyKey == entry.idempotencyKey, "idempotency key differs")
            let deliveries = try await journal.deliveries(complaintID: entry.complaint.id)
            try expect(deliveries.map(\.key.sink).sorted() == ["a", "b"], "deliveries \(deliveries.map(\.key))")
            try expect(deliveries.allSatisfy { $0.status == .pending && $0.attempts == 0 }, "not pending: \(deliveries)")
        },
        Check(name: "a repeated idempotency key stores nothing and returns the original id") { journal in
            let first = Fixtures.entry(key: "k1")
            let second = Fixtures.entry(key: "k1")
            _ = try await journal.append([first])
            let outcomes = try await journal.append([second])
            try expect(outcomes == [.duplicate(originalID: first.complaint.id)], "outcome \(outcomes)")
            try expect(try await journal.complaint(id: second.complaint.id) == nil, "the repeat was stored")
            try expect(try await journal.countDeliveries(matching: DeliveryFilter()) == 1, "the repeat created deliveries")
            try expect(try await journal.complaintID(forIdempotencyKey: "k1") == first.complaint.id, "key lookup")
        },
        Check(name: "a caller's key used again for another payload is refused, and nothing of that append is stored") { journal in
            let first = Fixtures.entry(key: "req-1", raw: Data("one".utf8))
            _ = try await journal.append([first])
            var same = Fixtures.entry(key: "req-1", raw: Data("one".utf8))
            same.requiresSamePayload = true
            try expect(try await journal.append([same]) == [.duplicate(originalID: first.complaint.id)], "same payload is a repeat")
            var other = Fixtures.entry(key: "req-1", raw: Data("two".utf8))
            other.requiresSamePayload = true
            let fresh = Fixtures.entry(key: "req-2", raw: Data("two".utf8))
            do {
                _ = try await journal.append([fresh, other])
                try expect(false, "a reused key was accepted")
            } catch let error as JournalError {
                try expect(error.code == .keyReused && error.originalID == first.complaint.id, "error \(error)")
            }
            try expect(try await journal.complaint(id: fresh.complaint.id) == nil, "part of a refused append was stored")
        },
        Check(name: "a key repeated inside one append is a duplicate of the first") { journal in
            let first = Fixtures.entry(key: "same")
            let second = Fixtures.entry(key: "same")
            let outcomes = try await journal.append([first, second])
            try expect(outcomes == [.created(id: first.complaint.id), .duplicate(originalID: first.complaint.id)], "outcome \(outcomes)")
        },
        Check(name: "concurrent appends all commit, each once") { journal in
            let entries = (0..<200).map { Fixtures.entry(key: "c\($0)") }
            let ids = try await withThrowingTaskGroup(of: String.self) { group in
                for entry in entries { group.addTask { try await journal.append([entry])[0].id } }
                var ids: [String] = []
                for try await id in group { ids.append(id) }
                return ids
            }
            try expect(Set(ids) == Set(entries.map(\.complaint.id)), "ids differ")
            try expect(try await journal.countDeliveries(matching: DeliveryFilter()) == 200, "delivery count")
        },
        Check(name: "claims return due deliveries once until recorded or the lease ends") { journal in
            let entries = (0..<5).map { _ in Fixtures.entry(sinks: ["a"]) }
            _ = try await journal.append(entries)
            let now = Date()
            let claims = try await journal.claimDue(sink: "a", now: now, limit: 3, lease: .seconds(60))
            try expect(claims.count == 3, "claimed \(claims.count)")
            try expect(claims.map(\.complaint.id) == entries.prefix(3).map(\.complaint.id), "oldest first")
            let rest = try await journal.claimDue(sink: "a", now: now, limit: 10, lease: .seconds(60))
            try expect(rest.count == 2, "second claim got \(rest.count)")
            let none = try await journal.claimDue(sink: "a", now: now, limit: 10, lease: .seconds(60))
            try expect(none.isEmpty, "claimed deliveries handed out twice")
            let afterLease = try await journal.claimDue(sink: "a", now: now.addingTimeInterval(61), limit: 10, lease: .seconds(60))
            try expect(afterLease.count == 5, "expired claims not due again: \(afterLease.count)")
            try expect(try await journal.claimDue(sink: "other", now: now, limit: 10, lease: .seconds(60)).isEmpty, "other sink")
        },
        Check(name: "released claims are due again at once, the others stay claimed") { journal in
            let entries = (0..<4).map { _ in Fixtures.entry(sinks: ["a"]) }
            _ = try await journal.append(entries)
            let now = Date()
            let claims = try await journal.claimDue(sink: "a", now: now, limit: 4, lease: .seconds(60))
            try expect(claims.count == 4, "claimed \(claims.count)")
            try await journal.releaseClaims(claims.prefix(2).map(\.record.key))
            let again = try await journal.claimDue(sink: "a", now: now, limit: 10, lease: .seconds(60))
            try expect(again.map(\.complaint.id) == entries.prefix(2).map(\.complaint.id), "released: \(again.map(\.complaint.id))")
            try await journal.releaseClaims([])
        },
        Check(name: "recorded results move deliveries through retrying, dead and delivered, with attempts") { journal in
            let entry = Fixtures.entry(sinks: ["a"])
            let id = entry.complaint.id
            _ = try await journal.append([entry])
            let now = Date()
            let key = DeliveryKey(complaintID: id, sink: "a")
            _ = try await journal.claimDue(sink: "a", now: now, limit: 1, lease: .seconds(60))
            let later = now.addingTimeInterval(30)
            try await journal.record([
                DeliveryResult(key: key, transition: .retry(at: later), attempt: 1, startedAt: now, finishedAt: now, error: "transient: down")
            ])
            var record = try await journal.deliveries(complaintID: id)[0]
            try expect(record.status == .retrying && record.attempts == 1 && record.lastError == "transient: down", "after retry: \(record)")
            try expect(abs((record.nextAttemptAt ?? .distantPast).timeIntervalSince(later)) < 0.01, "next attempt")
            try expect(try await journal.claimDue(sink: "a", now: now.addingTimeInterval(10), limit: 1, lease: .seconds(60)).isEmpty, "due too early")
            let due = try await journal.nextDueDate(sink: "a")
            try expect(due.map { abs($0.timeIntervalSince(later)) < 0.01 } ?? false, "next due \(String(describing: due))")
            let claims = try await journal.claimDue(sink: "a", now: later, limit: 1, lease: .seconds(60))
            try expect(claims.first?.record.attempts == 1, "attempts carried into the claim")
            try await journal.record([
                DeliveryResult(key: key, transition: .dead, attempt: 2, startedAt: later, finishedAt: later, error: "permanent: 410")
            ])
            record = try await journal.deliveries(complaintID: id)[0]
            try expect(record.status == .dead && record.totalAttempts == 2, "after dead: \(record)")
            try expect(try await journal.nextDueDate(sink: "a") == nil, "dead is not due")
            let attempts = try await journal.attempts(complaintID: id)
            try expect(attempts.map(\.outcome) == ["retry", "dead"], "attempts \(attempts.map(\.outcome))")
        },
        Check(name: "requeue makes dead deliveries due again with attempts reset, and counts the replay") { journal in
            let entry = Fixtures.entry(sinks: ["a"])
            let key = DeliveryKey(complaintID: entry.complaint.id, sink: "a")
            _ = try await journal.append([entry])
            let now = Date()
            _ = try await journal.claimDue(sink: "a", now: now, limit: 1, lease: .seconds(60))
            try await journal.record([DeliveryResult(key: key, transition: .dead, attempt: 1, startedAt: now, finishedAt: now, error: "x")])
            let replayAt = now.addingTimeInterval(5)
            let count = try await journal.requeue([key, DeliveryKey(complaintID: "unknown", sink: "a")], at: replayAt)
            try expect(count == 1, "requeued \(count)")
            let record = try await journal.deliveries(complaintID: entry.complaint.id)[0]
            try expect(record.status == .pending && record.attempts == 0 && record.replays == 1 && record.totalAttempts == 1, "\(record)")
            try expect(abs(record.activeSince.timeIntervalSince(replayAt)) < 0.01, "active since")
            let claims = try await journal.claimDue(sink: "a", now: replayAt, limit: 1, lease: .seconds(60))
            try expect(claims.count == 1, "not due after requeue")
        },
        Check(name: "requeue spaces deliveries by the interval, so replays run at a bounded rate") { journal in
            let entries = (0..<3).map { _ in Fixtures.entry(sinks: ["a"]) }
            _ = try await journal.append(entries)
            let keys = entries.map { DeliveryKey(complaintID: $0.complaint.id, sink: "a") }
            let start = Date().addingTimeInterval(1)
            try expect(try await journal.requeue(keys + [keys[0]], startingAt: start, interval: .seconds(10)) == 3, "count")
            for (index, key) in keys.enumerated() {
                let record = try await journal.deliveries(complaintID: key.complaintID)[0]
                let expected = start.addingTimeInterval(10 * Double(index))
                try expect(abs((record.nextAttemptAt ?? .distantPast).timeIntervalSince(expected)) < 0.01, "due \(index): \(record)")
                try expect(abs(record.activeSince.timeIntervalSince(expected)) < 0.01, "age counts from when it falls due: \(record)")
            }
            let first = try await journal.claimDue(sink: "a", now: start, limit: 10, lease: .seconds(60))
            try expect(first.map(\.complaint.id) == [keys[0].complaintID], "only the first is due at the start")
        },
        Check(name: "a result of an attempt started before a replay does not undo the replay") { journal in
            let entry = Fixtures.entry(sinks: ["a"])
            let key = DeliveryKey(complaintID: entry.complaint.id, sink: "a")
            _ = try await journal.append([entry])
            let now = Date()
            let claim = try await journal.claimDue(sink: "a", now: now, limit: 1, lease: .seconds(60))[0]
            _ = try await journal.requeue([key], at: now.addingTimeInterval(1))
            try await journal.record([
                DeliveryResult(
                    key: key,
                    transition: .dead,
                    attempt: 7,
                    startedAt: now,
                    finishedAt: now,
                    error: "late",
                    activeSince: claim.record.activeSince
                )
            ])
            let record = try await journal.deliveries(complaintID: entry.complaint.id)[0]
            try expect(record.status == .pending && record.attempts == 0, "the replay was undone: \(record)")
            let attempts = try await journal.attempts(complaintID: entry.complaint.id)
            try expect(attempts.map(\.outcome) == ["superseded"], "attempt log \(attempts.map(\.outcome))")
        },
        Check(name: "delivery keys are selected in order, up to the limit") { journal in
            let entries = (0..<4).map { _ in Fixtures.entry(sinks: ["a", "b"]) }
            _ = try await journal.append(entries)
            let keys = try await journal.deliveryKeys(matching: DeliveryFilter(sink: "b"), limit: 3)
            try expect(keys == entries.prefix(3).map { DeliveryKey(complaintID: $0.complaint.id, sink: "b") }, "keys \(keys)")
        },
        Check(name: "filters select by status, sink, source, channel, time and error text") { journal in
            let old = Date().addingTimeInterval(-7200)
            let a = Fixtures.entry(Fixtures.complaint(source: "callcenter", channel: .hotline, receivedAt: old), sinks: ["file", "hook"])
            let b = Fixtures.entry(Fixtures.complaint(source: "api", channel: .webhook), sinks: ["file"])
            _ = try await journal.append([a, b])
            let now = Date()
            _ = try await journal.claimDue(sink: "hook", now: now, limit: 10, lease: .seconds(60))
            try await journal.record([
                DeliveryResult(
                    key: DeliveryKey(complaintID: a.complaint.id, sink: "hook"),
                    transition: .dead,
                    attempt: 1,
                    startedAt: now,
                    finishedAt: now,
                    error: "permanent: HTTP 410 Gone"
                )
            ])
            func count(_ filter: DeliveryFilter) async throws -> Int { try await journal.countDeliveries(matching: filter) }
            try expect(try await count(DeliveryFilter()) == 3, "all")
            try expect(try await count(DeliveryFilter(statuses: [.dead])) == 1, "dead")
            try expect(try await count(DeliveryFilter(statuses: [.pending, .dead])) == 3, "pending or dead")
            try expect(try await count(DeliveryFilter(sink: "file")) == 2, "sink")
            try expect(try await count(DeliveryFilter(source: "api")) == 1, "source")
            try expect(try await count(DeliveryFilter(channel: .hotline)) == 2, "channel")
            try expect(try await count(DeliveryFilter(receivedAfter: now.addingTimeInterval(-3600))) == 1, "since")
            try expect(try await count(DeliveryFilter(receivedBefore: now.addingTimeInterval(-3600))) == 2, "until")
            try expect(try await count(DeliveryFilter(errorContains: "gone")) == 1, "error text, case-insensitive")
            try expect(try await count(DeliveryFilter(complaintIDs: [b.complaint.id])) == 1, "ids")
            let page = try await journal.deliveries(matching: DeliveryFilter(), limit: 2, offset: 1)
            try expect(page.count == 2, "paging")
        },
        Check(name: "a claim's stored document, when it carries one, is the complaint's document") { journal in
            let entries = (0..<3).map { _ in Fixtures.entry(sinks: ["a"]) }
            _ = try await journal.append(entries)
            let claims = try await journal.claimDue(sink: "a", now: Date(), limit: 10, lease: .seconds(60))
            try expect(claims.count == 3, "claims \(claims.count)")
            for claim in claims {
                try expect(claim.document.map { $0 == claim.complaint.jsonData() } ?? true, "document of \(claim.complaint.id)")
            }
        },
        Check(name: "ids by idempotency key, many at once") { journal in
            let entries = (0..<3).map { _ in Fixtures.entry(sinks: ["a"]) }
            _ = try await journal.append(entries)
            let keys = entries.map(\.idempotencyKey) + ["missing-key", entries[0].idempotencyKey]
            let ids = try await journal.complaintIDs(forIdempotencyKeys: keys)
            let expected = Dictionary(uniqueKeysWithValues: entries.map { ($0.idempotencyKey, $0.complaint.id) })
            try expect(ids == expected, "ids \(ids)")
            try expect(try await journal.complaintIDs(forIdempotencyKeys: []).isEmpty, "no keys")
        },
        Check(name: "statistics count per sink and status, with the oldest undelivered") { journal in
            let entries = (0..<3).map { _ in Fixtures.entry(sinks: ["a", "b"]) }
            let before = Date()
            _ = try await journal.append(Array(entries.prefix(1)))
            let between = Date()
            try await Task.sleep(for: .milliseconds(20))
            _ = try await journal.append(Array(entries.dropFirst()))
            let now = Date()
            let claims = try await journal.claimDue(sink: "a", now: now, limit: 10, lease: .seconds(60))
            try await journal.record(
                claims.map { DeliveryResult(key: $0.record.key, transition: .delivered, attempt: 1, startedAt: now, finishedAt: now, error: nil) }
            )
            let stats = try await journal.statistics()
            try expect(stats.map(\.sink) == ["a", "b"], "sinks \(stats.map(\.sink))")
            try expect(stats[0].delivered == 3 && stats[0].pending == 0 && stats[0].oldestUndeliveredAt == nil, "a: \(stats[0])")
            try expect(stats[1].pending == 3, "b: \(stats[1])")
            // The oldest is the first append's, not a later one's.
            let oldest = stats[1].oldestUndeliveredAt ?? .distantPast
            try expect(
                oldest >= before.addingTimeInterval(-0.001) && oldest <= between.addingTimeInterval(0.001),
                "oldest \(oldest), first \(before)…\(between)"
            )
        },
        Check(name: "audit log keeps operator actions, newest first") { journal in
            try await journal.appendAudit(AuditEntry(at: Date(), actor: "ops", action: "replay", filter: "{}", count: 3))
            try await journal.appendAudit(AuditEntry(at: Date(), actor: "cli:alice", action: "replay", filter: "{\"sink\":\"a\"}", count: 1))
            let log = try await journal.auditLog(limit: 10)
            try expect(log.map(\.actor) == ["cli:alice", "ops"], "order \(log.map(\.actor))")
            try expect(log[0].count == 1 && log[0].filter == "{\"sink\":\"a\"}", "fields")
        },
        Check(name: "a failed input is kept whole once per key, listed without its bytes, and its status changes") { journal in
            let bytes = Data("From: \u{00}broken\r\n\r\n投诉".utf8)
            let received = Date(timeIntervalSince1970: 1_790_000_000)
            let item = FailedIntake(
                id: "fi_1",
                key: "inbox:imap:7:42",
                source: "inbox",
                channel: .email,
                receivedAt: received,
                reason: "no sender and no text",
                detail: ["uid": "42"],
                raw: RawPayload(data: bytes, contentType: "message/rfc822")
            )
            try expect(try await journal.recordFailedIntake(item) == "fi_1", "first record")
            var again = item
            again.id = "fi_2"
            try expect(try await journal.recordFailedIntake(again) == "fi_1", "a repeated key must give the first id")
            let listed = try await journal.failedIntakes(source: "inbox", status: .open, limit: 10)
            try expect(listed.map(\.id) == ["fi_1"], "listed \(listed.map(\.id))")
            try expect(listed.first?.raw == nil && listed.first?.rawReference.size == bytes.count, "listing must carry the size, not the bytes")
            try expect(listed.first?.detail == ["uid": "42"] && listed.first?.reason == "no sender and no text", "detail and reason")
            try expect(try await journal.failedIntakes(source: "other", status: nil, limit: 10).isEmpty, "source filter")
            let stored = try await journal.failedIntake(id: "fi_1")
            try expect(stored?.raw?.data == bytes && stored?.rawReference.sha256 == Digest.sha256Hex(bytes), "stored bytes differ")
            let later = received.addingTimeInterval(60)
            try expect(try await journal.updateFailedIntakes(ids: ["fi_1"], status: .retry, complaintID: nil, reason: nil, at: later) == 1, "retry")
            try expect(try await journal.failedIntakes(source: nil, status: .retry, limit: 10).map(\.id) == ["fi_1"], "status filter")
            _ = try await journal.updateFailedIntakes(ids: ["fi_1"], status: .resolved, complaintID: "c_9", reason: nil, at: later)
            let resolved = try await journal.failedIntake(id: "fi_1")
            try expect(
                resolved?.status == .resolved && resolved?.complaintID == "c_9" && resolved?.updatedAt == later,
                "resolution \(String(describing: resolved))"
            )
            try expect(resolved?.reason == "no sender and no text", "a nil reason keeps the old one")
        },
        Check(name: "cursors are kept by name") { journal in
            try expect(try await journal.cursor("imap:inbox") == nil, "unset cursor")
            try await journal.setCursor("imap:inbox", to: "1:41")
            try await journal.setCursor("imap:inbox", to: "1:42")
            try expect(try await journal.cursor("imap:inbox") == "1:42", "cursor value")
        },
        Check(name: "a batch append is all or nothing per call and keeps order") { journal in
            let entries = (0..<10).map { _ in Fixtures.entry(sinks: ["a"]) }
            let outcomes = try await journal.append(entries)
            try expect(outcomes.map(\.id) == entries.map(\.complaint.id), "order")
            let claims = try await journal.claimDue(sink: "a", now: Date(), limit: 100, lease: .seconds(60))
            try expect(claims.map(\.complaint.id) == entries.map(\.complaint.id), "claim order")
        },
        Check(name: "complaints are found by any identifier of their complainant, newest first, within the time asked") { journal in
            let start = RFC3339.truncatedToMilliseconds(Date())
            func complaint(_ complainant: Complainant, at offset: Double, thread: String? = nil) -> Complaint {
                var complaint = Fixtures.complaint(receivedAt: start.addingTimeInterval(offset))
                complaint.complainant = complainant
                if let thread { complaint.related = Related(threadID: thread, earlierIDs: [thread], matchedOn: ["phone"]) }
                return complaint
            }
            let call = complaint(Complainant(phone: "+8613800138000"), at: 0)
            let mail = complaint(Complainant(phone: "+8613800138000", email: "li@example.cn"), at: 10, thread: call.id)
            let post = complaint(Complainant(handle: "@LiLei", platform: "weibo"), at: 20)
            let old = complaint(Complainant(email: "li@example.cn"), at: -90_000)
            for item in [old, call, mail, post] { _ = try await journal.append([Fixtures.entry(item)]) }

            let byMail = try await journal.contactLinks(identities: ["email:li@example.cn"], since: start.addingTimeInterval(-60), limit: 10)
            try expect(byMail.map(\.complaintID) == [mail.id], "by e-mail within a minute: \(byMail.map(\.complaintID))")
            try expect(byMail.first?.threadID == call.id, "the thread the complaint was stored in: \(String(describing: byMail.first?.threadID))")
            let all = try await journal.contactLinks(
                identities: ["phone:+8613800138000", "email:li@example.cn", "handle:weibo:lilei"],
                since: start.addingTimeInterval(-100_000),
                limit: 10
            )
            try expect(Set(all.map(\.complaintID)) == Set([old.id, call.id, mail.id, post.id]), "every identifier: \(all.map(\.complaintID))")
            try expect(all.first?.complaintID == post.id, "newest first: \(all.map(\.complaintID))")
            try expect(all.map(\.receivedAt) == all.map(\.receivedAt).sorted(by: >), "ordered by time")
            let limited = try await journal.contactLinks(identities: ["phone:+8613800138000"], since: start.addingTimeInterval(-60), limit: 1)
            try expect(limited.map(\.complaintID) == [mail.id], "limit keeps the newest: \(limited.map(\.complaintID))")
            try expect(try await journal.contactLinks(identities: ["phone:+8613900000000"], since: start, limit: 10).isEmpty, "a stranger")
            try expect(try await journal.threadMembers(threadID: call.id) == [call.id, mail.id], "the thread of the call")
            try expect(try await journal.threadMembers(threadID: post.id) == [post.id], "a thread of one")
            try expect(try await journal.threadMembers(threadID: "01UNKNOWNTHREAD").isEmpty, "no such thread")
        },
        Check(name: "a split moves the complaint to a thread of its own, is audited, and leaves the document as it was") { journal in
            let start = RFC3339.truncatedToMilliseconds(Date())
            var first = Fixtures.complaint(receivedAt: start)
            first.complainant = Complainant(phone: "+8613800138000")
            var second = Fixtures.complaint(receivedAt: start.addingTimeInterval(5))
            second.complainant = Complainant(phone: "+8613800138000")
            second.related = Related(threadID: first.id, earlierIDs: [first.id], matchedOn: ["phone"])
            _ = try await journal.append([Fixtures.entry(first)])
            _ = try await journal.append([Fixtures.entry(second)])

            let split = try await journal.splitThread(complaintID: second.id, actor: "ops", reason: "a shared family phone", at: start)
            try expect(split?.threadID == second.id && split?.previousThreadID == first.id, "split \(String(describing: split))")
            try expect(split?.previousEarlierIDs == [first.id], "previous links \(String(describing: split?.previousEarlierIDs))")
            try expect(try await journal.threadSplit(complaintID: second.id) == split, "the split is kept")
            try expect(try await journal.threadSplit(complaintID: first.id) == nil, "the other complaint is untouched")
            let links = try await journal.contactLinks(identities: ["phone:+8613800138000"], since: start.addingTimeInterval(-1), limit: 10)
            try expect(links.first { $0.complaintID == second.id }?.threadID == second.id, "its thread now: \(links)")
            try expect(links.first { $0.complaintID == first.id }?.threadID == first.id, "the first keeps its thread")
            try expect(try await journal.complaint(id: second.id)?.complaint.related?.threadID == first.id, "the document is not rewritten")
            try expect(try await journal.threadMembers(threadID: first.id) == [first.id], "the split complaint left the thread")
            try expect(try await journal.threadMembers(threadID: second.id) == [second.id], "and has its own")
            let audit = try await journal.auditLog(limit: 5)
            try expect(audit.first?.action == "split" && audit.first?.actor == "ops", "audit \(audit)")
            try expect(audit.first?.detail == "a shared family phone", "the reason is audited")
            try expect(try await journal.splitThread(complaintID: "01UNKNOWN", actor: "ops", reason: nil, at: start) == nil, "unknown id")
            let again = try await journal.splitThread(complaintID: second.id, actor: "someone else", reason: "again", at: start)
            try expect(again == split, "a second split changes nothing: \(String(describing: again))")
            try expect(try await journal.auditLog(limit: 5).filter { $0.action == "split" }.count == 1, "a second split is not audited")
            do {
                _ = try await journal.splitThread(complaintID: first.id, actor: "ops", reason: "root", at: start)
                try expect(false, "splitting the complaint that starts the thread must be refused")
            } catch let error as JournalError {
                try expect(error.code == .notLinked, "\(error)")
            }
        },
    ]
}
