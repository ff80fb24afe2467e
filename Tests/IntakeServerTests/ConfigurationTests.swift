import Foundation
import IntakeCore
import IntakeEmail
import IntakeSMS
import IntakeServer
import IntakeSinks
import IntakeWebhook
import Testing

struct ConfigurationTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func readsAFullConfiguration() throws {
        let yaml = """
            server:
              host: 0.0.0.0
              port: 9090
              max_body_bytes: 2097152
            journal:
              path: /var/lib/intake/journal.sqlite
            validation:
              phone_region: HK
            sources:
              - name: callcenter
                channel: hotline
                tags: [hotline]
                tokens:
                  - name: hotline
                    env: HOTLINE_TOKEN
            sinks:
              - name: file
                kind: jsonl
                path: /var/lib/intake/complaints.jsonl
                retry: { max_attempts: 5, initial_delay: 500ms, max_delay: 2m, max_age: 12h }
              - name: console
                kind: stdout
            routes:
              - sinks: [file]
              - match: { severity: [1] }
                sinks: [console]
            admin:
              tokens:
                - name: ops
                  env: ADMIN_TOKEN
            """
        let configuration = try GatewayConfiguration.parse(yaml: yaml, environment: ["HOTLINE_TOKEN": "t1", "ADMIN_TOKEN": "t2"])
        #expect(configuration.host == "0.0.0.0" && configuration.port == 9090)
        #expect(configuration.validation.defaultPhoneRegion == "HK")
        #expect(configuration.sources.map(\.intake.name) == ["callcenter"])
        #expect(configuration.sources[0].tokens == [.init(name: "hotline", value: "t1")])
        #expect(configuration.sources[0].intake.defaultChannel == .hotline)
        #expect(configuration.sinks.map(\.name) == ["file", "console"])
        let retry = configuration.sinks[0].worker.retry
        #expect(
            retry.maximumAttempts == 5 && retry.initialDelay == .milliseconds(500) && retry.maximumDelay == .seconds(120)
                && retry.maximumAge == .seconds(43_200)
        )
        #expect(configuration.routes.count == 2 && configuration.routes[1].severities == [1])
        #expect(configuration.adminTokens.map(\.name) == ["ops"])
    }

    @Test func reportsEveryProblemWithItsLine() throws {
        let yaml = """
            server:
              host: 0.0.0.0
              prot: 9090
            sources:
              - name: callcenter
                token: abc
            sinks:
              - name: file
                kind: kafka
              - name: out
                kind: jsonl
                retry:
                  initial_delay: soon
            routes:
              - sinks: [missing]
                match: { channel: [fax] }
            """
        let error = try #require(throws: ConfigurationError.self) { try GatewayConfiguration.parse(yaml: yaml, environment: [:]) }
        let found = error.problems.map { "\($0.line ?? 0) \($0.path)" }
        #expect(found.contains("3 server.prot"))
        #expect(found.contains("6 sources[0].token"))
        #expect(found.contains("9 sinks[0].kind"))
        #expect(found.contains("10 sinks[1].path"))
        #expect(found.contains("13 sinks[1].retry.initial_delay"))
        #expect(found.contains("15 routes[0].sinks[0]"))
        #expect(found.contains("16 routes[0].match.channel[0]"))
        #expect(error.problems.contains { $0.message.contains("secrets are never written in the file") })
        #expect(error.problems.contains { $0.message.contains("every source needs tokens") })
    }

    @Test func reportsMissingSecretsAndWrongTypes() throws {
        let yaml = """
            server:
              port: high
            """
        let error = try #require(throws: ConfigurationError.self) { try GatewayConfiguration.parse(yaml: yaml, environment: [:]) }
        #expect(error.problems.map(\.description) == ["line 2: server.port: must be an integer"])
        let secrets = """
            sources:
              - name: api
                tokens:
                  - env: NOT_SET_ANYWHERE
                  - name: both
                    env: A
                    file: /b
            """
        let secretError = try #require(throws: ConfigurationError.self) { try GatewayConfiguration.parse(yaml: secrets, environment: [:]) }
        #expect(secretError.problems.map(\.path) == ["sources[0].tokens[0].env", "sources[0].tokens[1]"])
        #expect(secretError.problems[0].message == "environment variable NOT_SET_ANYWHERE is not set")
    }

    @Test func webhookSourcesAreReadWithTheirSchemesAndFormats() throws {
        let configuration = try GatewayConfiguration.load(
            path: Self.repository.appendingPathComponent("config/examples/webhooks.yaml").path,
            environment: [
                "INTAKE_HOTLINE_WEBHOOK_SECRET": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "INTAKE_HOTLINE_WEBHOOK_SECRET_OLD": "c2Vjb25kIHNlY3JldCBrZXkgMjQ=",
                "INTAKE_MONITOR_PUBLIC_KEY": "whpk_1SiA4o9hyqTCpIqC5V9HUakiiaeACeqfZTInDBbOir4=", "INTAKE_PBX_TOKEN": "p",
                "INTAKE_FREESWITCH_CREDENTIALS": "fs:pw",
                "INTAKE_WECHAT_TOKEN": "w", "INTAKE_PARTNER_SECRET": "s", "INTAKE_LISTENING_SECRET": "l", "INTAKE_ADMIN_TOKEN": "z",
            ]
        )
        let sources = configuration.webhookSources
        #expect(sources.map(\.intake.name) == ["hotline", "monitor", "pbx", "freeswitch", "wechat", "partner-form", "listening-tool"])
        #expect(
            sources.map(\.format.name) == ["hotline.call", "social.mention", "cti.events", "freeswitch.cdr", "wechat.mp", "complaint", "mapping"]
        )
        #expect(sources.map(\.authentication.name) == ["standard-webhooks", "standard-webhooks", "bearer", "basic", "wechat", "github", "hmac"])
        #expect(sources.map(\.intake.defaultChannel) == [.hotline, .social, .hotline, .hotline, .social, .webhook, .webhook])
        #expect(sources[2].allowedNetworks.map(\.description) == ["10.20.0.0/16"])
        #expect(configuration.sources.isEmpty)
    }

    @Test func webhookSourceProblemsAreReportedByField() throws {
        let yaml = """
            sources:
              - name: a
                door: webhook
                format: tweets
                auth: { scheme: standard-webhooks, secrets: [{ env: BAD_SECRET }] }
              - name: b
                door: webhook
                format: mapping
                mapping:
                  fields:
                    subject: { path: title }
                    complainant.age: /age
                auth: { scheme: hmac, signed: "{timestamp}.{body}", secrets: [{ env: FINE }] }
              - name: c
                door: webhook
                format: social.mention
                tokens: [{ env: FINE }]
                calls: { missed: keep }
                allow_from: [10.0.0.0/40]
                auth: { scheme: basic, secrets: [{ env: FINE }] }
              - name: d
                door: webhook
                format: complaint
                auth: { scheme: magic }
              - name: e
                door: webhook
                format: wechat.mp
                auth: { scheme: bearer, secrets: [{ env: FINE }] }
            """
        let error = try #require(throws: ConfigurationError.self) {
            try GatewayConfiguration.parse(yaml: yaml, environment: ["BAD_SECRET": "whsec_", "FINE": "x"])
        }
        let found = error.problems.map { "\($0.line ?? 0) \($0.path)" }
        #expect(found.contains("4 sources[0].format"))
        #expect(found.contains("5 sources[0].auth.secrets[0]"))
        #expect(found.contains("11 sources[1].mapping.fields.subject"))
        #expect(found.contains("12 sources[1].mapping.fields.complainant.age") || found.contains("10 sources[1].mapping.fields.complainant.age"))
        #expect(error.problems.contains { $0.path == "sources[1].mapping.fields.body" && $0.message.contains("is required") })
        #expect(found.contains("13 sources[1].auth.header"))
        #expect(error.problems.contains { $0.path == "sources[1].auth.signed" && $0.message.contains("timestamp_header") })
        #expect(found.contains("17 sources[2].tokens"))
        #expect(found.contains("18 sources[2].calls"))
        #expect(found.contains("19 sources[2].allow_from[0]"))
        #expect(error.problems.contains { $0.path == "sources[2].auth.secrets[0]" && $0.message.contains("user:password") })
        #expect(found.contains("24 sources[3].auth.scheme"))
        #expect(error.problems.contains { $0.path == "sources[4].auth.scheme" && $0.message.contains("must be wechat") })
    }

    @Test func smsSourcesAreReadAndTheirProblemsReportedByField() throws {
        let environment = ["T": "token", "K": "A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=", "BADKEY": "c2hvcnQ="]
        let good = """
            sources:
              - { name: twilio, door: sms, provider: twilio, public_url: "https://sms.example.com/v1/sms/twilio", auth: { secrets: [{ env: T }] } }
              - { name: vonage, door: sms, provider: vonage, parts_wait: 30s, auth: { method: sha512, secrets: [{ env: T }] } }
              - { name: telnyx, door: sms, provider: telnyx, auth: { public_keys: [{ env: K }] } }
              - { name: aliyun, door: sms, provider: aliyun, allow_from: [10.0.0.0/8], auth: { secrets: [{ env: T }] } }
            routes:
              - sinks: [file]
              - { match: { source: [aliyun] }, sinks: [file] }
            """
        let configuration = try GatewayConfiguration.parse(yaml: good, environment: environment)
        #expect(configuration.smsSources.map(\.source.provider.name) == ["twilio", "vonage", "telnyx", "aliyun"])
        #expect(configuration.smsSources.map(\.source.intake.defaultChannel) == [.sms, .sms, .sms, .sms])
        #expect(configuration.smsSources[1].partsWait == .seconds(30))
        let bad = """
            sources:
              - { name: a, door: sms, provider: twilio, auth: { secrets: [{ env: T }] } }
              - { name: b, door: sms, provider: nexmo }
              - { name: c, door: sms, provider: vonage, auth: { method: sha3, secrets: [{ env: T }] } }
              - { name: d, door: sms, provider: telnyx, auth: { public_keys: [{ env: BADKEY }] } }
              - { name: e, door: sms, provider: tencent }
              - { name: f, door: sms, provider: plivo, public_url: "https://x.example/p", parts_wait: 1m, format: complaint, auth: { secrets: [{ env: T }] } }
            """
        let error = try #require(throws: ConfigurationError.self) { try GatewayConfiguration.parse(yaml: bad, environment: environment) }
        let found = error.problems.map { "\($0.line ?? 0) \($0.path)" }
        #expect(found.contains("2 sources[0].public_url"))
        #expect(found.contains("3 sources[1].provider"))
        #expect(found.contains("4 sources[2].auth.method"))
        #expect(found.contains("5 sources[3].auth.public_keys[0]"))
        #expect(found.contains("6 sources[4].auth.secrets"))
        #expect(found.contains("7 sources[5].parts_wait"))
        #expect(found.contains("7 sources[5].format"))
    }

    @Test func httpAndPostgresSinksAreReadAndTheirProblemsReported() throws {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("ticket-\(UUID().uuidString).mustache")
        try #"{"ticket":{"subject":"{{subject}}"}}"#.write(to: template, atomically: true, encoding: .utf8)
        let environment = ["SECRET": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "TOKEN": "t", "PGPASS": "p"]
        let good = """
            sinks:
              - name: helpdesk
                kind: http
                url: https://helpdesk.example.com/api/complaints
                signing_secret: { env: SECRET }
                bearer_token: { env: TOKEN }
                headers: { X-Tenant: acme }
                timeout: 10s
                max_in_flight: 8
                circuit: { failures: 3, open_for: 1m }
                template: \(template.path)
              - { name: warehouse, kind: postgres, host: db.internal, user: intake, database: complaints, password: { env: PGPASS }, tls: require, table: reports.complaints, create_table: true }
            """
        let configuration = try GatewayConfiguration.parse(yaml: good, environment: environment)
        guard case .http(let http) = configuration.sinks[0].kind, case .postgres(let postgres) = configuration.sinks[1].kind else {
            Issue.record("\(configuration.sinks.map(\.kind))")
            return
        }
        #expect(http.signingSecret?.count == 24 && http.bearerToken == "t" && http.headers == ["X-Tenant": "acme"] && http.maximumInFlight == 8)
        #expect(http.timeout == .seconds(10) && http.circuitFailures == 3 && http.circuitOpenFor == .seconds(60) && http.template != nil)
        #expect(postgres.host == "db.internal" && postgres.password == "p" && postgres.tls == .require && postgres.table == "reports.complaints")
        #expect(postgres.createsTable)
        let bad = """
            sinks:
              - { name: a, kind: http, url: "ftp://example.com/x" }
              - { name: b, kind: http, url: "https://x.example", signing_secret: { env: TOKEN }, headers: { Idempotency-Key: x }, max_in_flight: 0 }
              - { name: c, kind: postgres, database: d }
              - { name: d, kind: postgres, user: u, database: d, table: "Robert'); DROP", tls: maybe }
            """
        let error = try #require(throws: ConfigurationError.self) { try GatewayConfiguration.parse(yaml: bad, environment: environment) }
        let found = Set(error.problems.map(\.path))
        #expect(
            found.isSuperset(of: [
                "sinks[0].url", "sinks[1].signing_secret", "sinks[1].headers.Idempotency-Key", "sinks[1].max_in_flight", "sinks[2].user",
                "sinks[3].table",
                "sinks[3].tls",
            ]),
            "\(found)"
        )
    }

    @Test func readsTokensFromFiles() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("token-\(UUID().uuidString)")
        try "  file-secret\n".write(to: file, atomically: true, encoding: .utf8)
        let yaml = """
            sources:
              - name: api
                tokens: [{ name: monitor, file: \(file.path) }]
            """
        let configuration = try GatewayConfiguration.parse(yaml: yaml, environment: [:])
        #expect(configuration.sources[0].tokens == [.init(name: "monitor", value: "file-secret")])
        #expect(!configuration.sources[0].allowsLoopbackWithoutToken)
    }

    @Test func theEmbeddedDefaultsKeepEverythingUnderData() {
        let configuration = GatewayConfiguration.embeddedDefault()
        #expect(configuration.host == "127.0.0.1" && configuration.port == 8080)
        #expect(configuration.journalPath == "./data/journal.sqlite")
        #expect(configuration.sinks.map(\.kind) == [.jsonLines(path: "./data/complaints.jsonl", fsync: true)])
        #expect(configuration.sources.first?.allowsLoopbackWithoutToken == true)
        #expect(configuration.isEmbeddedDefault)
    }

    @Test func anEmailSourceSaysWhatIsWrongWithItsSettings() throws {
        let yaml = """
            sources:
              - name: inbox
                door: email
                tokens: [{ env: X }]
                email:
                  url: imaps://user:pw@imap.example.com/INBOX
                  username: support
                  after: move
                  verify_certficate: false
            """
        let error = try #require(throws: ConfigurationError.self) { try GatewayConfiguration.parse(yaml: yaml, environment: [:]) }
        let text = "\(error)"
        #expect(text.contains("sources[0].tokens: is not a setting of an e-mail source"), "\(text)")
        #expect(text.contains("sources[0].email.url: must not hold a login"), "\(text)")
        #expect(text.contains("sources[0].email.url: names the folder in mailbox"), "\(text)")
        #expect(text.contains("sources[0].email.password: is required"), "\(text)")
        #expect(text.contains("sources[0].email.move_to: is required with after: move"), "\(text)")
        #expect(text.contains("verify_certficate"), "a misspelt key is refused: \(text)")
    }

    @Test func anEmailSourceIsReadWithItsDefaults() throws {
        let yaml = """
            sources:
              - name: inbox
                door: email
                email: { url: "imaps://imap.example.com", username: support@example.com, password: { env: PW } }
            """
        let configuration = try GatewayConfiguration.parse(yaml: yaml, environment: ["PW": "secret"])
        let mailbox = try #require(configuration.emailSources.first?.mailbox)
        #expect(mailbox.server.url == "imaps://imap.example.com")
        #expect(mailbox.server.password == "secret")
        #expect(mailbox.server.verifyCertificate)
        #expect(mailbox.mailbox == "INBOX" && mailbox.after == .markSeen && mailbox.interval == .seconds(30))
        #expect(mailbox.mapping.automated == .skip && mailbox.mapping.maximumSize == 25 << 20)
        #expect(mailbox.mapping.ownAddresses == ["support@example.com"], "the mailbox's own address is a loop")
    }

    @Test func everyExampleConfigurationIsValid() throws {
        let examples = Self.repository.appendingPathComponent("config/examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".yaml") }
        #expect(!files.isEmpty)
        for file in files {
            let environment = [
                "INTAKE_HOTLINE_TOKEN": "x", "INTAKE_MONITOR_TOKEN": "y", "INTAKE_ADMIN_TOKEN": "z",
                "INTAKE_HOTLINE_WEBHOOK_SECRET": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "INTAKE_HOTLINE_WEBHOOK_SECRET_OLD": "whsec_c2Vjb25kIHNlY3JldCBrZXkgMjQ=",
                "INTAKE_MONITOR_PUBLIC_KEY": "whpk_1SiA4o9hyqTCpIqC5V9HUakiiaeACeqfZTInDBbOir4=", "INTAKE_PBX_TOKEN": "p",
                "INTAKE_FREESWITCH_CREDENTIALS": "fs:pw", "INTAKE_WECHAT_TOKEN": "w", "INTAKE_PARTNER_SECRET": "s", "INTAKE_LISTENING_SECRET": "l",
                "INTAKE_TWILIO_AUTH_TOKEN": "t", "INTAKE_VONAGE_SIGNATURE_SECRET": "v",
                "INTAKE_TELNYX_PUBLIC_KEY": "A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=",
                "INTAKE_PLIVO_AUTH_TOKEN": "p", "INTAKE_ALIYUN_PATH_TOKEN": "a", "INTAKE_TENCENT_PATH_TOKEN": "t",
                "INTAKE_SUPPORT_MAIL_PASSWORD": "m", "INTAKE_BILLING_MAIL_PASSWORD": "b",
            ]
            // Files an example names (a CA, a password file) stand for what a deployment has; they are checked as
            // secrets, not required here.
            #expect(throws: Never.self, "\(file)") {
                try GatewayConfiguration.load(
                    path: examples.appendingPathComponent(file).path,
                    environment: environment,
                    requireSecrets: !file.hasPrefix("email")
                )
            }
        }
    }
}
