import Foundation
import IntakeCore
import IntakeServer
import IntakeStorePostgres
import Testing

struct JournalConfigurationTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theDeploymentExampleIsAValidReplica() throws {
        let environment = [
            "INTAKE_PG_PASSWORD": "pg-secret", "HOTLINE_TOKEN": "t", "SUPPORT_MAIL_PASSWORD": "m",
            "HELPDESK_SECRET": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        ]
        let configuration = try GatewayConfiguration.load(
            path: Self.repository.appendingPathComponent("deploy/replica.yaml").path,
            environment: environment
        )
        let postgres = try #require(configuration.journalPostgres)
        #expect(postgres.host == "db.internal" && postgres.port == 5432 && postgres.username == "intake" && postgres.database == "intake")
        #expect(postgres.password == "pg-secret" && postgres.tls == .require && postgres.poolSize == 8 && postgres.replica == "r1")
        #expect(configuration.emailSources.count == 1)
    }

    @Test func postgresJournalProblemsAreReportedByField() throws {
        let yaml = """
            journal:
              kind: postgres
              tls: maybe
              pool_size: 1
              password: { env: MISSING }
            """
        let error = try #require(throws: ConfigurationError.self) { try GatewayConfiguration.parse(yaml: yaml, environment: [:]) }
        let paths = Set(error.problems.map(\.path))
        #expect(paths.contains("journal.user") && paths.contains("journal.database"), "\(error.problems)")
        let bad = """
            journal: { kind: postgres, user: u, database: d, tls: maybe, pool_size: 1, password: { env: MISSING } }
            """
        let second = try #require(throws: ConfigurationError.self) { try GatewayConfiguration.parse(yaml: bad, environment: [:]) }
        let found = Set(second.problems.map(\.path))
        for path in ["journal.tls", "journal.pool_size", "journal.password"] {
            #expect(found.contains { $0.hasPrefix(path) }, "\(second.problems)")
        }
        let other = try #require(throws: ConfigurationError.self) {
            try GatewayConfiguration.parse(yaml: "journal: { kind: mongodb }", environment: [:])
        }
        #expect(other.problems.contains { $0.message.contains("this build has: sqlite, postgres") })
        // Without a kind, the embedded SQLite file.
        #expect(try GatewayConfiguration.parse(yaml: "journal: { path: /tmp/j.sqlite }", environment: [:]).journalPostgres == nil)
    }
}
