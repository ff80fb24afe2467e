import Foundation
import HTTPTypes
import Hummingbird
import IntakeCore
import Logging
import NIOCore

/// The operators' API under `/v1/admin`: deliveries, one complaint in full, splitting a wrong link, replay, the audit
/// log, statistics.
struct AdminRoutes {
    let gateway: Gateway

    func register(on router: Router<IntakeRequestContext>) {
        let admin = router.group("/v1/admin")
        admin.get("deliveries") { request, context in
            try await authorized(request, context) { _ in try await deliveries(request) }
        }
        admin.get("complaints/{id}") { request, context in
            try await authorized(request, context) { _ in try await complaint(context.parameters.get("id") ?? "") }
        }
        admin.post("complaints/{id}/split") { request, context in
            try await authorized(request, context) { actor in try await split(request, id: context.parameters.get("id") ?? "", actor: actor) }
        }
        admin.get("threads/{id}") { request, context in
            try await authorized(request, context) { _ in try await thread(context.parameters.get("id") ?? "") }
        }
        admin.post("replay") { request, context in
            try await authorized(request, context) { actor in try await replay(request, context: context, actor: actor) }
        }
        admin.get("audit") { request, context in
            try await authorized(request, context) { _ in
                let limit = request.uri.queryParameters["limit"].flatMap { Int(String($0)) } ?? 100
                return JSONResponse.make(.ok, ["entries": try await gateway.journal.auditLog(limit: min(max(limit, 1), 1000))])
            }
        }
        admin.get("stats") { request, context in
            try await authorized(request, context) { _ in
                JSONResponse.make(.ok, ["sinks": try await gateway.journal.statistics()])
            }
        }
    }

    private func authorized(
        _ request: Request,
        _ context: IntakeRequestContext,
        _ body: (String) async throws -> Response
    ) async throws -> Response {
        guard
            var actor = gateway.adminActor(authorization: request.headers[.authorization], isLoopbackCaller: context.isDirectLoopbackCaller(request))
        else {
            return JSONResponse.error(
                .unauthorized,
                code: "unauthorized",
                message: "an admin bearer token is required",
                headers: [.wwwAuthenticate: "Bearer realm=\"intake-admin\""]
            )
        }
        if let person = request.headers[.intakeActor]?.trimmingCharacters(in: .whitespaces), !person.isEmpty {
            actor += " (\(person.prefix(100)))"
        }
        return try await body(actor)
    }

    private func parameters(_ request: Request) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { result[String(key)] = String(value) }
        return result
    }

    private func deliveries(_ request: Request) async throws -> Response {
        let query = parameters(request)
        let filter: DeliveryFilter
        do {
            filter = try DeliveryFilter.parse(query)
        } catch let error as ComplaintValidationError {
            return JSONResponse.error(.badRequest, code: "invalid_filter", message: "the filter cannot be read", issues: error.issues)
        }
        let limit = min(max(query["limit"].flatMap(Int.init) ?? 100, 1), 1000)
        let offset = max(query["offset"].flatMap(Int.init) ?? 0, 0)
        let total = try await gateway.journal.countDeliveries(matching: filter)
        let records = try await gateway.journal.deliveries(matching: filter, limit: limit, offset: offset)
        return JSONResponse.make(.ok, DeliveryPage(total: total, deliveries: records))
    }

    private func complaint(_ id: String) async throws -> Response {
        guard let stored = try await gateway.journal.complaint(id: id) else {
            return JSONResponse.error(.notFound, code: "not_found", message: "no complaint has the id \(id)")
        }
        let detail = ComplaintDetail(
            complaint: stored.complaint,
            idempotencyKey: stored.idempotencyKey,
            raw: RawBody(stored.raw),
            deliveries: try await gateway.journal.deliveries(complaintID: id),
            attempts: try await gateway.journal.attempts(complaintID: id),
            split: try await gateway.journal.threadSplit(complaintID: id)
        )
        return JSONResponse.make(.ok, detail)
    }

    /// A thread: its complaints oldest first, each with channel, source, time, category, severity, the identifier
    /// kinds it carries and its links, so an operator sees why they were linked (no identifier values: the ids lead
    /// to them).
    private func thread(_ id: String) async throws -> Response {
        let members = try await gateway.journal.threadMembers(threadID: id)
        guard !members.isEmpty else {
            return JSONResponse.error(.notFound, code: "not_found", message: "no thread has the id \(id) within the linking window")
        }
        var items: [ThreadMember] = []
        for member in members {
            guard let complaint = try await gateway.journal.complaint(id: member)?.complaint else { continue }
            items.append(
                ThreadMember(
                    id: member,
                    channel: complaint.channel.rawValue,
                    source: complaint.source,
                    receivedAt: RFC3339.string(from: complaint.receivedAt),
                    category: complaint.category?.rawValue,
                    severity: complaint.severity,
                    urgent: complaint.urgent,
                    identifiers: ContactIdentity.keys(of: complaint.complainant).map(\.kind),
                    related: complaint.related,
                    split: try await gateway.journal.threadSplit(complaintID: member) != nil
                )
            )
        }
        return JSONResponse.make(.ok, ThreadView(threadID: id, complaints: items))
    }

    struct ThreadView: Encodable {
        var threadID: String
        var complaints: [ThreadMember]

        enum CodingKeys: String, CodingKey {
            case threadID = "thread_id"
            case complaints
        }
    }

    struct ThreadMember: Encodable {
        var id: String
        var channel: String
        var source: String
        var receivedAt: String
        var category: String?
        var severity: Int?
        var urgent: Bool
        var identifiers: [String]
        var related: Related?
        var split: Bool

        enum CodingKeys: String, CodingKey {
            case id
            case channel
            case source
            case receivedAt = "received_at"
            case category
            case severity
            case urgent
            case identifiers
            case related
            case split
        }
    }

    /// Splits a complaint off its thread: `{"reason": "…"}` (required, for the audit log).
    private func split(_ request: Request, id: String, actor: String) async throws -> Response {
        let body = try await request.body.collect(upTo: 64 * 1024)
        let reason: String?
        do {
            let shape = try JSONValue.parse(Data(body.readableBytesView))
            guard case .object(let members) = shape else {
                return JSONResponse.error(.badRequest, code: "invalid_split", message: "the body must be a JSON object with a reason")
            }
            if let unknown = members.keys.sorted().first(where: { $0 != "reason" }) {
                return JSONResponse.error(.badRequest, code: "invalid_split", message: "unknown key \"\(unknown)\"; a split has reason")
            }
            guard case .string(let text)? = members["reason"], let line = TextCleaning.line(text) else {
                return JSONResponse.error(.badRequest, code: "invalid_split", message: "reason is required: why the link is wrong, for the audit log")
            }
            reason = String(line.prefix(500))
        } catch {
            return JSONResponse.error(.badRequest, code: "invalid_split", message: "the body is not JSON: \(error)")
        }
        let found: ThreadSplit?
        do {
            found = try await gateway.journal.splitThread(complaintID: id, actor: actor, reason: reason, at: Date())
        } catch let error as JournalError where error.code == .notLinked {
            return JSONResponse.error(
                .conflict,
                code: "not_linked",
                message: "the complaint starts its own thread: split the later complaints that were linked to it instead"
            )
        }
        guard let split = found else {
            return JSONResponse.error(.notFound, code: "not_found", message: "no complaint has the id \(id)")
        }
        gateway.logger.notice("thread split", metadata: ["complaint": "\(id)", "actor": "\(actor)"])
        return JSONResponse.make(.ok, split)
    }

    private func replay(_ request: Request, context: IntakeRequestContext, actor: String) async throws -> Response {
        let body = try await request.body.collect(upTo: 1 << 20)
        let data = Data(body.readableBytesView)
        let order: ReplayOrder
        do {
            // An order with a misspelt or misplaced key would select more than meant: unknown keys are refused, and
            // an order must say what it selects (`"filter": {}` for every retrying and dead delivery).
            let shape = try JSONDecoder().decode(JSONValue.self, from: data)
            guard case .object(let members) = shape else { throw ReplayOrderError("the order must be a JSON object") }
            if let unknown = members.keys.sorted().first(where: { !ReplayOrder.keys.contains($0) }) {
                throw ReplayOrderError("unknown key \"\(unknown)\"; an order has \(ReplayOrder.keys.sorted().joined(separator: ", "))")
            }
            if case .object(let filter)? = members["filter"],
                let unknown = filter.keys.sorted().first(where: { !ReplayOrder.filterKeys.contains($0) })
            {
                throw ReplayOrderError("unknown filter key \"\(unknown)\"; a filter has \(ReplayOrder.filterKeys.sorted().joined(separator: ", "))")
            }
            guard members["filter"] != nil || members["ids"] != nil else {
                throw ReplayOrderError(
                    "say what to replay: \"ids\": [...] or \"filter\": {...} (\"filter\": {} for every retrying and dead delivery)"
                )
            }
            order = try JSONDecoder.makeComplaintDecoder().decode(ReplayOrder.self, from: data)
        } catch let error as ReplayOrderError {
            return JSONResponse.error(.badRequest, code: "invalid_replay", message: error.message)
        } catch {
            return JSONResponse.error(.badRequest, code: "invalid_replay", message: "the replay order cannot be read: \(error)")
        }
        var filter = order.filter ?? DeliveryFilter()
        if let ids = order.ids, !ids.isEmpty { filter.complaintIDs = ids }
        let report = try await gateway.replayer.replay(
            Replayer.Request(filter: filter, dryRun: order.dryRun ?? false, ratePerSecond: order.rate ?? 100, limit: order.limit ?? 0, actor: actor)
        )
        context.logger.notice(
            "replay",
            metadata: ["replay.actor": "\(actor)", "replay.count": "\(report.requeued)", "replay.dry_run": "\(report.dryRun)"]
        )
        return JSONResponse.make(.ok, report)
    }

    struct DeliveryPage: Encodable {
        var total: Int
        var deliveries: [DeliveryRecord]
    }

    struct ReplayOrderError: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    struct ReplayOrder: Decodable {
        static let keys: Set<String> = ["filter", "ids", "dry_run", "rate", "limit"]
        static let filterKeys: Set<String> = ["status", "sink", "source", "channel", "received_after", "received_before", "error", "ids"]

        var filter: DeliveryFilter?
        var ids: [String]?
        var dryRun: Bool?
        var rate: Int?
        var limit: Int?

        enum CodingKeys: String, CodingKey {
            case filter
            case ids
            case dryRun = "dry_run"
            case rate
            case limit
        }
    }

    struct RawBody: Encodable {
        var contentType: String
        var size: Int
        var sha256: String
        var text: String?
        var base64: String?

        init(_ raw: RawPayload) {
            contentType = raw.contentType
            size = raw.data.count
            sha256 = raw.reference.sha256
            if let text = String(data: raw.data, encoding: .utf8) { self.text = text } else { base64 = raw.data.base64EncodedString() }
        }

        enum CodingKeys: String, CodingKey {
            case contentType = "content_type"
            case size
            case sha256
            case text
            case base64
        }
    }

    struct ComplaintDetail: Encodable {
        var complaint: Complaint
        var idempotencyKey: String
        var raw: RawBody
        var deliveries: [DeliveryRecord]
        var attempts: [AttemptRecord]
        /// An operator's split of the complaint off the thread it was linked to (the document keeps the original
        /// links).
        var split: ThreadSplit?

        enum CodingKeys: String, CodingKey {
            case complaint
            case idempotencyKey = "idempotency_key"
            case raw
            case deliveries
            case attempts
            case split
        }
    }
}
