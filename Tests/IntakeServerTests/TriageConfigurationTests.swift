import Foundation
import HTTPTypes
import HummingbirdTesting
import IntakeCore
import IntakeServer
import IntakeTesting
import Logging
import NIOCore
import Testing

/// `config/triage.yaml`: loading, checking with lines, the gateway using it, reloading, and splitting a wrong link.
struct TriageConfigurationTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("triage-\(UUID().uuidString).yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func problems(_ yaml: String) -> [ConfigurationProblem] {
        do {
            _ = try TriageConfiguration.parse(yaml: yaml)
            return []
        } catch let error as ConfigurationError {
            return error.problems
        } catch {
            return [ConfigurationProblem(path: "", line: nil, message: "\(error)")]
        }
    }

    @Test func theShippedFileIsTheEmbeddedDefault() throws {
        let shipped = try TriageConfiguration.load(path: Self.repository.appendingPathComponent("config/triage.yaml").path)
        let embedded = TriageConfiguration.defaultRules
        #expect(shipped.categories == embedded.categories, "run scripts/embed-triage-defaults after editing config/triage.yaml")
        #expect(shipped.urgent == embedded.urgent)
        #expect(shipped.cues == embedded.cues)
        #expect(shipped.severity == embedded.severity)
        #expect(shipped.sla == embedded.sla)
        #expect(shipped.linking == embedded.linking)
        #expect(shipped.categoryModel == embedded.categoryModel && embedded.categoryModel != nil && shipped.modelMargin == 2)
        let modelFile = try String(contentsOf: Self.repository.appendingPathComponent("config/triage-model.tsv"), encoding: .utf8)
        #expect(try CategoryModel(text: modelFile) == embedded.categoryModel, "run scripts/embed-triage-defaults after training")
        #expect(embedded.categories.count >= 8 && embedded.urgent.map(\.reason) == ["media", "legal", "regulator", "police", "safety"])
        #expect(embedded.sla.calendar?.timeZone.identifier == "Asia/Shanghai")
    }

    @Test func readsEveryKindOfRule() throws {
        let rules = try TriageConfiguration.parse(
            yaml: """
                version: 1
                categories:
                  - name: money
                    category: billing
                    weight: 4
                    keywords: [多收, refund]
                    patterns: ['charged \\d+ times']
                    except: [free of charge]
                fallback_category: suggestion
                urgent:
                  - name: press
                    reason: media
                    keywords: [曝光]
                    except_patterns: ['曝光(过度|不足)']
                cues: { negation_reach: 10, negations: [不想], reported: [新闻], resets: [我就] }
                severity:
                  urgent: 1
                  categories: { billing: 2 }
                  fallback: 4
                  repeat: { after: 3, raise_by: 2, most_severe: 1 }
                  vip: { contacts: ['customer:C-9'], raise_by: 1, most_severe: 2 }
                sla:
                  levels:
                    2: { respond: 1h, resolve: 2d, business_hours: true }
                  calendar: { time_zone: Asia/Hong_Kong, days: [mon, tue, wed, thu, fri, sat], open: "08:30", close: "17:30", holidays: [2026-12-25], workdays: [2026-12-27] }
                linking: { window: 7d, max_earlier: 5, ignore: ['phone:+85212345678'] }
                """
        )
        #expect(
            rules.categories == [
                .init(
                    name: "category.money",
                    category: .billing,
                    phrases: .init(keywords: ["多收", "refund"], patterns: [#"charged \d+ times"#], except: ["free of charge"]),
                    weight: 4
                )
            ]
        )
        #expect(rules.fallbackCategory == .suggestion)
        #expect(rules.urgent == [.init(name: "urgent.press", reason: "media", phrases: .init(keywords: ["曝光"], exceptPatterns: ["曝光(过度|不足)"]))])
        #expect(rules.cues == .init(negations: ["不想"], negationReach: 10, reported: ["新闻"], resets: ["我就"]))
        #expect(rules.severity.categories == [.billing: 2] && rules.severity.fallback == 4)
        #expect(rules.severity.repeatAfter == 3 && rules.severity.repeatRaise == .init(by: 2, mostSevere: 1))
        #expect(rules.severity.vipContacts == ["customer:C-9"])
        #expect(rules.sla.levels[2] == .init(respondWithin: .seconds(3600), resolveWithin: .seconds(2 * 86_400), businessHours: true))
        #expect(rules.sla.levels[1]?.respondWithin == .seconds(7200), "levels not named keep their defaults")
        let calendar = try #require(rules.sla.calendar)
        #expect(calendar.timeZone.identifier == "Asia/Hong_Kong" && calendar.weekdays == [1, 2, 3, 4, 5, 6])
        #expect(calendar.opensAt == 8 * 60 + 30 && calendar.closesAt == 17 * 60 + 30)
        #expect(calendar.holidays == ["2026-12-25"] && calendar.workdays == ["2026-12-27"])
        #expect(rules.linking == ContactLinking(window: .seconds(7 * 86_400), maximumEarlier: 5, ignored: ["phone:+85212345678"]))
        let off = try TriageConfiguration.parse(yaml: "linking: { enabled: false }")
        #expect(off.linking == nil)
        #expect(off.categoryModel == nil, "no model unless the rules name one")
        let model = try write("# a model\ncategories\tlogistics=2,billing=1\n快递\t2,0\n")
        let directory = (model as NSString).deletingLastPathComponent
        let named = try TriageConfiguration.parse(
            yaml: "model: { file: \((model as NSString).lastPathComponent), rules_margin: 3 }",
            directory: directory
        )
        #expect(named.categoryModel?.counts == ["快递": [2, 0]] && named.modelMargin == 3)
        let broken = try write("categories\tlogistics=2\n快递\t2,0\n")
        #expect {
            try TriageConfiguration.parse(yaml: "model: { file: \(broken) }")
        } throws: { error in
            (error as? ConfigurationError)?.problems.first?.description.contains("is not a category model: line 2: expected 1 counts") == true
        }
    }

    @Test func reportsEveryProblemWithItsLine() {
        let found = problems(
            """
            categories:
              - name: money
                category: bills
                keywords: [多收]
              - name: empty
                category: other
            urgent:
              - name: press
                reason: media
                patterns: ['(unclosed']
                keyword: [typo]
            severity:
              urgent: 0
            sla:
              levels:
                3: { respond: soon, business_hours: true }
              calendar: { time_zone: Mars/Olympus, days: [mon, funday], open: "25:00" }
            linking: { max_earlier: 0 }
            """
        )
        let text = found.map(\.description)
        #expect(text.contains { $0.hasPrefix("line 3: categories[0].category: must be one of service_attitude") }, "\(text)")
        #expect(text.contains("line 5: categories[1]: needs keywords or patterns"), "\(text)")
        #expect(text.contains { $0.hasPrefix("line 11: urgent[0].keyword: unknown key") }, "\(text)")
        #expect(text.contains("line 13: severity.urgent: must be a severity level from 1 (most severe) to 4, not 0"), "\(text)")
        #expect(text.contains { $0.contains("sla.levels.3.respond: must be a duration") }, "\(text)")
        #expect(text.contains { $0.contains("sla.calendar.time_zone: is not a known time zone") }, "\(text)")
        #expect(text.contains { $0.contains("sla.calendar.days[1]: must be one of mon") }, "\(text)")
        #expect(text.contains { $0.contains("sla.calendar.open: must be a time of day") }, "\(text)")
        #expect(text.contains { $0.contains("linking.max_earlier: must be from 1 to 500, not 0") }, "\(text)")
        // The pattern is checked once the rest is right.
        let pattern = problems("urgent:\n  - name: press\n    patterns: ['(unclosed']\n")
        #expect(pattern.count == 1 && pattern[0].message.contains("pattern \"(unclosed\" is not a valid regular expression"), "\(pattern)")
        let business = problems("sla:\n  levels:\n    3: { respond: 8h, business_hours: true }\n")
        #expect(business.map(\.description) == ["line 3: sla.levels.3.business_hours: needs sla.calendar"])
    }

    @Test func theGatewayConfigurationNamesTheRulesAndRoutesByCategory() throws {
        let rulesPath = try write("categories:\n  - name: money\n    category: billing\n    keywords: [多收]\n")
        let configuration = try GatewayConfiguration.parse(
            yaml: """
                sinks:
                  - { name: file, kind: jsonl, path: /tmp/x.jsonl }
                  - { name: alerts, kind: stdout }
                routes:
                  - sinks: [file]
                  - match: { category: [billing, safety], urgent: true }
                    sinks: [alerts]
                triage: { rules: \(rulesPath), reload_interval: 5s }
                """,
            environment: [:]
        )
        #expect(configuration.triage.path == rulesPath)
        #expect(configuration.triage.reloadInterval == .seconds(5))
        #expect(configuration.triage.rules.categories.map(\.name) == ["category.money"])
        #expect(configuration.routes[1] == SinkRoute(categories: [.billing, .safety], urgent: true, sinks: ["alerts"]))

        let broken = try write("categories:\n  - name: money\n    category: bills\n    keywords: [多收]\n")
        #expect {
            try GatewayConfiguration.parse(
                yaml: "routes:\n  - sinks: [file]\n  - match: { category: [money] }\n    sinks: [file]\ntriage: { rules: \(broken) }\n",
                environment: [:]
            )
        } throws: { error in
            let text = (error as? ConfigurationError)?.problems.map(\.description) ?? []
            return text.contains { $0.contains("routes[1].match.category[0]: unknown category \"money\"") }
                && text.contains { $0.contains("triage.rules: \(broken): line 3: categories[0].category: must be one of") }
        }
    }

    @Test func postedComplaintsLeaveClassifiedAndLinked() async throws {
        let gateway = try TestGateway.make()
        let headers: HTTPFields = [.authorization: "Bearer \(TestGateway.token)", .contentType: "application/json"]
        let admin: HTTPFields = [.authorization: "Bearer \(TestGateway.adminToken)", .contentType: "application/json"]
        try await gateway.makeApplication().test(.router) { client in
            var ids: [String] = []
            for body in ["快递三天没送到，再不处理我就去12315投诉", "还是没有消息，包裹到底在哪里"] {
                let json = #"{"complainant":{"phone":"13800138000"},"body":"\#(body)"}"#
                try await client.execute(uri: "/v1/complaints", method: .post, headers: headers, body: ByteBuffer(string: json)) { response in
                    #expect(response.status == .accepted)
                    let answer = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                    ids.append(try #require(answer?["id"] as? String))
                }
            }
            let first = try #require(try await gateway.journal.complaint(id: ids[0])).complaint
            #expect(first.category == .logistics && first.urgent && first.urgencyReasons == ["regulator"] && first.severity == 1)
            #expect(first.sla?.respondBy == first.receivedAt.addingTimeInterval(7200))
            #expect(first.triage?.rules.contains("urgent.regulator") == true)
            let second = try #require(try await gateway.journal.complaint(id: ids[1])).complaint
            #expect(second.related == Related(threadID: ids[0], earlierIDs: [ids[0]], matchedOn: ["phone"]))
            #expect(second.urgent == false && second.severity == 3)

            try await client.execute(uri: "/v1/admin/threads/\(ids[0])", method: .get, headers: admin) { response in
                #expect(response.status == .ok)
                let thread = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                let members = thread?["complaints"] as? [[String: Any]] ?? []
                #expect(members.map { $0["id"] as? String } == ids, "both complaints, oldest first")
                #expect(members.first?["identifiers"] as? [String] == ["phone"] && members.first?["urgent"] as? Bool == true)
                #expect(!String(buffer: response.body).contains("13800138000"), "kinds of identifier, not their values")
            }
            try await client.execute(uri: "/v1/admin/threads/01UNKNOWN", method: .get, headers: admin) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(
                uri: "/v1/admin/complaints/\(ids[1])/split",
                method: .post,
                headers: admin,
                body: ByteBuffer(string: #"{"reason":"两位家人共用一个电话"}"#)
            ) { response in
                #expect(response.status == .ok)
                let split = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                #expect(split?["previous_thread_id"] as? String == ids[0] && split?["thread_id"] as? String == ids[1])
            }
            try await client.execute(uri: "/v1/admin/complaints/\(ids[1])", method: .get, headers: admin) { response in
                let detail = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                #expect((detail?["split"] as? [String: Any])?["thread_id"] as? String == ids[1])
            }
            for (body, status, code) in [
                (#"{}"#, HTTPResponse.Status.badRequest, "invalid_split"),
                (#"{"reason":"x","ids":[]}"#, .badRequest, "invalid_split"),
            ] {
                try await client.execute(uri: "/v1/admin/complaints/\(ids[0])/split", method: .post, headers: admin, body: ByteBuffer(string: body)) {
                    response in
                    #expect(response.status == status)
                    let answer = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                    #expect(answer?["error"] as? String == code)
                }
            }
            try await client.execute(
                uri: "/v1/admin/complaints/01UNKNOWN/split",
                method: .post,
                headers: admin,
                body: ByteBuffer(string: #"{"reason":"x"}"#)
            ) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(
                uri: "/v1/admin/complaints/\(ids[0])/split",
                method: .post,
                headers: headers,
                body: ByteBuffer(string: #"{"reason":"x"}"#)
            ) {
                response in
                #expect(response.status == .unauthorized, "a door token is no admin token")
            }
            let audit = try await gateway.journal.auditLog(limit: 1)
            #expect(audit.first?.action == "split" && audit.first?.actor == "ops" && audit.first?.detail == "两位家人共用一个电话")
        }
    }

    @Test func aChangedFileIsReloadedAndABrokenOneKeepsTheRulesInForce() throws {
        let path = try write("categories:\n  - name: money\n    category: billing\n    keywords: [多收]\n")
        let triage = ReloadableTriage(try RuleTriage(rules: try TriageConfiguration.load(path: path)))
        let reloader = TriageReloader(path: path, interval: .seconds(1), triage: triage, logger: Logger(label: "test"))
        func category(_ body: String) -> ComplaintCategory? {
            var complaint = Fixtures.complaint(body: body)
            triage.classify(&complaint)
            return complaint.category
        }
        #expect(category("多收了钱") == .billing)
        #expect(category("快递丢了") == .other)
        try "categories:\n  - name: parcels\n    category: logistics\n    keywords: [快递]\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(reloader.reload())
        #expect(category("快递丢了") == .logistics)
        try "categories:\n  - name: parcels\n    category: parcels\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(!reloader.reload(), "a file with problems is refused")
        #expect(category("快递丢了") == .logistics, "the rules in force stay")
    }
}
