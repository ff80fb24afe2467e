import Foundation
import HTTPTypes
import Hummingbird
import IntakeCore
import IntakeWebhook
import Logging
import Metrics
import NIOCore

/// The signed HTTP doors: `/v1/webhooks/{source}` and `/v1/sms/{source}` (and `…/{source}/{token}` for senders
/// that can only put a token in the URL). The source's adapter verifies the request over its raw bytes and maps
/// its payload; the items are stored one by one, each accepted or refused on its own, and the sender is answered
/// after the commit, with the reply it expects (TwiML, `success`, `{"code":0}`) or intake's JSON.
///
/// Answers: `202` with ids once committed; `200` with the original id for a repeat, for an item that stores nothing
/// (a missed call, a WeChat event), or the reply the sender requires; `400` with field problems in the sender's
/// field names; `401` for a missing or bad signature (the reason goes to the log, not the response); `403` for a
/// caller outside `allow_from` (checked before the body is read); `404` for an unknown source; `405`; `413`; `415`;
/// `503` with `Retry-After` when the journal cannot keep up.
struct WebhookRoutes {
    let gateway: Gateway
    /// `/v1/webhooks` or `/v1/sms`.
    let prefix: String
    let sources: [String: any InboundSource]

    init(gateway: Gateway, prefix: String, sources: [any InboundSource]) {
        self.gateway = gateway
        self.prefix = prefix
        self.sources = Dictionary(sources.map { ($0.intake.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func register(on router: Router<IntakeRequestContext>) {
        for method in [HTTPRequest.Method.post, .get, .put] {
            router.on("\(prefix)/{source}", method: method) { request, context in
                await receive(request, context: context, pathToken: nil)
            }
            router.on("\(prefix)/{source}/{token}", method: method) { request, context in
                await receive(request, context: context, pathToken: context.parameters.get("token"))
            }
        }
    }

    private func count(_ source: String, _ outcome: String) {
        gateway.counters.counter("intake_webhook_requests_total", [("source", source), ("outcome", outcome)]).increment()
    }

    func receive(_ request: Request, context: IntakeRequestContext, pathToken: String?) async -> Response {
        let name = context.parameters.get("source") ?? ""
        guard let source = sources[name] else {
            return JSONResponse.error(.notFound, code: "unknown_source", message: "no source is named \(name) under \(prefix)")
        }
        // The allow-list before anything is read.
        guard source.admits(context.remoteAddress?.ipAddress) else {
            count(name, "forbidden")
            context.logger.notice("request refused: the caller's address is not in allow_from", metadata: ["source": "\(name)"])
            return JSONResponse.error(.forbidden, code: "forbidden", message: "requests to this source are not accepted from your address")
        }
        let limit = gateway.configuration.maximumBodyBytes
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            count(name, "too_large")
            return JSONResponse.error(.contentTooLarge, code: "too_large", message: "the body has \(length) bytes; at most \(limit) are accepted")
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit)
        } catch {
            count(name, "too_large")
            return JSONResponse.error(.contentTooLarge, code: "too_large", message: "the body is larger than \(limit) bytes")
        }
        let webhook = WebhookRequest(
            method: request.method.rawValue,
            path: request.uri.path,
            query: request.uri.query ?? "",
            headers: request.headers.map { ($0.name.canonicalName, $0.value) },
            body: Data(body.readableBytesView),
            remoteAddress: context.remoteAddress?.ipAddress
        )
        let raw = RawPayload(data: webhook.body, contentType: webhook.mediaType)
        switch source.receive(webhook, pathToken: pathToken, now: Date()) {
        case .forbidden:
            count(name, "forbidden")
            return JSONResponse.error(.forbidden, code: "forbidden", message: "requests to this source are not accepted from your address")
        case .unauthenticated(let failure):
            count(name, "unauthorized")
            gateway.counters.counter("intake_webhook_auth_failures_total", [("source", name), ("reason", failure.code)]).increment()
            context.logger.warning(
                "request refused: not authenticated",
                metadata: ["source": "\(name)", "scheme": "\(source.schemeName)", "reason": "\(failure.reason)", "code": "\(failure.code)"]
            )
            var headers: HTTPFields = [:]
            if let challenge = source.challenge { headers[.wwwAuthenticate] = challenge }
            return JSONResponse.error(
                .unauthorized,
                code: "unauthorized",
                message: "the request's signature or credentials could not be verified",
                headers: headers
            )
        case .unreadable(let error):
            count(name, "unreadable")
            switch error.kind {
            case .unsupportedMediaType: return JSONResponse.error(.unsupportedMediaType, code: "unsupported_media_type", message: error.message)
            case .methodNotAllowed: return JSONResponse.error(.methodNotAllowed, code: "method_not_allowed", message: error.message)
            case .malformed:
                return JSONResponse.error(
                    .badRequest,
                    code: "malformed_payload",
                    message: "\(error.message); nothing was stored",
                    issues: [ValidationIssue(field: "", code: "malformed", message: error.message)]
                )
            }
        case .reply(let reply, _):
            count(name, "replied")
            return Self.response(reply)
        case .items(let items, let isBatch, let verification):
            return await store(items, isBatch: isBatch, verification: verification, source: source, raw: raw, context: context)
        case .fragment(let fragment, _):
            return await keep(fragment, source: source, raw: raw, context: context)
        }
    }

    /// Keeps one part of a message sent in pieces (durably, before the answer); when it completes the message,
    /// stores the joined complaint, and forgets the parts once that is committed.
    func keep(_ fragment: MessageFragment, source: any InboundSource, raw: RawPayload, context: IntakeRequestContext) async -> Response {
        let name = source.intake.name
        do {
            let addition = try await gateway.fragments.add(
                source: name,
                group: fragment.group,
                part: fragment.part,
                total: fragment.total,
                id: fragment.partID,
                draft: fragment.draft,
                now: Date()
            )
            switch addition {
            case .waiting(let received, let total):
                count(name, "part_kept")
                if let reply = source.successReply { return Self.response(reply) }
                return JSONResponse.make(.accepted, IgnoredBody(status: "part_kept", reason: "\(received) of \(total) parts received"))
            case .complete(let draft):
                let response = await store(
                    [WebhookItem(draft: draft)],
                    isBatch: false,
                    verification: Verification(scheme: source.schemeName),
                    source: source,
                    raw: raw,
                    context: context
                )
                if response.status.code < 300 { try await gateway.fragments.finish(source: name, group: fragment.group) }
                return response
            }
        } catch {
            count(name, "storage_error")
            context.logger.error("cannot keep a message part", metadata: ["source": "\(name)", "error": "\(error)"])
            return JSONResponse.error(
                .serviceUnavailable,
                code: "storage_error",
                message: "the part could not be stored; try again",
                headers: [.retryAfter: "5"]
            )
        }
    }

    /// What became of one item.
    enum ItemResult {
        case stored(AppendOutcome)
        case refused([ValidationIssue])
        case ignored(String)
    }

    func store(
        _ items: [WebhookItem],
        isBatch: Bool,
        verification: Verification,
        source: any InboundSource,
        raw: RawPayload,
        context: IntakeRequestContext
    ) async -> Response {
        let name = source.intake.name
        if isBatch, items.count > gateway.configuration.maximumBatch {
            count(name, "too_large")
            return JSONResponse.error(
                .contentTooLarge,
                code: "batch_too_large",
                message: "the batch holds \(items.count) items; at most \(gateway.configuration.maximumBatch) are accepted"
            )
        }
        var results: [ItemResult?] = Array(repeating: nil, count: items.count)
        var entries: [JournalEntry] = []
        var positions: [Int] = []
        for (index, item) in items.enumerated() {
            if let reason = item.ignored {
                results[index] = .ignored(reason)
                continue
            }
            guard let draft = item.draft else {
                results[index] = .refused(item.issues)
                continue
            }
            do {
                let delivery = verification.deliveryID.map { isBatch ? "\($0)#\(index)" : $0 }
                let prepared = try gateway.intake.prepare([draft], from: source.intake, raw: raw, deliveryID: delivery)
                if item.issues.isEmpty {
                    entries += prepared
                    positions.append(index)
                } else {
                    results[index] = .refused(item.issues)
                }
            } catch let error as ComplaintValidationError {
                results[index] = .refused(item.allIssues(validation: error.issues))
            } catch {
                results[index] = .refused([ValidationIssue(field: "", code: "invalid", message: "\(error)")])
            }
        }
        if !entries.isEmpty {
            do {
                let outcomes = try await gateway.intake.commit(entries, from: source.intake)
                for (position, outcome) in zip(positions, outcomes) { results[position] = .stored(outcome) }
            } catch let error as JournalError where error.code == .overloaded || error.code == .unavailable {
                count(name, "overloaded")
                return JSONResponse.error(
                    .serviceUnavailable,
                    code: "overloaded",
                    message: "the journal cannot take more complaints right now; nothing was stored, try again",
                    headers: [.retryAfter: "1"]
                )
            } catch {
                count(name, "storage_error")
                context.logger.error("cannot store complaints", metadata: ["source": "\(name)", "error": "\(error)"])
                return JSONResponse.error(
                    .serviceUnavailable,
                    code: "storage_error",
                    message: "the complaints could not be stored; nothing was stored, try again",
                    headers: [.retryAfter: "5"]
                )
            }
        }
        let final = results.map { $0 ?? .refused([]) }
        let accepted = final.contains { if case .stored(let outcome) = $0 { !outcome.isDuplicate } else { false } }
        let refused = final.filter { if case .refused = $0 { true } else { false } }.count
        count(name, accepted ? "accepted" : refused == final.count ? "refused" : "repeat_or_ignored")

        // A sender with a reply of its own (TwiML, `success`, `{"code":0}`) gets it unless nothing could be taken.
        if let reply = source.successReply, refused < final.count { return Self.response(reply) }
        if !isBatch, let only = final.first {
            switch only {
            case .refused(let issues):
                return JSONResponse.error(
                    .badRequest,
                    code: "invalid_complaint",
                    message: "\(issues.count) field problem(s); nothing was stored",
                    issues: issues
                )
            case .stored(let outcome):
                var writer = JSONWriter(capacity: 64)
                var first = true
                writer.byte(0x7B)
                writer.key("id", first: &first)
                writer.string(outcome.id)
                writer.key("status", first: &first)
                writer.string(outcome.isDuplicate ? "duplicate" : "accepted")
                writer.byte(0x7D)
                return JSONResponse.make(outcome.isDuplicate ? .ok : .accepted, bytes: writer.bytes)
            case .ignored(let reason):
                return JSONResponse.make(.ok, IgnoredBody(status: "ignored", reason: reason))
            }
        }
        let body = BatchBody(
            results: final.enumerated().map { index, result in
                switch result {
                case .stored(let outcome): BatchBody.Item(index: index, status: outcome.isDuplicate ? "duplicate" : "accepted", id: outcome.id)
                case .refused(let issues): BatchBody.Item(index: index, status: "refused", issues: issues)
                case .ignored(let reason): BatchBody.Item(index: index, status: "ignored", reason: reason)
                }
            }
        )
        let status: HTTPResponse.Status = accepted ? .accepted : refused == final.count ? .badRequest : .ok
        return JSONResponse.make(status, body)
    }

    struct IgnoredBody: Encodable {
        var status: String
        var reason: String
    }

    struct BatchBody: Encodable {
        struct Item: Encodable {
            var index: Int
            var status: String
            var id: String?
            var reason: String?
            var issues: [ValidationIssue]?
        }

        var results: [Item]
    }

    static func response(_ reply: WebhookReply) -> Response {
        Response(
            status: HTTPResponse.Status(code: reply.status),
            headers: [.contentType: reply.contentType],
            body: .init(byteBuffer: ByteBuffer(bytes: reply.body))
        )
    }
}
