import Foundation
import IntakeCore
import IntakeServer
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

    @Test func everyExampleConfigurationIsValid() throws {
        let examples = Self.repository.appendingPathComponent("config/examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".yaml") }
        #expect(!files.isEmpty)
        for file in files {
            let environment = ["INTAKE_HOTLINE_TOKEN": "x", "INTAKE_MONITOR_TOKEN": "y", "INTAKE_ADMIN_TOKEN": "z"]
            #expect(throws: Never.self, "\(file)") {
                try GatewayConfiguration.load(path: examples.appendingPathComponent(file).path, environment: environment)
            }
        }
    }
}
