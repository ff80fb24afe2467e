import Foundation
import IntakeCore
import IntakeServer
import IntakeWebhook
import Testing

struct UIConfigurationTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func readsThePagesSettings() throws {
        let configuration = try GatewayConfiguration.load(path: Self.repository.appendingPathComponent("config/examples/desk.yaml").path)
        let ui = configuration.ui
        #expect(ui.enabled)
        #expect(ui.source.name == "desk" && ui.source.defaultChannel == .manual)
        #expect(ui.usersFile == "./data/users.json")
        #expect(ui.timeZone.identifier == "Asia/Shanghai")
        #expect(ui.sessionLifetime == .seconds(8 * 3600))
        #expect(ui.maximumAttachmentBytes == 20 << 20)
        #expect(ui.trustedProxies.map(\.description) == ["127.0.0.1/32"])
        #expect(ui.secureCookies == nil && ui.singleSignOn == nil)
        // Without a `ui:` section the pages are on, their files beside the journal.
        let plain = try GatewayConfiguration.parse(yaml: "journal: { path: /var/lib/intake/journal.sqlite }", environment: [:])
        #expect(
            plain.ui.enabled && plain.ui.usersFile == "/var/lib/intake/users.json" && plain.ui.attachmentsDirectory == "/var/lib/intake/attachments"
        )
    }

    @Test func reportsEachBadSettingByItsPath() throws {
        let yaml = """
            sources:
              - { name: desk, channel: manual }
            ui:
              time_zone: Mars/Olympus
              session_lifetime: 10s
              max_attachment_size: lots
              trusted_proxies: [not-an-address]
              sso: { header: "X Remote" }
              colour: blue
            """
        let error = try #require(throws: ConfigurationError.self) { try GatewayConfiguration.parse(yaml: yaml, environment: [:]) }
        let paths = Set(error.problems.map(\.path))
        for path in [
            "ui.time_zone", "ui.session_lifetime", "ui.max_attachment_size", "ui.trusted_proxies[0]", "ui.sso.header", "ui.sso.trusted_proxies",
            "ui.colour", "ui.source",
        ] {
            #expect(paths.contains(path), "no problem reported at \(path): \(error.problems)")
        }
        #expect(error.problems.contains { $0.message.contains("the pages need a name of their own") })
    }
}
