import Foundation
public import IntakeCore
public import IntakeEmail

extension ConfigurationFile {
    /// The `email:` settings of a `door: email` source.
    struct Email: Decodable {
        var url: String?
        var mailbox: String?
        var username: String?
        var password: Secret?
        var caFile: String?
        var verifyCertificate: Bool?
        var requireTLS: Bool?
        var connectTimeout: String?
        var readTimeout: String?
        var interval: String?
        var batchSize: Int?
        var after: String?
        var moveTo: String?
        var quarantine: String?
        var maxSize: String?
        var automated: String?
        var ownAddresses: [String]?
        var attachmentsDirectory: String?

        enum CodingKeys: String, CodingKey {
            case url
            case mailbox
            case username
            case password
            case caFile = "ca_file"
            case verifyCertificate = "verify_certificate"
            case requireTLS = "require_tls"
            case connectTimeout = "connect_timeout"
            case readTimeout = "read_timeout"
            case interval
            case batchSize = "batch_size"
            case after
            case moveTo = "move_to"
            case quarantine
            case maxSize = "max_size"
            case automated
            case ownAddresses = "own_addresses"
            case attachmentsDirectory = "attachments_dir"
        }
    }

    static let emailKeys: Set<String> = [
        "url", "mailbox", "username", "password", "ca_file", "verify_certificate", "require_tls", "connect_timeout", "read_timeout",
        "interval", "batch_size", "after", "move_to", "quarantine", "max_size", "automated", "own_addresses", "attachments_dir",
    ]
}

extension ConfigurationChecker {
    /// Validates a `door: email` source: the IMAP server and login (password from the environment or a file), TLS
    /// (certificate checks stay on unless turned off explicitly), what happens to a mail after the commit, and how
    /// automated mail is treated.
    mutating func emailSource(_ source: ConfigurationFile.Source, name: String, path: Path, dataDirectory: String) -> EmailSource? {
        let before = problems.count
        for (key, present) in [
            ("tokens", source.tokens != nil), ("format", source.format != nil), ("mapping", source.mapping != nil), ("auth", source.auth != nil),
            ("provider", source.provider != nil), ("allow_from", source.allowFrom != nil),
        ] where present {
            problem(path + [.key(key)], "is not a setting of an e-mail source; its settings go under email")
        }
        guard let email = source.email else {
            problem(path + [.key("email")], "is required for an e-mail source: url, username and password of the IMAP mailbox")
            return nil
        }
        let emailPath = path + [.key("email")]
        var url = ""
        if let text = email.url, let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "imap" || scheme == "imaps", components.host?.isEmpty == false
        {
            if components.user != nil || components.password != nil {
                problem(emailPath + [.key("url")], "must not hold a login: give username and password (from env or file) instead")
            }
            url = "\(scheme)://\(components.host!)\(components.port.map { ":\($0)" } ?? "")"
            if components.path.count > 1 { problem(emailPath + [.key("url")], "names the folder in mailbox, not in the URL path") }
        } else {
            problem(emailPath + [.key("url")], "is required: imaps://host[:port] (TLS) or imap://host[:port] (STARTTLS)")
        }
        let username = email.username ?? ""
        if username.isEmpty { problem(emailPath + [.key("username")], "is required") }
        var password = ""
        if let secret = email.password {
            password = resolveTokens([secret], path: emailPath + [.key("password")]).first?.value ?? ""
            if password.isEmpty, problems.count == before { problem(emailPath + [.key("password")], "is empty") }
        } else {
            problem(emailPath + [.key("password")], "is required: env: VARIABLE or file: /path (never written in the file)")
        }
        let verify = email.verifyCertificate ?? true
        let requireTLS = email.requireTLS ?? true
        // Checked where mailboxes are opened (not for operator commands, which open none).
        if requireSecrets, let file = email.caFile, !FileManager.default.isReadableFile(atPath: file) {
            problem(emailPath + [.key("ca_file")], "cannot read \(file)")
        }
        var server = IMAPServer(
            url: url,
            username: username,
            password: password,
            requireTLS: requireTLS,
            verifyCertificate: verify,
            caFile: email.caFile
        )
        if let value = duration(email.connectTimeout, path: emailPath + [.key("connect_timeout")]) { server.connectTimeout = value }
        if let value = duration(email.readTimeout, path: emailPath + [.key("read_timeout")]) { server.readTimeout = value }
        var mailbox = MailboxConfiguration(source: name, server: server, mailbox: email.mailbox ?? "INBOX")
        if let value = duration(email.interval, path: emailPath + [.key("interval")]) {
            if value < .seconds(1) { problem(emailPath + [.key("interval")], "must be at least 1s") } else { mailbox.interval = value }
        }
        if let size = email.batchSize {
            if (1...5000).contains(size) { mailbox.batchSize = size } else { problem(emailPath + [.key("batch_size")], "must be 1 to 5000") }
        }
        switch email.after ?? "seen" {
        case "seen": mailbox.after = .markSeen
        case "delete": mailbox.after = .delete
        case "move":
            if let folder = email.moveTo, !folder.isEmpty {
                mailbox.after = .move(to: folder)
            } else {
                problem(emailPath + [.key("move_to")], "is required with after: move (the folder stored mail goes to)")
            }
        case let other: problem(emailPath + [.key("after")], "must be seen, move or delete, not \"\(other)\"")
        }
        if email.moveTo != nil, email.after != "move" { problem(emailPath + [.key("move_to")], "is only used with after: move") }
        mailbox.quarantine = email.quarantine.flatMap { $0.isEmpty ? nil : $0 }
        let folder = mailbox.mailbox
        for (key, value) in [("move_to", email.moveTo), ("quarantine", email.quarantine)] {
            guard let value else { continue }
            if value == folder {
                problem(emailPath + [.key(key)], "is the polled mailbox itself: mail moved there would be read again, forever")
            }
            if value.contains("{") || value.contains("}") || value.contains("\r") || value.contains("\n") {
                problem(emailPath + [.key(key)], "must not contain { } or line breaks")
            }
        }
        if let value = email.connectTimeout.flatMap(DurationParser.parse), value < .seconds(1) {
            problem(emailPath + [.key("connect_timeout")], "must be at least 1s")
        }
        if let value = email.readTimeout.flatMap(DurationParser.parse), value < .seconds(1) {
            problem(emailPath + [.key("read_timeout")], "must be at least 1s")
        }
        if let text = email.maxSize {
            if let size = ByteSizeParser.parse(text), size > 0 {
                mailbox.mapping.maximumSize = size
            } else {
                problem(emailPath + [.key("max_size")], "must be a size such as 512KB, 25MB or 1GB, not \"\(text)\"")
            }
        }
        if let text = email.automated {
            if let policy = AutomatedMailPolicy(rawValue: text) {
                mailbox.mapping.automated = policy
            } else {
                problem(emailPath + [.key("automated")], "must be skip, tag or keep")
            }
        }
        mailbox.mapping.ownAddresses = Set((email.ownAddresses ?? [username].filter { $0.contains("@") }).map { $0.lowercased() })
        mailbox.attachmentsDirectory = email.attachmentsDirectory ?? "\(dataDirectory)/attachments"
        var channel = Channel.email
        if let text = source.channel {
            if let value = Channel(rawValue: text) {
                channel = value
            } else {
                problem(path + [.key("channel")], "must be one of \(Channel.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        guard problems.count == before else { return nil }
        return EmailSource(intake: IntakeSource(name: name, defaultChannel: channel, defaultTags: source.tags ?? []), mailbox: mailbox)
    }
}

/// A configured mailbox: the intake source and how it is polled.
public struct EmailSource: Sendable {
    /// The source as intake knows it.
    public var intake: IntakeSource
    /// The mailbox's settings.
    public var mailbox: MailboxConfiguration
}

/// Sizes as configuration files write them: `512KB`, `25MB`, `1GB` (powers of 1024), or bytes.
enum ByteSizeParser {
    static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        for (suffix, factor) in [("KB", 1 << 10), ("MB", 1 << 20), ("GB", 1 << 30), ("K", 1 << 10), ("M", 1 << 20), ("G", 1 << 30), ("B", 1)]
        where trimmed.hasSuffix(suffix) {
            guard let value = Double(trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), value >= 0, value * Double(factor) < 1e12
            else {
                return nil
            }
            return Int(value * Double(factor))
        }
        return Int(trimmed)
    }
}
