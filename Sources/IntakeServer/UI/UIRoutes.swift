import Foundation
import HTTPTypes
import Hummingbird
import IntakeCore
import IntakeWebhook
import Logging
import Mustache
import NIOCore

/// The web pages under `/ui/`: sign-in, the agent's complaint form, and the operator console (deliveries by sink,
/// failed and dead deliveries with filters and replay, complaint details, failed intake, the audit log).
///
/// Pages are rendered on the server and work without JavaScript. Every form carries the session's CSRF token (the
/// sign-in form a token of its own cookie); cookies are HttpOnly and SameSite=Strict; every page is sent with a
/// Content-Security-Policy that allows no script at all.
struct UIRoutes {
    let gateway: Gateway
    let state: UIState

    func register(on router: Router<IntakeRequestContext>) {
        router.get("/ui/") { request, context in try await home(request, context: context) }
        router.get("/ui/static/app.css") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: UITemplates.stylesheet))
            )
        }
        router.get("/ui/language/{language}") { request, context in language(request, context: context) }
        router.get("/ui/login") { request, context in await loginPage(request, context: context) }
        router.post("/ui/login") { request, context in try await login(request, context: context) }
        router.post("/ui/logout") { request, context in try await logout(request, context: context) }
        router.get("/ui/complaints/new") { request, context in
            try await signedIn(.agent, request, context) { try await newComplaint($0, context: $1, page: $2, visitor: $3) }
        }
        router.post("/ui/complaints") { request, context in
            try await signedIn(.agent, request, context) { try await saveComplaint($0, context: $1, page: $2, visitor: $3) }
        }
        router.get("/ui/complaints/{id}") { request, context in
            try await signedIn(nil, request, context) { try await complaint($0, context: $1, page: $2, visitor: $3) }
        }
        router.get("/ui/console") { request, context in
            try await signedIn(UIRole.operator, request, context) { try await console($0, context: $1, page: $2, visitor: $3) }
        }
        router.get("/ui/deliveries") { request, context in
            try await signedIn(UIRole.operator, request, context) { try await deliveries($0, context: $1, page: $2, visitor: $3) }
        }
        router.post("/ui/replay") { request, context in
            try await signedIn(UIRole.operator, request, context) { try await replay($0, context: $1, page: $2, visitor: $3) }
        }
        router.get("/ui/failed-intake") { request, context in
            try await signedIn(UIRole.operator, request, context) { try await failedIntake($0, context: $1, page: $2, visitor: $3) }
        }
        router.post("/ui/failed-intake") { request, context in
            try await signedIn(UIRole.operator, request, context) { try await changeFailedIntake($0, context: $1, page: $2, visitor: $3) }
        }
        router.get("/ui/audit") { request, context in
            try await signedIn(UIRole.operator, request, context) { try await audit($0, context: $1, page: $2, visitor: $3) }
        }
    }

    // MARK: - Who is asking

    /// A signed-in person.
    struct Visitor {
        var session: UISession
        var account: UIAccount
        /// A cookie to set (a session the trusted proxy's header just began).
        var setCookie: String?

        func can(_ role: UIRole) -> Bool { account.roles.contains(role) }
    }

    /// What the request asks and who asks it.
    struct Page {
        var language: UILanguage
        var visitor: Visitor?
        var path: String
        var query: [(name: String, value: String)]
        var isPost = false

        var text: UIText { UIText(language: language) }

        /// The path with its query, percent-encoded again.
        var pathAndQuery: String {
            path + (query.isEmpty ? "" : "?" + query.map { "\(UIRoutes.percent($0.name))=\(UIRoutes.percent($0.value))" }.joined(separator: "&"))
        }

        func query(_ name: String) -> String? { query.first { $0.name == name }?.value }
    }

    private func page(_ request: Request, context: IntakeRequestContext) async -> Page {
        await state.loadSessionKey(from: gateway.journal, logger: context.logger)
        let query = FormData.urlEncoded(Array((request.uri.query ?? "").utf8))
        let cookies = Self.cookies(request)
        let language = UILanguage.negotiate(
            query: query.first { $0.name == "lang" }?.value,
            cookie: cookies[UIState.languageCookie],
            acceptLanguage: request.headers[.acceptLanguage]
        )
        return Page(
            language: language,
            visitor: visitor(request, context: context, cookies: cookies),
            path: request.uri.path,
            query: query,
            isPost: request.method == .post
        )
    }

    private func visitor(_ request: Request, context: IntakeRequestContext, cookies: [String: String]) -> Visitor? {
        let existing = cookies[UIState.sessionCookie].flatMap { state.sessions.session(id: $0) }
        if let sso = state.settings.singleSignOn, let address = context.remoteAddress?.ipAddress,
            sso.trustedNetworks.contains(where: { $0.contains(address) }), let name = HTTPField.Name(sso.header).flatMap({ request.headers[$0] }),
            !name.isEmpty
        {
            guard let account = state.accounts.account(named: name), !account.disabled else { return nil }
            if let existing, existing.user == name, existing.viaProxy { return Visitor(session: existing, account: account) }
            let session = state.sessions.create(user: name, viaProxy: true)
            return Visitor(
                session: session,
                account: account,
                setCookie: state.cookie(UIState.sessionCookie, session.id, maxAge: nil, secure: state.secureCookies(request, context: context))
            )
        }
        guard let session = existing, !session.viaProxy, let account = state.accounts.account(named: session.user), !account.disabled,
            account.passwordChangedAt <= session.started
        else { return nil }
        return Visitor(session: session, account: account)
    }

    /// Runs `handler` for a visitor signed in with `role` (any role when `nil`); anyone else gets the sign-in page
    /// or 403.
    private func signedIn(
        _ role: UIRole?,
        _ request: Request,
        _ context: IntakeRequestContext,
        _ handler: (Request, IntakeRequestContext, Page, Visitor) async throws -> Response
    ) async throws -> Response {
        let page = await page(request, context: context)
        switch require(role, page) {
        case .allowed(let visitor): return try await handler(request, context, page, visitor)
        case .refused(let response): return response
        }
    }

    /// The visitor, when signed in with `role`; otherwise the answer to give (sign-in page, or 403).
    private func require(_ role: UIRole?, _ page: Page) -> Access {
        guard let visitor = page.visitor else {
            // A form posted after its session ended (expired, or the gateway restarted) saved nothing: say so, and
            // come back to the page the form belongs to.
            if page.isPost {
                let back = ["/ui/complaints": "/ui/complaints/new", "/ui/replay": "/ui/deliveries"][page.path] ?? "/ui/"
                return .refused(Self.redirect("/ui/login?ended=1&next=\(Self.percent(back))"))
            }
            return .refused(Self.redirect("/ui/login?next=\(Self.percent(page.pathAndQuery))"))
        }
        if let role, !visitor.can(role) {
            return .refused(
                render(
                    page,
                    "message",
                    title: page.text["error.forbidden"],
                    ["heading": page.text["error.forbidden"], "text": page.text["error.forbidden"]],
                    status: .forbidden
                )
            )
        }
        return .allowed(visitor)
    }

    enum Access {
        case allowed(Visitor)
        case refused(Response)
    }

    /// Reads a posted form and checks its CSRF token against the session's.
    enum Posted {
        case form(FormData)
        case refused(Response)
    }

    /// Reads a posted form: refused when it is too large or unreadable (said so), or when it lacks the session's CSRF
    /// token or comes from another site.
    private func postedForm(_ request: Request, context: IntakeRequestContext, page: Page, visitor: Visitor, limit: Int) async -> Posted {
        guard sameOrigin(request, context: context) else { return .refused(csrfRefused(page)) }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit)
        } catch {
            let message = page.language == .english ? "The form is larger than \(limit) bytes; nothing was saved." : "表单超过 \(limit) 字节，未保存。"
            return .refused(render(page, "message", title: message, ["heading": page.text["error.form"], "text": message], status: .contentTooLarge))
        }
        let form: FormData
        do {
            form = try FormData.parse(contentType: request.headers[.contentType], body: body)
        } catch {
            let text = page.text["error.badform"] + " (\(error))"
            return .refused(
                render(
                    page,
                    "message",
                    title: page.text["error.badform"],
                    ["heading": page.text["error.badform"], "text": text],
                    status: .badRequest
                )
            )
        }
        guard let token = form["csrf"], UISessionStore.same(token, visitor.session.csrf) else { return .refused(csrfRefused(page)) }
        return .form(form)
    }

    /// A browser sends `Origin` with every POST; one from another site (or `null`, an opaque origin) is refused even
    /// with a token. Behind a trusted proxy the host the browser used is in `X-Forwarded-Host`.
    func sameOrigin(_ request: Request, context: IntakeRequestContext) -> Bool {
        guard let origin = request.headers[.origin] else { return true }
        let given = origin.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first.map { $0.lowercased() } ?? ""
        var hosts = [request.head.authority?.lowercased()]
        if state.isFromTrustedProxy(context), let forwarded = request.headers[.xForwardedHost] {
            hosts.append(forwarded.split(separator: ",").first?.trimmingCharacters(in: .whitespaces).lowercased())
        }
        return !given.isEmpty && hosts.contains(given)
    }

    private func csrfRefused(_ page: Page) -> Response {
        render(
            page,
            "message",
            title: page.text["error.csrf"],
            ["heading": page.text["error.csrf"], "text": page.text["error.csrf"]],
            status: .forbidden
        )
    }

    // MARK: - Sign-in

    private func home(_ request: Request, context: IntakeRequestContext) async throws -> Response {
        let page = await page(request, context: context)
        guard let visitor = page.visitor else { return Self.redirect("/ui/login") }
        return Self.redirect(visitor.can(.agent) ? "/ui/complaints/new" : "/ui/console", cookie: visitor.setCookie)
    }

    private func language(_ request: Request, context: IntakeRequestContext) -> Response {
        let chosen = context.parameters.get("language").flatMap(UILanguage.named) ?? .english
        let back = FormData.urlEncoded(Array((request.uri.query ?? "").utf8)).first { $0.name == "back" }?.value
        return Self.redirect(
            Self.safeBack(back) ?? "/ui/",
            cookie: state.cookie(
                UIState.languageCookie,
                chosen.rawValue,
                maxAge: 365 * 86_400,
                secure: state.secureCookies(request, context: context)
            )
        )
    }

    private func loginPage(
        _ request: Request,
        context: IntakeRequestContext,
        problem: String? = nil,
        name: String = "",
        back: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async -> Response {
        var page = await page(request, context: context)
        if problem == nil, let visitor = page.visitor {
            return Self.redirect(Self.safeBack(page.query("next")) ?? (visitor.can(.agent) ? "/ui/complaints/new" : "/ui/console"))
        }
        page.visitor = nil
        let token = Self.cookies(request)[UIState.loginCookie].flatMap { $0.count == 43 ? $0 : nil } ?? UISessionStore.token()
        var values: [String: Any] = ["loginToken": token, "name": name, "next": Self.safeBack(back ?? page.query("next")) ?? ""]
        if let problem {
            values["problem"] = problem
        } else if page.query("ended") == "1" {
            values["problem"] = page.text["error.session_ended"]
        } else if state.secureCookies(request, context: context), !state.isHTTPS(request, context: context) {
            // The browser would drop the Secure cookies on plain HTTP, and every sign-in would fail unexplained.
            values["problem"] = page.text["login.https"]
        }
        if ((try? state.accounts.accounts()) ?? []).isEmpty, state.settings.singleSignOn == nil { values["noAccounts"] = true }
        var response = render(page, "login", title: page.text["login.title"], values, status: status)
        response.headers.append(
            HTTPField(
                name: .setCookie,
                value: state.cookie(UIState.loginCookie, token, maxAge: 3600, secure: state.secureCookies(request, context: context))
            )
        )
        return response
    }

    private func login(_ request: Request, context: IntakeRequestContext) async throws -> Response {
        let text = await page(request, context: context).text
        let body = try await request.body.collect(upTo: 64 * 1024)
        let form = (try? FormData.parse(contentType: request.headers[.contentType], body: body)) ?? FormData()
        let name = form["name"]?.trimmingCharacters(in: .whitespaces) ?? ""
        guard sameOrigin(request, context: context), let token = form["csrf"], let expected = Self.cookies(request)[UIState.loginCookie],
            UISessionStore.same(token, expected)
        else {
            return await loginPage(request, context: context, problem: text["error.csrf"], name: name, back: form["back"], status: .forbidden)
        }
        let address = state.clientAddress(request, context: context)
        do {
            _ = try state.accounts.accounts()
        } catch {
            context.logger.error(
                "cannot read the accounts file; nobody can sign in",
                metadata: ["path": "\(state.accounts.path)", "error": "\(error)"]
            )
            return await loginPage(
                request,
                context: context,
                problem: text["login.unreadable"],
                name: name,
                back: form["back"],
                status: .serviceUnavailable
            )
        }
        let known = state.accounts.account(named: name) != nil
        let attempt: LoginThrottle.Attempt
        switch state.throttle.begin(name: name, address: address) {
        case .success(let value): attempt = value
        case .failure(let refusal):
            // A name that is no account is not logged: it may be a password typed into the wrong field.
            context.logger.warning(
                "sign-in refused: too many failed attempts",
                metadata: ["account": "\(known ? name : "(unknown)")", "client": "\(address)"]
            )
            var response = await loginPage(
                request,
                context: context,
                problem: text["login.throttled"],
                name: name,
                back: form["back"],
                status: .tooManyRequests
            )
            response.headers[.retryAfter] = "\(Int(refusal.wait.rounded(.up)))"
            return response
        }
        let password = form["password"] ?? ""
        let accounts = state.accounts
        // bcrypt takes a quarter of a second of CPU by design: off the cooperative pool.
        let account = await Self.offload { accounts.verify(name: name, password: password) }
        state.throttle.finish(attempt, succeeded: account != nil)
        guard let account else {
            context.logger.notice("sign-in failed", metadata: ["account": "\(known ? name : "(unknown)")", "client": "\(address)"])
            return await loginPage(request, context: context, problem: text["login.failed"], name: name, back: form["back"], status: .unauthorized)
        }
        let session = state.sessions.create(user: account.name)
        context.logger.info(
            "signed in",
            metadata: ["account": "\(account.name)", "roles": "\(account.roles.map(\.rawValue).joined(separator: ","))"]
        )
        let target = Self.safeBack(form["back"]) ?? (account.roles.contains(.agent) ? "/ui/complaints/new" : "/ui/console")
        var response = Self.redirect(
            target,
            cookie: state.cookie(UIState.sessionCookie, session.id, maxAge: nil, secure: state.secureCookies(request, context: context))
        )
        response.headers.append(
            HTTPField(
                name: .setCookie,
                value: state.cookie(UIState.loginCookie, "", maxAge: 0, secure: state.secureCookies(request, context: context))
            )
        )
        return response
    }

    private func logout(_ request: Request, context: IntakeRequestContext) async throws -> Response {
        let page = await page(request, context: context)
        guard let visitor = page.visitor else { return Self.redirect("/ui/login") }
        if case .refused(let response) = await postedForm(request, context: context, page: page, visitor: visitor, limit: 64 * 1024) {
            return response
        }
        state.sessions.remove(id: visitor.session.id)
        return Self.redirect(
            "/ui/login",
            cookie: state.cookie(UIState.sessionCookie, "", maxAge: 0, secure: state.secureCookies(request, context: context))
        )
    }

    // MARK: - The agent's form

    private func newComplaint(_ request: Request, context: IntakeRequestContext, page: Page, visitor: Visitor) async throws -> Response {
        entryPage(page, visitor: visitor, form: EntryForm(), formToken: UISessionStore.token(), issues: [], status: .ok)
    }

    private func entryPage(
        _ page: Page,
        visitor: Visitor,
        form: EntryForm,
        formToken: String,
        issues: [ValidationIssue],
        status: HTTPResponse.Status
    )
        -> Response
    {
        let text = page.text
        var errors: [String: String] = [:]
        for issue in issues {
            let field = EntryForm.formField(of: issue)
            let message = text.message(for: issue)
            errors[field] = errors[field].map { $0 + " " + message } ?? message
        }
        func field(_ name: String, _ label: String, type: String = "text", required: Bool = false, autocomplete: String? = nil) -> [String: Any] {
            var value: [String: Any] = [
                "id": name.replacing(".", with: "-"), "name": name, "label": text[label], "type": type, "value": form.values[name] ?? "",
            ]
            if required { value["required"] = true }
            if let error = errors[name] { value["error"] = error }
            if let autocomplete { value["autocomplete"] = autocomplete }
            return value
        }
        func select(_ name: String, _ label: String, options: [(String, String)]) -> [String: Any] {
            let chosen = form.values[name] ?? ""
            var value: [String: Any] = [
                "id": name.replacing(".", with: "-"), "name": name, "label": text[label],
                "options": options.map { ["value": $0.0, "label": $0.1, "selected": $0.0 == chosen] as [String: Any] },
            ]
            if let error = errors[name] { value["error"] = error }
            return value
        }
        let fields: [String: Any] = [
            "complainant_name": field("complainant.name", "entry.name", autocomplete: "off"),
            "complainant_phone": field("complainant.phone", "entry.phone", type: "tel", autocomplete: "off"),
            "complainant_email": field("complainant.email", "entry.email", type: "email", autocomplete: "off"),
            "complainant_customer_id": field("complainant.customer_id", "entry.customer_id"),
            "occurred_at": field("occurred_at", "entry.occurred_at", type: "datetime-local"),
            "location": field("location", "entry.location"),
            "subject": field("subject", "entry.subject"),
            "body": field("body", "entry.body", required: true),
            "demand": field("demand", "entry.demand"),
            "references": field("references", "entry.references"),
            "respondent_kind": field("respondent.kind", "entry.respondent_kind"),
            "respondent_id": field("respondent.id", "entry.respondent_id"),
            "respondent_name": field("respondent.name", "entry.respondent_name"),
            "category": select(
                "category",
                "entry.category",
                options: [("", text["entry.category_auto"])] + ComplaintCategory.allCases.map { ($0.rawValue, text.category($0)) }
            ),
            "severity": select(
                "severity",
                "entry.severity",
                options: [("", text["entry.severity_auto"])] + (1...4).map { ("\($0)", text.severity($0)) }
            ),
            "severity_reason": field("severity_reason", "entry.severity_reason"),
        ]
        let labels: [String: String] = [
            "complainant.name": "entry.name", "complainant.phone": "entry.phone", "complainant.email": "entry.email",
            "complainant.customer_id": "entry.customer_id", "complainant": "entry.complainant", "occurred_at": "entry.occurred_at",
            "location": "entry.location", "subject": "entry.subject", "body": "entry.body", "demand": "entry.demand",
            "references": "entry.references", "attachments": "entry.attachments", "respondent.kind": "entry.respondent_kind",
            "respondent.id": "entry.respondent_id", "respondent.name": "entry.respondent_name", "category": "entry.category",
            "severity": "entry.severity", "severity_reason": "entry.severity_reason",
        ]
        let list: [[String: Any]] = issues.map { issue in
            let field = EntryForm.formField(of: issue)
            return ["id": field.replacing(".", with: "-"), "label": text[labels[field] ?? field], "message": text.message(for: issue)]
        }
        var values: [String: Any] = ["f": fields, "formToken": formToken, "hasErrors": !issues.isEmpty, "errors": list]
        if let error = errors["complainant"] { values["complainantError"] = error }
        if let error = errors["attachments"] {
            values["attachmentsError"] = error
        } else if !form.files.isEmpty, !issues.isEmpty {
            values["attachmentsError"] = text["complaint.attachments_again"]
        }
        return render(page, "entry", title: text["entry.title"], values, status: status, cookie: visitor.setCookie)
    }

    private func saveComplaint(_ request: Request, context: IntakeRequestContext, page: Page, visitor: Visitor) async throws -> Response {
        let limit = state.settings.maximumAttachmentBytes * 5 + (1 << 20)
        let form: FormData
        switch await postedForm(request, context: context, page: page, visitor: visitor, limit: limit) {
        case .form(let posted): form = posted
        case .refused(let response): return response
        }
        let entry = EntryForm(form: form)
        let formToken = entry.formToken ?? UISessionStore.token()
        let uploads = EntryForm.Uploads(directory: state.settings.attachmentsDirectory, maximumBytes: state.settings.maximumAttachmentBytes)
        let (document, formIssues) = entry.document(timeZone: state.settings.timeZone, agent: visitor.account.name, uploads: uploads)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        let source = state.settings.source
        do {
            let decoded = try DraftDecoder.decode(json: data)
            let entries = try gateway.intake.prepare(
                decoded.drafts,
                from: source,
                raw: RawPayload(data: data, contentType: "application/json"),
                idempotencyKey: "ui:\(formToken)",
                knownIssues: decoded.issues + formIssues
            )
            let files = entry.files
            try await Self.offloadThrowing { try Self.store(files, in: uploads) }
            let outcomes = try await gateway.intake.commit(entries, from: source)
            guard let outcome = outcomes.first else { throw JournalError(.storage, reason: "no outcome") }
            context.logger.info(
                "complaint entered",
                metadata: ["complaint.id": "\(outcome.id)", "account": "\(visitor.account.name)", "repeat": "\(outcome.isDuplicate)"]
            )
            return Self.redirect("/ui/complaints/\(outcome.id)?saved=1" + (outcome.isDuplicate ? "&repeat=1" : ""), cookie: visitor.setCookie)
        } catch let error as ComplaintValidationError {
            return entryPage(page, visitor: visitor, form: entry, formToken: formToken, issues: error.issues, status: .badRequest)
        } catch let error as JournalError where error.code == .keyReused {
            // The same form saved before, changed since (the browser's back button): show what was saved.
            return Self.redirect("/ui/complaints/\(error.originalID ?? "")?saved=1&repeat=1", cookie: visitor.setCookie)
        } catch {
            context.logger.error("cannot store an entered complaint", metadata: ["error": "\(error)"])
            return render(
                page,
                "message",
                title: page.text["error.storage"],
                ["heading": page.text["error.storage"], "text": page.text["error.storage"]],
                status: .serviceUnavailable
            )
        }
    }

    /// Writes uploads by their SHA-256 (a file already there is the same bytes), before the complaint naming them is
    /// committed: an acknowledged complaint's attachments exist.
    static func store(_ files: [FormData.File], in uploads: EntryForm.Uploads) throws {
        guard !files.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: uploads.directory, withIntermediateDirectories: true)
        for file in files where file.bytes.count <= uploads.maximumBytes {
            let path = "\(uploads.directory)/\(Digest.sha256Hex(file.bytes))"
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber, size.intValue == file.bytes.count {
                continue
            }
            let temporary = path + ".tmp-\(UUID().uuidString)"
            guard FileManager.default.createFile(atPath: temporary, contents: Data(file.bytes), attributes: [.posixPermissions: 0o640]) else {
                throw JournalError(.storage, reason: "cannot write an attachment into \(uploads.directory)")
            }
            // On disk before the complaint that names it is acknowledged.
            let descriptor = open(temporary, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0, fsync(descriptor) == 0 else {
                if descriptor >= 0 { close(descriptor) }
                throw JournalError(.storage, reason: "cannot write an attachment into \(uploads.directory)")
            }
            close(descriptor)
            guard rename(temporary, path) == 0 else { throw JournalError(.storage, reason: "cannot place an attachment in \(uploads.directory)") }
        }
    }

    // MARK: - A complaint

    private func complaint(_ request: Request, context: IntakeRequestContext, page: Page, visitor: Visitor) async throws -> Response {
        let text = page.text
        let id = context.parameters.get("id") ?? ""
        guard let stored = try await gateway.journal.complaint(id: id) else {
            return render(page, "message", title: text["error.notfound"], ["heading": text["error.notfound"], "text": id], status: .notFound)
        }
        let complaint = stored.complaint
        let zone = state.settings.timeZone
        var rows: [(String, String?)] = [
            (text["complaint.channel"], complaint.channel.rawValue), (text["complaint.source"], complaint.source),
            (text["complaint.received"], Self.local(complaint.receivedAt, zone)),
            (text["entry.occurred_at"], complaint.occurredAt.map { Self.local($0, zone) }),
            (text["entry.name"], complaint.complainant.name), (text["entry.phone"], complaint.complainant.phone),
            (text["entry.email"], complaint.complainant.email), (text["entry.customer_id"], complaint.complainant.customerID),
            (text["entry.location"], complaint.location), (text["entry.respondent_kind"], complaint.respondent?.kind),
            (text["entry.respondent_id"], complaint.respondent?.id), (text["entry.respondent_name"], complaint.respondent?.name),
            (text["entry.subject"], complaint.subject), (text["entry.body"], complaint.body), (text["entry.demand"], complaint.demand),
            (
                text["complaint.references"],
                complaint.references.isEmpty
                    ? nil : complaint.references.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "\n")
            ),
            (text["entry.category"], complaint.category.map { text.category($0) }),
            (text["entry.severity"], complaint.severity.map { text.severity($0) }),
            (text["complaint.urgent"], complaint.urgent ? "✔ " + complaint.urgencyReasons.joined(separator: ", ") : nil),
            (text["created.respond_by"], complaint.sla.map { Self.local($0.respondBy, zone) }),
            (text["created.resolve_by"], complaint.sla?.resolveBy.map { Self.local($0, zone) }),
            (
                text["entry.attachments"],
                complaint.attachments.isEmpty
                    ? nil : complaint.attachments.map { "\($0.filename) (\($0.size ?? 0) B, \($0.sha256 ?? ""))" }.joined(separator: "\n")
            ),
            (text["complaint.triage"], complaint.triage.map { $0.explanation.joined(separator: "\n") }),
        ]
        if case .string(let agent)? = complaint.extra["entered_by"] { rows.append((text["complaint.entered_by"], agent)) }
        if case .string(let reason)? = complaint.extra["severity_reason"] { rows.append((text["entry.severity_reason"], reason)) }
        var values: [String: Any] = [
            "id": complaint.id,
            "rows": rows.compactMap { row in row.1.map { ["label": row.0, "value": $0] } },
            "created": page.query("saved") == "1", "repeat": page.query("repeat") == "1",
        ]
        if let sla = complaint.sla {
            values["respondBy"] = Self.local(sla.respondBy, zone)
            if let resolve = sla.resolveBy { values["resolveBy"] = Self.local(resolve, zone) }
        }
        var related: [[String: Any]] = []
        for earlier in (complaint.related?.earlierIDs ?? []).prefix(10) {
            guard let other = try await gateway.journal.complaint(id: earlier)?.complaint else { continue }
            let summary = other.subject ?? String(other.body.prefix(60))
            related.append(["id": other.id, "channel": other.channel.rawValue, "received": Self.local(other.receivedAt, zone), "summary": summary])
        }
        values["hasRelated"] = !related.isEmpty
        values["relatedItems"] = related
        if visitor.can(.operator) {
            let deliveries = try await gateway.journal.deliveries(complaintID: complaint.id)
            values["deliveries"] = deliveries.map { Self.row($0, zone) }
            let failed = deliveries.filter { $0.status == .retrying || $0.status == .dead }
            values["failedKeys"] = failed.map { "\($0.key.complaintID)|\($0.key.sink)" }
            values["hasFailed"] = !failed.isEmpty
            let attempts = try await gateway.journal.attempts(complaintID: complaint.id)
            values["attempts"] = attempts.map {
                ["sink": $0.key.sink, "number": $0.attempt, "at": Self.local($0.startedAt, zone), "outcome": $0.outcome, "error": $0.error ?? ""]
                    as [String: Any]
            }
            values["raw"] = String(decoding: stored.raw.data.prefix(256 * 1024), as: UTF8.self)
            values["rawType"] = stored.raw.contentType
        }
        return render(page, "complaint", title: text["complaint.title"] + " " + complaint.id, values, status: .ok, cookie: visitor.setCookie)
    }

    // MARK: - The operator console

    private func console(_ request: Request, context: IntakeRequestContext, page: Page, visitor: Visitor) async throws -> Response {
        let statistics = Dictionary(uniqueKeysWithValues: try await gateway.journal.statistics().map { ($0.sink, $0) })
        let now = Date()
        var names = gateway.workers.map(\.sink.name)
        for name in statistics.keys.sorted() where !names.contains(name) { names.append(name) }
        let sinks: [[String: Any]] = names.map { name in
            let stats = statistics[name] ?? SinkStatistics(sink: name, pending: 0, retrying: 0, dead: 0, delivered: 0, oldestUndeliveredAt: nil)
            let totals = gateway.workers.first { $0.sink.name == name }?.recentAttempts.totals(now: now)
            let rate =
                totals.flatMap { totals in totals.errorRate.map { String(format: "%.1f%% (%d/%d)", $0 * 100, totals.failures, totals.attempts) } }
                ?? "–"
            return [
                "name": name, "pending": stats.pending, "retrying": stats.retrying, "dead": stats.dead, "delivered": stats.delivered,
                "oldest": stats.oldestUndeliveredAt.map { Self.age(since: $0, now: now) } ?? "–", "errorRate": rate,
            ]
        }
        return render(
            page,
            "console",
            title: page.text["console.title"],
            ["sinks": sinks, "hasSinks": !sinks.isEmpty],
            status: .ok,
            cookie: visitor.setCookie
        )
    }

    static let filterNames = ["status", "sink", "source", "channel", "since", "until", "error"]
    static let pageSize = 100

    /// The filter named by `parameters` (the console's field names), local times read in the pages' zone.
    private func filter(_ parameters: [(name: String, value: String)]) throws -> (DeliveryFilter, [String: String]) {
        var values: [String: String] = [:]
        for name in Self.filterNames { values[name] = parameters.last { $0.name == name }?.value.trimmingCharacters(in: .whitespaces) ?? "" }
        var query = values
        if query["status"] == "failed" || query["status"] == nil { query["status"] = "" }
        if query["status"] == "any" { query["status"] = "pending,retrying,dead,delivered" }
        for name in ["since", "until"] {
            if let text = query[name], !text.isEmpty, RFC3339.date(from: text) == nil,
                let date = EntryForm.localDate(text, timeZone: state.settings.timeZone)
            {
                query[name] = RFC3339.string(from: date)
            }
        }
        return (Replayer.effectiveFilter(try DeliveryFilter.parse(query)), values)
    }

    private func deliveries(_ request: Request, context: IntakeRequestContext, page: Page, visitor: Visitor) async throws -> Response {
        let text = page.text
        var values: [String: Any] = [:]
        var chosen: [String: String] = [:]
        var rows: [[String: Any]] = []
        var total = 0
        do {
            let (filter, given) = try self.filter(page.query)
            chosen = given
            total = try await gateway.journal.countDeliveries(matching: filter)
            let offset = max(0, Int(page.query("offset") ?? "") ?? 0)
            let records = try await gateway.journal.deliveries(matching: filter, limit: Self.pageSize, offset: offset)
            var query = page.query.filter { $0.name != "offset" }
            if offset + records.count < total {
                query.append(("offset", "\(offset + Self.pageSize)"))
                values["nextPage"] = "/ui/deliveries?" + query.map { "\(Self.percent($0.name))=\(Self.percent($0.value))" }.joined(separator: "&")
            }
            if offset > 0 {
                query = page.query.filter { $0.name != "offset" } + [("offset", "\(max(0, offset - Self.pageSize))")]
                values["previousPage"] = "/ui/deliveries?" + query.map { "\(Self.percent($0.name))=\(Self.percent($0.value))" }.joined(separator: "&")
            }
            values["shown"] = records.isEmpty ? "0" : "\(offset + 1)–\(offset + records.count)"
            rows = records.map { record in
                var row = Self.row(record, state.settings.timeZone)
                row["id"] = record.key.complaintID
                row["source"] = record.source
                return row
            }
        } catch let error as ComplaintValidationError {
            values["filterError"] = error.issues.map { "\($0.field): \(text.message(for: $0))" }.joined(separator: "; ")
            for name in Self.filterNames { chosen[name] = page.query(name) ?? "" }
        }
        func input(_ name: String, _ label: String, type: String = "text") -> [String: Any] {
            ["id": "filter-\(name)", "name": name, "label": text[label], "type": type, "value": chosen[name] ?? ""]
        }
        values["filterFields"] = [
            input("sink", "failed.sink"), input("source", "failed.source"), input("since", "failed.since", type: "datetime-local"),
            input("until", "failed.until", type: "datetime-local"), input("error", "failed.error"),
        ]
        let status = chosen["status"].flatMap { $0.isEmpty ? nil : $0 } ?? "failed"
        values["statusField"] =
            [
                "id": "filter-status", "name": "status", "label": text["failed.status"],
                "options": [
                    ("failed", text["console.retrying"] + " + " + text["console.dead"]), ("retrying", text["console.retrying"]),
                    ("dead", text["console.dead"]), ("pending", text["console.pending"]), ("delivered", text["console.delivered"]),
                    ("any", text["failed.any"]),
                ].map {
                    ["value": $0.0, "label": $0.1, "selected": $0.0 == status] as [String: Any]
                },
            ] as [String: Any]
        let channel = chosen["channel"] ?? ""
        values["channelField"] =
            [
                "id": "filter-channel", "name": "channel", "label": text["failed.channel"],
                "options": ([("", text["failed.any"])] + Channel.allCases.map { ($0.rawValue, $0.rawValue) }).map {
                    ["value": $0.0, "label": $0.1, "selected": $0.0 == channel] as [String: Any]
                },
            ] as [String: Any]
        values["rows"] = rows
        values["hasRows"] = !rows.isEmpty
        values["total"] = total
        values["rate"] = 50
        values["hidden"] = Self.filterNames.compactMap { name in chosen[name].flatMap { $0.isEmpty ? nil : ["name": name, "value": $0] } }
        return render(page, "deliveries", title: text["failed.title"], values, status: .ok, cookie: visitor.setCookie)
    }

    private func replay(_ request: Request, context: IntakeRequestContext, page: Page, visitor: Visitor) async throws -> Response {
        let text = page.text
        let form: FormData
        switch await postedForm(request, context: context, page: page, visitor: visitor, limit: 4 << 20) {
        case .form(let posted): form = posted
        case .refused(let response): return response
        }
        let rate = min(max(Int(form["rate"] ?? "") ?? 50, 1), Replayer.maximumRate)
        let confirmed = form["confirm"] == "1"
        let mode = form["mode"] ?? "selected"
        var requests: [DeliveryFilter] = []
        var hidden: [[String: String]] = [["name": "mode", "value": mode], ["name": "rate", "value": "\(rate)"]]
        if mode == "filter" {
            do {
                let (filter, given) = try self.filter(form.fields)
                requests = [filter]
                hidden += Self.filterNames.compactMap { name in given[name].flatMap { $0.isEmpty ? nil : ["name": name, "value": $0] } }
            } catch let error as ComplaintValidationError {
                let message = error.issues.map { "\($0.field): \(text.message(for: $0))" }.joined(separator: "; ")
                return render(page, "message", title: text["failed.title"], ["heading": text["failed.title"], "text": message], status: .badRequest)
            }
        } else {
            // Selected deliveries, one replay per sink (a complaint's other sinks are not touched).
            var bySink: [String: [String]] = [:]
            for key in form.values("key") {
                let parts = key.split(separator: "|", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                bySink[parts[1], default: []].append(parts[0])
                hidden.append(["name": "key", "value": key])
            }
            // Never a delivery a worker may hold now (pending): it would be sent twice at once.
            requests = bySink.keys.sorted().map {
                DeliveryFilter(statuses: [.retrying, .dead, .delivered], sink: $0, complaintIDs: bySink[$0] ?? [])
            }
        }
        guard !requests.isEmpty else {
            return render(
                page,
                "message",
                title: text["replay.nothing"],
                ["heading": text["replay.confirm_title"], "text": text["replay.nothing"]],
                status: .badRequest
            )
        }
        var matched = 0
        var requeued = 0
        var sample: [DeliveryRecord] = []
        // The confirmation replays at most what the dry run counted (more may have failed since).
        let limit = confirmed ? max(0, Int(form["limit"] ?? "") ?? 0) : 0
        for filter in requests {
            let report = try await gateway.replayer.replay(
                Replayer.Request(filter: filter, dryRun: !confirmed, ratePerSecond: rate, limit: limit, actor: visitor.account.name)
            )
            matched += report.matched
            requeued += report.requeued
            sample += report.sample
        }
        if !confirmed {
            if mode == "filter" { hidden.append(["name": "limit", "value": "\(max(matched, 1))"]) }
            let values: [String: Any] = [
                "matched": matched, "rate": rate, "hidden": hidden, "hasSample": !sample.isEmpty,
                "sample": sample.prefix(10).map {
                    ["id": $0.key.complaintID, "sink": $0.key.sink, "status": $0.status.rawValue, "error": $0.lastError ?? ""]
                },
            ]
            return render(page, "confirm", title: text["replay.confirm_title"], values, status: .ok, cookie: visitor.setCookie)
        }
        context.logger.notice(
            "replay from the console",
            metadata: ["account": "\(visitor.account.name)", "requeued": "\(requeued)", "rate": "\(rate)"]
        )
        return render(page, "replayed", title: text["replay.confirm_title"], ["requeued": requeued], status: .ok, cookie: visitor.setCookie)
    }

    /// Retry (its door reads it again on its next round) or discard the selected failed inputs, audited.
    private func changeFailedIntake(_ request: Request, context: IntakeRequestContext, page: Page, visitor: Visitor) async throws -> Response {
        let form: FormData
        switch await postedForm(request, context: context, page: page, visitor: visitor, limit: 1 << 20) {
        case .form(let posted): form = posted
        case .refused(let response): return response
        }
        let ids = form.values("id")
        let status: FailedIntakeStatus = form["action"] == "discard" ? .discarded : .retry
        var changed = 0
        if !ids.isEmpty {
            changed = try await gateway.journal.updateFailedIntakes(ids: ids, status: status, complaintID: nil, reason: nil, at: Date())
            try await gateway.journal.appendAudit(
                AuditEntry(
                    at: Date(),
                    actor: visitor.account.name,
                    action: status == .discarded ? "failed.discard" : "failed.retry",
                    filter: "",
                    count: changed,
                    detail: ids.prefix(50).joined(separator: ",")
                )
            )
        }
        return try await failedIntake(request, context: context, page: page, visitor: visitor, changed: "\(changed) " + page.text["intake.changed"])
    }

    private func failedIntake(
        _ request: Request,
        context: IntakeRequestContext,
        page: Page,
        visitor: Visitor,
        changed: String? = nil
    ) async throws -> Response {
        let items = try await gateway.journal.failedIntakes(source: nil, status: nil, limit: 500)
        let rows: [[String: Any]] = items.map {
            [
                "id": $0.id, "source": $0.source, "received": Self.local($0.receivedAt, state.settings.timeZone), "status": $0.status.rawValue,
                "size": $0.rawReference.size, "reason": $0.reason, "open": $0.status == .open,
            ]
        }
        var values: [String: Any] = ["items": rows, "hasItems": !rows.isEmpty]
        if let changed { values["changed"] = changed }
        return render(page, "intake", title: page.text["intake.title"], values, status: .ok, cookie: visitor.setCookie)
    }

    private func audit(_ request: Request, context: IntakeRequestContext, page: Page, visitor: Visitor) async throws -> Response {
        let entries = try await gateway.journal.auditLog(limit: 500)
        let rows: [[String: Any]] = entries.map {
            [
                "at": Self.local($0.at, state.settings.timeZone), "actor": $0.actor, "action": $0.action, "count": $0.count,
                "detail": [$0.detail, $0.filter == "{}" ? nil : $0.filter].compactMap { $0 }.joined(separator: " · "),
            ]
        }
        return render(
            page,
            "audit",
            title: page.text["audit.title"],
            ["entries": rows, "hasEntries": !rows.isEmpty],
            status: .ok,
            cookie: visitor.setCookie
        )
    }

    // MARK: - Rendering

    private func render(
        _ page: Page,
        _ template: String,
        title: String,
        _ values: [String: Any],
        status: HTTPResponse.Status,
        cookie: String? = nil
    )
        -> Response
    {
        var context = values
        let words = Self.words(page.language)
        context["t"] = words
        context["csrf"] = page.visitor?.session.csrf ?? ""
        context["canOperate"] = page.visitor?.can(.operator) ?? false
        let content = UITemplates.library.render(context, withTemplate: template) ?? ""
        let layout: [String: Any] = [
            "content": content, "title": title, "t": words, "lang": page.language.rawValue, "otherLang": page.language.other.rawValue,
            "back": Self.percent(page.isPost ? page.path : page.pathAndQuery), "signedIn": page.visitor != nil,
            "canEnter": page.visitor?.can(.agent) ?? false,
            "canOperate": page.visitor?.can(.operator) ?? false, "userName": page.visitor?.account.name ?? "",
            "csrf": page.visitor?.session.csrf ?? "",
        ]
        let html = UITemplates.library.render(layout, withTemplate: "layout") ?? ""
        var headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8",
            .cacheControl: "no-store",
            .contentSecurityPolicy:
                "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            .xContentTypeOptions: "nosniff",
            .xFrameOptions: "DENY",
            .referrerPolicy: "same-origin",
            .contentLanguage: page.language.rawValue,
        ]
        if let cookie { headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    private static let englishWords = Dictionary(
        uniqueKeysWithValues: UIText(language: .english).all.map { ($0.key.replacing(".", with: "_"), $0.value) }
    )
    private static let chineseWords = Dictionary(
        uniqueKeysWithValues: UIText(language: .chinese).all.map { ($0.key.replacing(".", with: "_"), $0.value) }
    )

    static func words(_ language: UILanguage) -> [String: String] {
        language == .english ? englishWords : chineseWords
    }

    static func row(_ record: DeliveryRecord, _ zone: TimeZone) -> [String: Any] {
        [
            "key": "\(record.key.complaintID)|\(record.key.sink)", "sink": record.key.sink, "status": record.status.rawValue,
            "attempts": record.totalAttempts, "error": record.lastError ?? "",
            "next": record.status == .retrying || record.status == .pending ? record.nextAttemptAt.map { local($0, zone) } ?? "" : "",
        ]
    }

    static func redirect(_ location: String, cookie: String? = nil) -> Response {
        var headers: HTTPFields = [.location: location, .cacheControl: "no-store"]
        if let cookie { headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return Response(status: .seeOther, headers: headers)
    }

    /// A path to return to after sign-in or a language switch: one of these pages, never another site.
    static func safeBack(_ text: String?) -> String? {
        guard let text, text.hasPrefix("/ui/"), !text.hasPrefix("//"), !text.contains("\\"), !text.contains("://"),
            !text.unicodeScalars.contains(where: { $0.value < 0x20 })
        else { return nil }
        return text
    }

    static func cookies(_ request: Request) -> [String: String] {
        var result: [String: String] = [:]
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let name = parts[0].trimmingCharacters(in: .whitespaces)
                if result[name] == nil { result[name] = parts[1].trimmingCharacters(in: .whitespaces) }
            }
        }
        return result
    }

    static func percent(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? ""
    }

    static func local(_ date: Date, _ zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let offset = zone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let hours = abs(offset) / 3600
        let minutes = abs(offset) % 3600 / 60
        return String(
            format: "%04d-%02d-%02d %02d:%02d (UTC%@%02d:%02d)",
            parts.year ?? 0,
            parts.month ?? 0,
            parts.day ?? 0,
            parts.hour ?? 0,
            parts.minute ?? 0,
            sign,
            hours,
            minutes
        )
    }

    static func age(since date: Date, now: Date) -> String {
        let seconds = max(0, Int(now.timeIntervalSince(date)))
        if seconds < 120 { return "\(seconds) s" }
        if seconds < 7200 { return "\(seconds / 60) min" }
        if seconds < 172_800 { return "\(seconds / 3600) h" }
        return "\(seconds / 86_400) d"
    }

    static func offloadThrowing(_ work: @escaping @Sendable () throws -> Void) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            DispatchQueue.global().async {
                do {
                    try work()
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    static func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }
}

extension CharacterSet {
    fileprivate static let urlQueryValueAllowed: CharacterSet = {
        var set = CharacterSet.alphanumerics
        set.insert(charactersIn: "-._~/")
        return set
    }()
}

extension HTTPField.Name {
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
