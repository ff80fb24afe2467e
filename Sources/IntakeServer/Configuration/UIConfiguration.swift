public import Foundation
public import IntakeCore
public import IntakeWebhook

extension GatewayConfiguration {
    /// The web pages for agents and operators (`/ui/`).
    public struct UISettings: Sendable {
        /// A proxy that signs people in (single sign-on) and names them in a header.
        public struct SingleSignOn: Sendable {
            /// The header naming the account (`X-Remote-User`).
            public var header: String
            /// The proxies trusted to set it; the header from anyone else is ignored.
            public var trustedNetworks: [IPNetwork]
        }

        /// Whether the pages are served.
        public var enabled: Bool = true
        /// The accounts file.
        public var usersFile: String
        /// The source complaints entered in the pages come from (channel `manual`).
        public var source: IntakeSource = IntakeSource(name: "desk", defaultChannel: .manual)
        /// How long an unused session lasts.
        public var sessionLifetime: Duration = .seconds(8 * 3600)
        /// Whether cookies carry `Secure`; `nil`: yes unless the gateway listens on loopback only (plain HTTP there).
        public var secureCookies: Bool?
        /// The zone of the times agents type and the pages show.
        public var timeZone: TimeZone = .current
        /// Where uploaded attachments are kept, by their SHA-256.
        public var attachmentsDirectory: String
        /// The largest attachment accepted.
        public var maximumAttachmentBytes: Int = 20 << 20
        /// Sign-in by a trusted proxy's header, if configured.
        public var singleSignOn: SingleSignOn?
        /// Reverse proxies whose `X-Forwarded-For`, `-Proto` and `-Host` are believed (for the sign-in throttle,
        /// Secure cookies and the origin check).
        public var trustedProxies: [IPNetwork] = []

        /// The defaults for a gateway whose data lives in `directory`.
        public init(directory: String) {
            self.usersFile = "\(directory)/users.json"
            self.attachmentsDirectory = "\(directory)/attachments"
        }
    }
}

extension ConfigurationFile {
    /// The `ui:` section.
    struct UI: Decodable {
        var enabled: Bool?
        var usersFile: String?
        var source: String?
        var sessionLifetime: String?
        var secureCookies: Bool?
        var timeZone: String?
        var attachmentsDirectory: String?
        var maxAttachmentSize: String?
        var sso: SSO?
        var trustedProxies: [String]?

        struct SSO: Decodable {
            var header: String?
            var trustedProxies: [String]?

            enum CodingKeys: String, CodingKey {
                case header
                case trustedProxies = "trusted_proxies"
            }
        }

        enum CodingKeys: String, CodingKey {
            case enabled
            case usersFile = "users_file"
            case source
            case sessionLifetime = "session_lifetime"
            case secureCookies = "secure_cookies"
            case timeZone = "time_zone"
            case attachmentsDirectory = "attachments_dir"
            case maxAttachmentSize = "max_attachment_size"
            case sso
            case trustedProxies = "trusted_proxies"
        }
    }

    static let uiKeys: Set<String> = [
        "enabled", "users_file", "source", "session_lifetime", "secure_cookies", "time_zone", "attachments_dir", "max_attachment_size", "sso",
        "trusted_proxies",
    ]
}

extension ConfigurationChecker {
    /// Validates the `ui:` section.
    mutating func ui(_ file: ConfigurationFile.UI, dataDirectory: String) -> GatewayConfiguration.UISettings {
        let path: Path = [.key("ui")]
        var settings = GatewayConfiguration.UISettings(directory: dataDirectory)
        if let enabled = file.enabled { settings.enabled = enabled }
        if let users = file.usersFile {
            if users.isEmpty { problem(path + [.key("users_file")], "must not be empty") } else { settings.usersFile = users }
        }
        if let name = file.source {
            if Self.isName(name) {
                settings.source = IntakeSource(name: name, defaultChannel: .manual)
            } else {
                problem(path + [.key("source")], "must be 1 to 64 letters, digits, - and _, not \"\(name)\"")
            }
        }
        if let lifetime = duration(file.sessionLifetime, path: path + [.key("session_lifetime")]) {
            if lifetime >= .seconds(60), lifetime <= .seconds(30 * 86_400) {
                settings.sessionLifetime = lifetime
            } else {
                problem(path + [.key("session_lifetime")], "must be 1m to 30d")
            }
        }
        settings.secureCookies = file.secureCookies
        if let zone = file.timeZone {
            if let value = TimeZone(identifier: zone) {
                settings.timeZone = value
            } else {
                problem(path + [.key("time_zone")], "is not a time zone such as Asia/Shanghai or UTC: \"\(zone)\"")
            }
        }
        if let directory = file.attachmentsDirectory {
            if directory.isEmpty { problem(path + [.key("attachments_dir")], "must not be empty") } else { settings.attachmentsDirectory = directory }
        }
        if let text = file.maxAttachmentSize {
            if let size = ByteSizeParser.parse(text), size > 0 {
                settings.maximumAttachmentBytes = size
            } else {
                problem(path + [.key("max_attachment_size")], "must be a size such as 512KB or 20MB, not \"\(text)\"")
            }
        }
        for (index, text) in (file.trustedProxies ?? []).enumerated() {
            if let network = IPNetwork(text) {
                settings.trustedProxies.append(network)
            } else {
                problem(path + [.key("trusted_proxies"), .index(index)], "is not an address or network such as 127.0.0.1 or 10.0.0.0/24")
            }
        }
        if let sso = file.sso {
            let ssoPath = path + [.key("sso")]
            var networks: [IPNetwork] = []
            for (index, text) in (sso.trustedProxies ?? []).enumerated() {
                if let network = IPNetwork(text) {
                    networks.append(network)
                } else {
                    problem(ssoPath + [.key("trusted_proxies"), .index(index)], "is not an address or network such as 10.0.0.5 or 10.0.0.0/24")
                }
            }
            let header = sso.header ?? ""
            if header.isEmpty || header.contains(where: { $0 == ":" || $0 == " " }) {
                problem(ssoPath + [.key("header")], "names the header the proxy sets, such as X-Remote-User")
            }
            if networks.isEmpty {
                problem(ssoPath + [.key("trusted_proxies")], "must list the proxies trusted to set \(header.isEmpty ? "the header" : header)")
            }
            settings.singleSignOn = .init(header: header, trustedNetworks: networks)
        }
        return settings
    }
}
