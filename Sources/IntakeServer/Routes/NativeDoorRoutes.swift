import Foundation
import HTTPTypes
import Hummingbird
import IntakeCore
import Logging
import Metrics
import NIOCore

/// `POST /v1/complaints` (one complaint or a batch in the schema's input form) and `GET /v1/complaints/{id}`.
///
/// Answers: `202` with the id(s) once the journal committed, `200` with the original id for a repeat, `400` with
/// every field problem, `401`, `413` over the size or batch limit, `415` for a body that is not JSON, `503` with
/// `Retry-After` when the journal cannot keep up (nothing is stored then).
struct NativeDoorRoutes {
    let gateway: Gateway

    func register(on router: Router<IntakeRequestContext>) {
        router.post("/v1/complaints") { request, context in
            await submit(request, context: context)
        }
        router.get("/v1/complaints/{id}") { request, context in
            try await show(request, context: context)
        }
    }

    private func reject(_ reason: String) {
        gateway.counters.counter("intake_complaints_rejected_total", [("reason", reason)]).increment()
    }

    func submit(_ request: Request, context: IntakeRequestContext) async -> Response {
        guard let source = gateway.source(authorization: request.headers[.authorization], isLoopbackCaller: context.isDirectLoopbackCaller(request))
        else {
            reject("unauthorized")
            return JSONResponse.error(
                .unauthorized,
                code: "unauthorized",
                message: request.headers[.authorization] == nil ? "a bearer token is required" : "the bearer token is not valid",
                headers: [.wwwAuthenticate: "Bearer realm=\"intake\""]
            )
        }
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard mediaType == "application/json" || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json")) else {
            reject("media_type")
            return JSONResponse.error(
                .unsupportedMediaType,
                code: "unsupported_media_type",
                message: mediaType.isEmpty ? "send the complaint as application/json" : "\(mediaType) is not accepted; send application/json"
            )
        }
        let limit = gateway.configuration.maximumBodyBytes
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            reject("too_large")
            return JSONResponse.error(.contentTooLarge, code: "too_large", message: "the body has \(length) bytes; at most \(limit) are accepted")
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit)
        } catch {
            reject("too_large")
            return JSONResponse.error(.contentTooLarge, code: "too_large", message: "the body is larger than \(limit) bytes")
        }
        let data = Data(body.readableBytesView)
        do {
            let decoded = try DraftDecoder.decode(json: data)
            let drafts = decoded.drafts
            if drafts.count > gateway.configuration.maximumBatch {
                reject("too_large")
                return JSONResponse.error(
                    .contentTooLarge,
                    code: "batch_too_large",
                    message: "the batch holds \(drafts.count) complaints; at most \(gateway.configuration.maximumBatch) are accepted"
                )
            }
            let key = request.headers[.idempotencyKey]?.trimmingCharacters(in: .whitespaces)
            let entries = try gateway.intake.prepare(
                drafts,
                from: source.intake,
                raw: RawPayload(data: data, contentType: mediaType),
                idempotencyKey: key,
                knownIssues: decoded.issues
            )
            let outcomes = try await gateway.intake.commit(entries, from: source.intake)
            let allRepeats = outcomes.allSatisfy(\.isDuplicate)
            let status: HTTPResponse.Status = allRepeats ? .ok : .accepted
            return JSONResponse.make(status, bytes: Self.answer(outcomes, isBatch: decoded.isBatch))
        } catch let error as ComplaintValidationError {
            reject("invalid")
            return JSONResponse.error(
                .badRequest,
                code: "invalid_complaint",
                message: "\(error.issues.count) field problem(s); nothing was stored",
                issues: error.issues
            )
        } catch let error as JournalError where error.code == .keyReused {
            reject("idempotency_key_reused")
            let key = request.headers[.idempotencyKey] ?? ""
            return JSONResponse.error(
                .unprocessableContent,
                code: "idempotency_key_reused",
                message:
                    "the Idempotency-Key \(key) was used before for a different request (complaint \(error.originalID ?? "?")); nothing was stored"
            )
        } catch let error as JournalError where error.code == .overloaded || error.code == .unavailable {
            reject("overloaded")
            return JSONResponse.error(
                .serviceUnavailable,
                code: "overloaded",
                message: "the journal cannot take more complaints right now; nothing was stored, try again",
                headers: [.retryAfter: "1"]
            )
        } catch {
            reject("storage")
            context.logger.error("cannot store complaints", metadata: ["error": "\(error)"])
            return JSONResponse.error(
                .serviceUnavailable,
                code: "storage_error",
                message: "the complaint could not be stored; nothing was stored, try again",
                headers: [.retryAfter: "5"]
            )
        }
    }

    func show(_ request: Request, context: IntakeRequestContext) async throws -> Response {
        let authorization = request.headers[.authorization]
        let admin = gateway.adminActor(authorization: authorization, isLoopbackCaller: context.isDirectLoopbackCaller(request))
        let source = gateway.source(authorization: authorization, isLoopbackCaller: context.isDirectLoopbackCaller(request))
        guard admin != nil || source != nil else {
            return JSONResponse.error(
                .unauthorized,
                code: "unauthorized",
                message: "a bearer token is required",
                headers: [.wwwAuthenticate: "Bearer realm=\"intake\""]
            )
        }
        let id = context.parameters.get("id") ?? ""
        // A source sees its own complaints only; operators see all.
        guard let stored = try await gateway.journal.complaint(id: id), admin != nil || stored.complaint.source == source?.intake.name else {
            return JSONResponse.error(.notFound, code: "not_found", message: "no complaint has the id \(id)")
        }
        return JSONResponse.make(.ok, stored.complaint)
    }

    /// `{"id":…,"status":"accepted"|"duplicate"}`, or `{"results":[…]}` for a batch.
    static func answer(_ outcomes: [AppendOutcome], isBatch: Bool) -> [UInt8] {
        func write(_ outcome: AppendOutcome, into writer: inout JSONWriter) {
            var first = true
            writer.byte(0x7B)
            writer.key("id", first: &first)
            writer.string(outcome.id)
            writer.key("status", first: &first)
            writer.string(outcome.isDuplicate ? "duplicate" : "accepted")
            writer.byte(0x7D)
        }
        var writer = JSONWriter(capacity: 64 * outcomes.count)
        if isBatch {
            var first = true
            writer.byte(0x7B)
            writer.key("results", first: &first)
            writer.byte(0x5B)
            for (index, outcome) in outcomes.enumerated() {
                if index > 0 { writer.byte(0x2C) }
                write(outcome, into: &writer)
            }
            writer.raw("]}")
        } else if let outcome = outcomes.first {
            write(outcome, into: &writer)
        }
        return writer.bytes
    }
}

extension HTTPField.Name {
    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
    static let intakeActor = HTTPField.Name("X-Intake-Actor")!
}
