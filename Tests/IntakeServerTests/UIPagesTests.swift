import Foundation
import HTTPTypes
import HummingbirdTesting
import IntakeCore
import IntakeTesting
import IntakeWebhook
import NIOCore
import Testing

@testable import IntakeServer

/// A browser's part of a conversation with the pages: cookies kept between requests, forms posted as a browser does.
struct PageClient {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var language = "en"

    struct Page {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var html: String

        /// The value of the hidden or text input `name` on the page.
        func input(_ name: String) -> String? {
            guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
            let rest = html[range.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
    }

    mutating func get(_ path: String) async throws -> Page {
        try await send(path, method: .get, body: nil, contentType: nil)
    }

    /// Posts a urlencoded form.
    mutating func post(_ path: String, _ fields: [(String, String)]) async throws -> Page {
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(path, method: .post, body: ByteBuffer(string: body), contentType: "application/x-www-form-urlencoded")
    }

    /// Posts a multipart form (the complaint form), with files as (field, filename, bytes).
    mutating func postMultipart(_ path: String, _ fields: [(String, String)], files: [(String, String, [UInt8])] = []) async throws -> Page {
        let boundary = "----intake-test-\(UUID().uuidString)"
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for (name, filename, bytes) in files {
            body += Array(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    .utf8
            )
            body += bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return try await send(path, method: .post, body: ByteBuffer(bytes: body), contentType: "multipart/form-data; boundary=\(boundary)")
    }

    private mutating func send(_ path: String, method: HTTPRequest.Method, body: ByteBuffer?, contentType: String?) async throws -> Page {
        var headers: HTTPFields = [.acceptLanguage: language]
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if let contentType { headers[.contentType] = contentType }
        let response = try await client.execute(uri: path, method: method, headers: headers, body: body)
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0])
            let value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || header.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        return Page(status: response.status, headers: response.headers, html: String(buffer: response.body))
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// Signs in through the form.
    mutating func signIn(_ name: String, _ password: String) async throws -> Page {
        let form = try await get("/ui/login")
        return try await post("/ui/login", [("csrf", form.input("csrf") ?? ""), ("name", name), ("password", password)])
    }
}

struct UIPagesTests {
    static let agentPassword = "agent-password-1"
    static let operatorPassword = "operator-password-1"

    /// A gateway with an agent `alice` and an operator `olga` (bcrypt cost 4: the hash says its cost).
    static func gateway(journal: (any ComplaintJournal)? = nil, _ adjust: (inout GatewayConfiguration) -> Void = { _ in }) throws -> Gateway {
        let gateway = try TestGateway.make(journal: journal) { configuration in
            configuration.ui.timeZone = TimeZone(identifier: "Asia/Shanghai")!
            adjust(&configuration)
        }
        let store = AccountStore(path: gateway.configuration.ui.usersFile, cost: 4)
        try store.add(name: "alice", roles: [.agent], password: agentPassword)
        try store.add(name: "olga", roles: [.operator], password: operatorPassword)
        return gateway
    }

    @Test func signInNeedsTheRightPasswordAndIsThrottled() async throws {
        let gateway = try Self.gateway()
        try await gateway.makeApplication().test(.router) { client in
            var browser = PageClient(client: client)
            let unsigned = try await browser.get("/ui/complaints/new")
            #expect(unsigned.status == .seeOther)
            #expect(unsigned.headers[.location] == "/ui/login?next=/ui/complaints/new")
            for _ in 0..<LoginThrottle.perName {
                let wrong = try await browser.signIn("alice", "not-the-password")
                #expect(wrong.status == .unauthorized)
                #expect(wrong.html.contains("The account or password is wrong."))
                #expect(browser.cookies[UIState.sessionCookie] == nil)
            }
            // The right password is refused too once the limit is reached.
            let throttled = try await browser.signIn("alice", Self.agentPassword)
            #expect(throttled.status == .tooManyRequests)
            #expect(Int(throttled.headers[.retryAfter] ?? "") ?? 0 > 0)
            #expect(browser.cookies[UIState.sessionCookie] == nil)
            // Another account from the same place is not locked out by alice's failures.
            let other = try await browser.signIn("olga", Self.operatorPassword)
            #expect(other.status == .seeOther)
            #expect(other.headers[.location] == "/ui/console")
            let cookie = try #require(other.headers[values: .setCookie].first { $0.hasPrefix(UIState.sessionCookie) })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/ui"))
        }
    }

    @Test func cookiesAreSecureUnlessTheGatewayListensOnLoopbackOnlyOverPlainHTTP() async throws {
        func loginCookie(_ adjust: @escaping (inout GatewayConfiguration) -> Void, headers: HTTPFields = [:]) async throws -> (String, String) {
            let gateway = try Self.gateway(adjust)
            return try await gateway.makeApplication().test(.router) { client in
                let response = try await client.execute(uri: "/ui/login", method: .get, headers: headers)
                return (response.headers[values: .setCookie].first ?? "", String(buffer: response.body))
            }
        }
        let loopback = try await loginCookie { $0.host = "127.0.0.1" }
        #expect(!loopback.0.contains("Secure"))
        let network = try await loginCookie { $0.host = "0.0.0.0" }
        #expect(network.0.contains("; Secure"))
        // Over plain HTTP such a cookie would be dropped: the page says why sign-in cannot work.
        #expect(network.1.contains("Sign-in needs HTTPS here"))
        let forced = try await loginCookie {
            $0.host = "127.0.0.1"
            $0.ui.secureCookies = true
        }
        #expect(forced.0.contains("; Secure"))
        // An X-Forwarded-Proto from a proxy that is not trusted changes nothing.
        let untrusted = try await loginCookie({ $0.host = "127.0.0.1" }, headers: [.xForwardedProto: "https"])
        #expect(!untrusted.0.contains("Secure"))
    }

    @Test func aSignInWithoutItsFormTokenIsRefused() async throws {
        let gateway = try Self.gateway()
        try await gateway.makeApplication().test(.router) { client in
            var browser = PageClient(client: client)
            let page = try await browser.post("/ui/login", [("name", "alice"), ("password", Self.agentPassword)])
            #expect(page.status == .forbidden)
            #expect(browser.cookies[UIState.sessionCookie] == nil)
        }
    }

    @Test func anAgentEntersAComplaintInChineseAfterFixingTheFieldTheFormMarked() async throws {
        let gateway = try Self.gateway()
        try await gateway.makeApplication().test(.router) { client in
            var browser = PageClient(client: client, language: "zh-CN,zh;q=0.9,en;q=0.5")
            _ = try await browser.signIn("alice", Self.agentPassword)
            let form = try await browser.get("/ui/complaints/new")
            #expect(form.status == .ok)
            #expect(form.html.contains("登记投诉"))
            let csrf = try #require(form.input("csrf"))
            let token = try #require(form.input("form_token"))
            var fields: [(String, String)] = [
                ("csrf", csrf), ("form_token", token), ("complainant.name", "张伟"), ("complainant.phone", "1380013"),
                ("occurred_at", "2026-11-30T09:15"), ("location", "朝阳门店"), ("respondent.kind", "staff"), ("respondent.id", "E1024"),
                ("body", "店员态度恶劣，  拒绝退货。\n第二行"), ("demand", "道歉并退款"), ("references", "订单号：88231\nplate: 京A12345"),
            ]
            let wrong = try await browser.postMultipart("/ui/complaints", fields)
            #expect(wrong.status == .badRequest)
            // The error sits beside the phone field, in Chinese, and the typed values are kept.
            #expect(wrong.html.contains(#"<p class="error" id="complainant-phone-error" role="alert">不是有效的电话号码"#))
            #expect(wrong.html.contains(#"name="complainant.phone" value="1380013""#))
            #expect(wrong.html.contains("朝阳门店"))
            #expect(try await gateway.journal.countDeliveries(matching: DeliveryFilter()) == 0)

            fields[3] = ("complainant.phone", "138 0013 8000")
            let saved = try await browser.postMultipart("/ui/complaints", fields, files: [("attachments", "../receipt.jpg", Array("JPEG".utf8))])
            #expect(saved.status == .seeOther)
            let location = try #require(saved.headers[.location])
            let id = try #require(location.split(separator: "/").last?.split(separator: "?").first.map(String.init))
            let stored = try #require(try await gateway.journal.complaint(id: id)).complaint
            #expect(stored.channel == .manual)
            #expect(stored.source == "desk")
            #expect(stored.complainant.phone == "+8613800138000")
            #expect(stored.body == "店员态度恶劣，  拒绝退货。\n第二行")
            #expect(stored.references == ["订单号": "88231", "plate": "京A12345"])
            #expect(stored.occurredAt == RFC3339.date(from: "2026-11-30T01:15:00Z"))
            #expect(stored.respondent == Respondent(kind: "staff", id: "E1024", name: nil))
            #expect(stored.extra["entered_by"] == .string("alice"))
            #expect(stored.attachments.first?.filename == "receipt.jpg")
            let digest = Digest.sha256Hex(Array("JPEG".utf8))
            #expect(stored.attachments.first?.sha256 == digest)
            #expect(FileManager.default.contents(atPath: "\(gateway.configuration.ui.attachmentsDirectory)/\(digest)") == Data("JPEG".utf8))

            let shown = try await browser.get(location)
            #expect(shown.html.contains("投诉已保存"))
            #expect(shown.html.contains(#"<strong id="complaint-id">\#(id)</strong>"#))
            #expect(shown.html.contains(#"id="respond-by""#))
            // An agent sees the complaint, not its raw payload or deliveries.
            #expect(!shown.html.contains(#"id="raw""#))

            // Saving the same form again (a double click, a reload) stores nothing new.
            let again = try await browser.postMultipart("/ui/complaints", fields)
            #expect(again.headers[.location]?.hasPrefix("/ui/complaints/\(id)?saved=1&repeat=1") == true)
            #expect(try await gateway.journal.countDeliveries(matching: DeliveryFilter()) == 1)
        }
    }

    @Test func theFormWarnsOfTheSameCustomersComplaintsOnOtherChannels() async throws {
        let gateway = try Self.gateway()
        let earlier = try await gateway.intake.submit(
            [ComplaintDraft(channel: .hotline, complainant: Complainant(phone: "13800138000"), body: "电话投诉：快递三天未到")],
            from: IntakeSource(name: "callcenter", defaultChannel: .hotline),
            raw: RawPayload(data: Data("{}".utf8), contentType: "application/json")
        )
        try await gateway.makeApplication().test(.router) { client in
            var browser = PageClient(client: client)
            _ = try await browser.signIn("alice", Self.agentPassword)
            let form = try await browser.get("/ui/complaints/new")
            let saved = try await browser.postMultipart(
                "/ui/complaints",
                [
                    ("csrf", form.input("csrf") ?? ""), ("form_token", form.input("form_token") ?? ""), ("complainant.phone", "+86 138 0013 8000"),
                    ("body", "到店投诉：快递还没到"),
                ]
            )
            let shown = try await browser.get(try #require(saved.headers[.location]))
            #expect(shown.html.contains(#"id="related""#))
            #expect(shown.html.contains(#"<a href="/ui/complaints/\#(earlier[0].id)">"#))
            #expect(shown.html.contains("hotline"))
        }
    }

    @Test func postsWithoutTheSessionsTokenChangeNothing() async throws {
        let gateway = try Self.gateway()
        let ids = try await AdminAPITests().deadDeliveries(gateway, count: 2)
        try await gateway.makeApplication().test(.router) { client in
            var agent = PageClient(client: client)
            _ = try await agent.signIn("alice", Self.agentPassword)
            let forged = try await agent.postMultipart("/ui/complaints", [("complainant.name", "X"), ("body", "forged")])
            #expect(forged.status == .forbidden)
            let wrongToken = try await agent.postMultipart("/ui/complaints", [("csrf", "A" + String(repeating: "b", count: 42)), ("body", "forged")])
            #expect(wrongToken.status == .forbidden)
            var operatorBrowser = PageClient(client: client)
            _ = try await operatorBrowser.signIn("olga", Self.operatorPassword)
            let replay = try await operatorBrowser.post("/ui/replay", [("mode", "filter"), ("confirm", "1"), ("status", "dead")])
            #expect(replay.status == .forbidden)
            #expect(try await gateway.journal.countDeliveries(matching: DeliveryFilter(statuses: [.dead])) == ids.count)
            #expect(try await gateway.journal.auditLog(limit: 10).isEmpty)
        }
    }

    @Test func onlyOperatorsSeeTheConsoleAndReplay() async throws {
        let gateway = try Self.gateway()
        let ids = try await AdminAPITests().deadDeliveries(gateway, count: 3)
        try await gateway.makeApplication().test(.router) { client in
            var agent = PageClient(client: client)
            _ = try await agent.signIn("alice", Self.agentPassword)
            #expect(try await agent.get("/ui/console").status == .forbidden)
            #expect(try await agent.get("/ui/deliveries").status == .forbidden)
            let form = try await agent.get("/ui/complaints/new")
            let refused = try await agent.post("/ui/replay", [("csrf", form.input("csrf") ?? ""), ("mode", "filter"), ("confirm", "1")])
            #expect(refused.status == .forbidden)
            #expect(try await gateway.journal.countDeliveries(matching: DeliveryFilter(statuses: [.dead])) == 3)

            var operatorBrowser = PageClient(client: client)
            _ = try await operatorBrowser.signIn("olga", Self.operatorPassword)
            let console = try await operatorBrowser.get("/ui/console")
            #expect(console.status == .ok)
            #expect(console.html.contains(#"<td class="dead"><a href="/ui/deliveries?sink=file&amp;status=dead">3</a></td>"#))
            let list = try await operatorBrowser.get("/ui/deliveries?status=dead&error=HTTP+422")
            #expect(list.html.contains(#"<strong id="matching">3</strong>"#))
            let csrf = try #require(list.input("csrf"))
            // One selected: a dry run first, then the replay.
            let check = try await operatorBrowser.post(
                "/ui/replay",
                [("csrf", csrf), ("mode", "selected"), ("key", "\(ids[0])|file"), ("rate", "5")]
            )
            #expect(check.html.contains(#"<strong id="matched">1</strong>"#))
            #expect(try await gateway.journal.countDeliveries(matching: DeliveryFilter(statuses: [.dead])) == 3)
            let done = try await operatorBrowser.post(
                "/ui/replay",
                [("csrf", csrf), ("confirm", "1"), ("mode", "selected"), ("key", "\(ids[0])|file"), ("rate", "5")]
            )
            #expect(done.html.contains(#"<strong id="requeued">1</strong>"#))
            #expect(try await gateway.journal.deliveries(complaintID: ids[0]).first?.status == .pending)
            // Everything the filter matches: the other two.
            let all = try await operatorBrowser.post(
                "/ui/replay",
                [("csrf", csrf), ("confirm", "1"), ("mode", "filter"), ("status", "dead"), ("error", "HTTP 422")]
            )
            #expect(all.html.contains(#"<strong id="requeued">2</strong>"#))
            let audit = try await gateway.journal.auditLog(limit: 10)
            #expect(audit.map(\.actor) == ["olga", "olga"])
            #expect(audit.map(\.count).sorted() == [1, 2])
            let auditPage = try await operatorBrowser.get("/ui/audit")
            #expect(auditPage.html.contains(#"<td class="actor">olga</td>"#))
        }
    }

    @Test func pagesEscapeWhatCustomersWrote() async throws {
        let gateway = try Self.gateway()
        let hostile = "<script>alert('x')</script> \"quoted\" & 'single' \u{202E}evil\u{202C} " + String(repeating: "长", count: 20_000)
        let outcomes = try await gateway.intake.submit(
            [
                ComplaintDraft(
                    channel: .webhook,
                    complainant: Complainant(name: "<img src=x onerror=alert(1)>"),
                    subject: "\"><script>alert(2)</script>",
                    body: hostile
                )
            ],
            from: IntakeSource(name: "callcenter", defaultChannel: .webhook),
            raw: RawPayload(data: Data(#"{"body":"<script>alert(3)</script>"}"#.utf8), contentType: "application/json")
        )
        let id = outcomes[0].id
        try await gateway.makeApplication().test(.router) { client in
            var browser = PageClient(client: client)
            _ = try await browser.signIn("olga", Self.operatorPassword)
            let page = try await browser.get("/ui/complaints/\(id)")
            #expect(page.status == .ok)
            #expect(!page.html.contains("<script"))
            #expect(!page.html.contains("<img"))
            #expect(page.html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;"))
            #expect(page.html.contains("&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"))
            #expect(page.html.contains("&lt;script&gt;alert(3)&lt;/script&gt;"))
            // The text is shown whole, RTL override included (the cell isolates its direction).
            #expect(page.html.contains("\u{202E}evil\u{202C}"))
            #expect(page.html.contains(String(repeating: "长", count: 20_000)))
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
        }
    }

    @Test func aProxysSignInHeaderIsIgnoredFromAnUntrustedAddress() async throws {
        let gateway = try Self.gateway { configuration in
            configuration.ui.singleSignOn = .init(header: "X-Remote-User", trustedNetworks: [IPNetwork("10.0.0.0/8")!])
        }
        try await gateway.makeApplication().test(.router) { client in
            let response = try await client.execute(uri: "/ui/console", method: .get, headers: [HTTPField.Name("X-Remote-User")!: "olga"])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location]?.hasPrefix("/ui/login") == true)
        }
    }
}

struct UIFormTests {
    @Test func readsUrlEncodedFormsAsABrowserSendsThem() {
        let fields = FormData.urlEncoded(Array("a=1&name=%E5%BC%A0+%E4%BC%9F&empty=&flag&bad=%ZZ%4".utf8))
        #expect(fields.map(\.name) == ["a", "name", "empty", "flag", "bad"])
        #expect(fields.map(\.value) == ["1", "张 伟", "", "", "%ZZ%4"])
    }

    @Test func readsMultipartFormsWithFilesAndSkipsEmptyFileInputs() throws {
        let body =
            "--b\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n第一行\r\n第二行\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n"
            + "--b--\r\n"
        let form = try FormData.parse(contentType: "multipart/form-data; boundary=b", body: ByteBuffer(string: body))
        #expect(form["body"] == "第一行\r\n第二行")
        #expect(form.files.count == 1)
        #expect(form.files.first?.filename == "a.txt")
        #expect(form.files.first?.bytes == Array("hello".utf8))
        #expect(throws: FormData.Failure.self) { try FormData.parse(contentType: "multipart/form-data", body: ByteBuffer(string: body)) }
        #expect(throws: FormData.Failure.self) { try FormData.parse(contentType: "application/json", body: ByteBuffer(string: "{}")) }
    }

    @Test func turnsTheFormIntoAComplaintDocumentAndReportsItsOwnFieldProblems() throws {
        var form = EntryForm(values: [
            "complainant.name": "  李娜 ", "body": "  原话\n保留  ", "occurred_at": "2026-12-01 08:30", "severity": "1",
            "references": "订单号：123\n无冒号的行\nplate = 沪B 1", "category": "logistics",
        ])
        form.files = [FormData.File(field: "attachments", filename: "big.bin", contentType: nil, bytes: Array(repeating: 0, count: 11))]
        let (document, issues) = form.document(
            timeZone: TimeZone(identifier: "Asia/Shanghai")!,
            agent: "alice",
            uploads: .init(directory: "/tmp", maximumBytes: 10)
        )
        guard case .object(let members) = document else {
            Issue.record("not an object")
            return
        }
        #expect(members["occurred_at"] == .string("2026-12-01T00:30:00.000Z"))
        #expect(members["severity"] == .int(1))
        #expect(members["body"] == .string("  原话\n保留  "))
        #expect(members["references"] == .object(["订单号": .string("123"), "plate": .string("沪B 1")]))
        #expect(members["category"] == .string("logistics"))
        #expect(members["attachments"] == nil)
        #expect(issues.map(\.field).sorted() == ["attachments", "references", "severity_reason"])

        let wrong = EntryForm(values: ["occurred_at": "yesterday", "severity": "9", "category": "nonsense"])
        let problems = wrong.document(timeZone: .gmt, agent: "a", uploads: .init(directory: "/tmp", maximumBytes: 10)).issues
        #expect(Set(problems.map { "\($0.field)|\($0.code)" }) == ["occurred_at|format", "severity|range", "category|enum"])
    }

    @Test func saysFieldProblemsInEitherLanguage() {
        let phone = ValidationIssue(field: "complainant.phone", code: "format", message: "is not a valid phone number: 7 digits")
        #expect(UIText(language: .english).message(for: phone) == "is not a valid phone number: 7 digits")
        #expect(UIText(language: .chinese).message(for: phone).hasPrefix("不是有效的电话号码"))
        let other = ValidationIssue(field: "location", code: "too_long", message: "has 600 characters")
        #expect(UIText(language: .chinese).message(for: other) == "内容过长")
        #expect(UIText(language: .chinese)["entry.submit"] == "保存投诉")
        #expect(UIText(language: .english)["entry.submit"] == "Save complaint")
    }

    @Test func choosesTheLanguageFromTheSwitchThenTheBrowser() {
        #expect(UILanguage.negotiate(query: nil, cookie: nil, acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.8") == .chinese)
        #expect(UILanguage.negotiate(query: nil, cookie: nil, acceptLanguage: "en-US,en;q=0.9,zh;q=0.8") == .english)
        #expect(UILanguage.negotiate(query: nil, cookie: nil, acceptLanguage: "fr, zh-TW;q=0.5") == .chinese)
        #expect(UILanguage.negotiate(query: nil, cookie: nil, acceptLanguage: nil) == .english)
        #expect(UILanguage.negotiate(query: nil, cookie: "en", acceptLanguage: "zh-CN") == .english)
        #expect(UILanguage.negotiate(query: "zh-Hans", cookie: "en", acceptLanguage: nil) == .chinese)
    }

    @Test func keepsUploadNamesAndReturnPathsHarmless() {
        #expect(EntryForm.safeFilename("../../etc/passwd") == "passwd")
        #expect(EntryForm.safeFilename("C:\\Users\\a\\photo.jpg") == "photo.jpg")
        #expect(EntryForm.safeFilename(".hidden") == "hidden")
        #expect(EntryForm.safeFilename("a\u{0}b\n.png") == "ab.png")
        #expect(UIRoutes.safeBack("/ui/deliveries?sink=file") == "/ui/deliveries?sink=file")
        for hostile in ["//evil.example/ui/", "https://evil.example/ui/", "/ui/\\evil", "/v1/admin", "/ui/x\r\nSet-Cookie: a=b"] {
            #expect(UIRoutes.safeBack(hostile) == nil)
        }
    }

    @Test func accountsRefuseWeakPasswordsAndKeepOnlyHashes() throws {
        let path = TestGateway.directory() + "/users.json"
        let store = AccountStore(path: path, cost: 4)
        #expect(throws: AccountError.self) { try store.add(name: "bob", roles: [.agent], password: "short") }
        #expect(throws: AccountError.self) { try store.add(name: "bob", roles: [], password: "long-enough-password") }
        #expect(throws: AccountError.self) { try store.add(name: "bob smith", roles: [.agent], password: "long-enough-password") }
        try store.add(name: "bob", roles: [.agent, .operator], password: "long-enough-password")
        #expect(throws: AccountError.self) { try store.add(name: "bob", roles: [.agent], password: "long-enough-password") }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains("long-enough-password"))
        #expect(text.contains("$2b$04$"))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(store.verify(name: "bob", password: "long-enough-password")?.roles == [.agent, .operator])
        #expect(store.verify(name: "bob", password: "wrong-password-here") == nil)
        #expect(store.verify(name: "nobody", password: "long-enough-password") == nil)
        try store.setDisabled(name: "bob", true)
        #expect(store.verify(name: "bob", password: "long-enough-password") == nil)
    }
}

struct UIFailedIntakeTests {
    @Test func anOperatorDiscardsOrRetriesFailedInputsAndTheAuditLogSaysWho() async throws {
        let gateway = try UIPagesTests.gateway()
        let raw = RawPayload(data: Data("Subject: ?\r\n\r\n".utf8), contentType: "message/rfc822")
        var ids: [String] = []
        for index in 0..<2 {
            ids.append(
                try await gateway.journal.recordFailedIntake(
                    FailedIntake(
                        id: "fi_test\(index)",
                        key: "mail-\(index)",
                        source: "support-inbox",
                        channel: .email,
                        receivedAt: Date(),
                        reason: "no text and no usable sender",
                        raw: raw
                    )
                )
            )
        }
        let recorded = ids
        try await gateway.makeApplication().test(.router) { client in
            let ids = recorded
            var browser = PageClient(client: client)
            _ = try await browser.signIn("olga", UIPagesTests.operatorPassword)
            let list = try await browser.get("/ui/failed-intake")
            #expect(list.html.contains("no text and no usable sender"))
            #expect(list.html.contains(#"name="id" value="\#(ids[0])""#))
            let changed = try await browser.post("/ui/failed-intake", [("csrf", list.input("csrf") ?? ""), ("id", ids[0]), ("action", "discard")])
            #expect(changed.html.contains("1 inputs changed."))
            let retried = try await browser.post("/ui/failed-intake", [("csrf", list.input("csrf") ?? ""), ("id", ids[1]), ("action", "retry")])
            #expect(retried.status == .ok)
            #expect(try await gateway.journal.failedIntake(id: ids[0])?.status == .discarded)
            #expect(try await gateway.journal.failedIntake(id: ids[1])?.status == .retry)
            #expect(try await gateway.journal.auditLog(limit: 5).map(\.action) == ["failed.retry", "failed.discard"])

            var agent = PageClient(client: client)
            _ = try await agent.signIn("alice", UIPagesTests.agentPassword)
            #expect(try await agent.get("/ui/failed-intake").status == .forbidden)
        }
    }
}

struct UISessionTests {
    @Test func sessionsAreSignedSharedByReplicasAndEndAfterTheirLifetime() throws {
        let key = Array(repeating: UInt8(7), count: 32)
        let store = UISessionStore(lifetime: .seconds(3600))
        store.setKey(key)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let session = store.create(user: "alice", now: start)
        #expect(store.session(id: session.id, now: start.addingTimeInterval(3000))?.user == "alice")
        #expect(store.session(id: session.id, now: start.addingTimeInterval(3601)) == nil)
        // Another replica with the same key (from the journal) knows the session and its CSRF token.
        let replica = UISessionStore(lifetime: .seconds(3600))
        replica.setKey(key)
        #expect(replica.session(id: session.id, now: start)?.csrf == session.csrf)
        // A cookie changed by hand, or signed with another key, is nothing.
        let parts = session.id.split(separator: ".").map(String.init)
        let forgedPayload = UISessionStore.base64URL(Array(#"{"u":"olga","s":"x","t":1800000000000,"e":1900000000000,"p":false}"#.utf8))
        #expect(store.session(id: forgedPayload + "." + parts[1], now: start) == nil)
        let stranger = UISessionStore(lifetime: .seconds(3600))
        stranger.setKey(Array(repeating: 8, count: 32))
        #expect(stranger.session(id: session.id, now: start) == nil)
        #expect(UISessionStore(lifetime: .seconds(3600)).session(id: session.id, now: start) == nil, "no key, no session")
        #expect(store.session(id: "made-up", now: start) == nil)
        // Signed out: gone on this replica.
        let current = store.create(user: "bob")
        store.remove(id: current.id)
        #expect(store.session(id: current.id) == nil)
    }

    @Test func aSessionStartedOnOneReplicaWorksOnAnotherSharingTheJournal() async throws {
        let journal = MemoryJournal()
        let first = try UIPagesTests.gateway(journal: journal)
        let second = try TestGateway.make(journal: journal) { $0.ui.usersFile = first.configuration.ui.usersFile }
        let cookies = try await first.makeApplication().test(.router) { client in
            var browser = PageClient(client: client)
            _ = try await browser.signIn("alice", UIPagesTests.agentPassword)
            return browser.cookies
        }
        try await second.makeApplication().test(.router) { client in
            var browser = PageClient(client: client)
            browser.cookies = cookies
            let form = try await browser.get("/ui/complaints/new")
            #expect(form.status == .ok)
            let saved = try await browser.postMultipart(
                "/ui/complaints",
                [("csrf", form.input("csrf") ?? ""), ("form_token", form.input("form_token") ?? ""), ("complainant.name", "李雷"), ("body", "另一台网关")]
            )
            #expect(saved.status == .seeOther, "the CSRF token of one replica's session holds on the other")
        }
    }

    @Test func aPasswordChangeEndsTheSessionsBegunBefore() async throws {
        let gateway = try UIPagesTests.gateway()
        try await gateway.makeApplication().test(.router) { client in
            var browser = PageClient(client: client)
            _ = try await browser.signIn("alice", UIPagesTests.agentPassword)
            #expect(try await browser.get("/ui/complaints/new").status == .ok)
            try await Task.sleep(for: .milliseconds(20))
            try AccountStore(path: gateway.configuration.ui.usersFile, cost: 4).setPassword(name: "alice", password: "a-new-password-2")
            #expect(try await browser.get("/ui/complaints/new").status == .seeOther)
        }
    }
}
