public import Foundation
public import IntakeCore
public import IntakeSMS
public import IntakeSinks
public import IntakeStorePostgres
public import IntakeWebhook
public import Logging
import Yams

/// The validated configuration of a gateway: sources, sinks, routes, limits, secrets resolved.
public struct GatewayConfiguration: Sendable {
    /// A bearer token and the name it is known by (the actor in audit records).
    public struct Token: Sendable, Hashable {
        /// Who holds it.
        public var name: String
        /// The secret.
        public var value: String

        /// Creates a token.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// A native-door source: who may post complaints to `POST /v1/complaints`, and as what.
    public struct Source: Sendable {
        /// What intake needs of it.
        public var intake: IntakeSource
        /// Tokens that identify callers as this source.
        public var tokens: [Token]
        /// Whether loopback callers without a token are taken as this source.
        public var allowsLoopbackWithoutToken: Bool

        /// Creates a source.
        public init(intake: IntakeSource, tokens: [Token], allowsLoopbackWithoutToken: Bool) {
            self.intake = intake
            self.tokens = tokens
            self.allowsLoopbackWithoutToken = allowsLoopbackWithoutToken
        }
    }

    /// A configured sink.
    public struct Sink: Sendable {
        /// What kind of sink.
        public enum Kind: Sendable, Hashable {
            /// A JSON Lines file.
            case jsonLines(path: String, fsync: Bool)
            /// Standard output.
            case standardOutput
            /// A helpdesk or any receiver over HTTP.
            case http(HTTPSink.Configuration)
            /// A PostgreSQL table.
            case postgres(PostgresSink.Configuration)
        }

        /// Its name.
        public var name: String
        /// Its kind and settings.
        public var kind: Kind
        /// Its worker's pacing and retry policy.
        public var worker: DeliveryWorker.Configuration
        /// Whether delivery is paused (a receiver's maintenance window): complaints are kept and routed to it, and
        /// wait, pending, until the gateway runs with the sink unpaused.
        public var paused: Bool

        /// Creates a sink.
        public init(name: String, kind: Kind, worker: DeliveryWorker.Configuration = .init(), paused: Bool = false) {
            self.name = name
            self.kind = kind
            self.worker = worker
            self.paused = paused
        }
    }

    /// The triage rules in force, and the file they are reloaded from.
    public struct Triage: Sendable {
        /// The rules (the embedded `config/triage.yaml` when no file is named).
        public var rules: TriageRules
        /// The rules file, reloaded when it changes; `nil` for the embedded rules.
        public var path: String?
        /// How often the file is checked for changes; zero for only on SIGHUP.
        public var reloadInterval: Duration

        /// Creates triage settings.
        public init(rules: TriageRules = TriageConfiguration.defaultRules, path: String? = nil, reloadInterval: Duration = .seconds(2)) {
            self.rules = rules
            self.path = path
            self.reloadInterval = reloadInterval
        }
    }

    /// Listen host.
    public var host: String
    /// Listen port (0 for any free port).
    public var port: Int
    /// Largest request body accepted.
    public var maximumBodyBytes: Int
    /// Most complaints in one batch.
    public var maximumBatch: Int
    /// The SQLite journal file.
    public var journalPath: String
    /// The PostgreSQL journal shared by replicas (`journal: {kind: postgres, …}`); `nil`: SQLite at ``journalPath``.
    public var journalPostgres: PostgresJournal.Configuration?
    /// Appends waiting before the door answers 503.
    public var journalMaximumPending: Int
    /// Validation settings.
    public var validation: ComplaintValidator.Configuration
    /// Native-door sources.
    public var sources: [Source]
    /// Webhook sources, served at `/v1/webhooks/{name}`.
    public var webhookSources: [WebhookSource] = []
    /// SMS sources, served at `/v1/sms/{name}`, and how long each waits for the parts of a concatenated message.
    public var smsSources: [(source: SMSSource, partsWait: Duration)] = []
    /// IMAP mailboxes, each polled by its own service.
    public var emailSources: [EmailSource] = []
    /// Sinks.
    public var sinks: [Sink]
    /// Routes from complaints to sinks.
    public var routes: [SinkRoute]
    /// Triage rules and where they come from.
    public var triage: Triage
    /// Tokens for the admin API.
    public var adminTokens: [Token]
    /// The web pages for agents and operators.
    public var ui: UISettings
    /// The log level.
    public var logLevel: Logger.Level
    /// Whether this is the embedded default configuration (no file).
    public var isEmbeddedDefault: Bool

    /// Whether `host` only accepts connections from this machine.
    public var listensOnLoopbackOnly: Bool { Self.isLoopbackHost(host) }

    /// The embedded defaults: SQLite and a JSON Lines sink under `directory`, 127.0.0.1:8080, the native door open
    /// to loopback callers without a token.
    public static func embeddedDefault(directory: String = "./data") -> GatewayConfiguration {
        GatewayConfiguration(
            host: "127.0.0.1",
            port: 8080,
            maximumBodyBytes: 1 << 20,
            maximumBatch: 500,
            journalPath: "\(directory)/journal.sqlite",
            journalMaximumPending: 8192,
            validation: ComplaintValidator.Configuration(),
            sources: [Source(intake: IntakeSource(name: "api", defaultChannel: .webhook), tokens: [], allowsLoopbackWithoutToken: true)],
            sinks: [Sink(name: "file", kind: .jsonLines(path: "\(directory)/complaints.jsonl", fsync: true))],
            routes: [SinkRoute(sinks: ["file"])],
            triage: Triage(),
            adminTokens: [],
            ui: UISettings(directory: directory),
            logLevel: .info,
            isEmbeddedDefault: true
        )
    }

    /// Whether `host` is a loopback address or name.
    public static func isLoopbackHost(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Reads and validates a configuration file.
    /// - Parameters:
    ///   - path: the YAML file.
    ///   - environment: where `env:` secrets are read from.
    ///   - requireSecrets: whether a secret that cannot be read is a problem; operator commands, which open the
    ///     journal and never a door, pass `false` (an operator's shell does not hold the mailbox passwords).
    /// - Throws: ``ConfigurationError`` with every problem and its line.
    public static func load(
        path: String,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        requireSecrets: Bool = true
    ) throws -> GatewayConfiguration {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigurationError(
                file: path,
                problems: [ConfigurationProblem(path: "", line: nil, message: "cannot read the file: \(error.localizedDescription)")]
            )
        }
        return try parse(yaml: text, file: path, environment: environment, requireSecrets: requireSecrets)
    }

    /// Validates a configuration given as YAML text.
    /// - Throws: ``ConfigurationError`` with every problem and its line.
    public static func parse(
        yaml text: String,
        file: String? = nil,
        environment: [String: String],
        requireSecrets: Bool = true
    ) throws -> GatewayConfiguration {
        try ConfigurationChecker.read(ConfigurationFile.self, yaml: text, file: file, environment: environment) { checker, decoded in
            checker.requireSecrets = requireSecrets
            return checker.validate(decoded)
        }
    }
}

/// A key path into the configuration document.
enum ConfigurationPathComponent: Hashable {
    case key(String)
    case index(Int)
}

/// Collects every problem of a configuration, with the line it is on.
struct ConfigurationChecker {
    /// Reads a YAML document of the file form `Form`: parses it, refuses unknown keys, decodes it, and turns it into
    /// its validated form with `validate`.
    /// - Throws: ``ConfigurationError`` with every problem and its line.
    static func read<Form: Decodable, Result>(
        _ form: Form.Type,
        yaml text: String,
        file: String?,
        environment: [String: String] = [:],
        allowedKeys: [String: Set<String>] = ConfigurationFile.allowedKeys,
        validate: (inout ConfigurationChecker, Form) -> Result?
    ) throws -> Result {
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw ConfigurationError(file: file, problems: [ConfigurationProblem(path: "", line: 1, message: "the file is empty")])
            }
            node = composed
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw ConfigurationError(file: file, problems: [yamlProblem(error)])
        }
        var checker = ConfigurationChecker(root: node, environment: environment, allowedKeys: allowedKeys)
        checker.checkKeys(node, path: [])
        let decoded: Form
        do {
            decoded = try YAMLDecoder().decode(Form.self, from: node)
        } catch let error as DecodingError {
            checker.report(decodingError: error)
            throw ConfigurationError(file: file, problems: checker.problems)
        } catch {
            checker.problem([], "cannot be read: \(error)")
            throw ConfigurationError(file: file, problems: checker.problems)
        }
        let result = validate(&checker, decoded)
        guard checker.problems.isEmpty, let result else { throw ConfigurationError(file: file, problems: checker.problems) }
        return result
    }

    let root: Node
    let environment: [String: String]
    /// The keys each mapping may have, by path pattern.
    let allowedKeys: [String: Set<String>]
    var problems: [ConfigurationProblem] = []
    /// Whether unreadable secrets are problems (see ``GatewayConfiguration/load(path:environment:requireSecrets:)``);
    /// when not, they stand in as a placeholder that opens nothing.
    var requireSecrets = true

    init(root: Node, environment: [String: String], allowedKeys: [String: Set<String>] = ConfigurationFile.allowedKeys) {
        self.root = root
        self.environment = environment
        self.allowedKeys = allowedKeys
    }

    typealias Path = [ConfigurationPathComponent]

    /// A YAML syntax error, with its line and column but without the line's text (which may hold personal data, a
    /// VIP's phone number, that must not reach the logs).
    static func yamlProblem(_ error: any Error) -> ConfigurationProblem {
        switch error as? YamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ConfigurationProblem(path: "", line: mark.line, message: "not valid YAML: \(problem) (column \(mark.column))")
        case .reader(let problem, _, _, _):
            return ConfigurationProblem(path: "", line: nil, message: "not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, _):
            return ConfigurationProblem(path: "", line: nil, message: "not valid YAML: duplicated keys \(duplicates.joined(separator: ", "))")
        default:
            return ConfigurationProblem(path: "", line: nil, message: "not valid YAML")
        }
    }

    static func describe(_ path: Path) -> String {
        var text = ""
        for component in path {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    func line(of path: Path) -> Int? {
        var node: Node? = root
        var best = root.mark?.line
        for component in path {
            switch (component, node) {
            case (.key(let key), .mapping(let mapping)?):
                // The key's own line: a block value starts on the next one.
                if let entry = mapping.first(where: { $0.key.string == key }) {
                    node = entry.value
                    if let line = entry.key.mark?.line {
                        best = line
                        continue
                    }
                } else {
                    node = nil
                }
            case (.index(let index), .sequence(let sequence)?):
                node = index < sequence.count ? sequence[index] : nil
            default:
                node = nil
            }
            if let line = node?.mark?.line { best = line } else { break }
        }
        return best
    }

    mutating func problem(_ path: Path, _ message: String) {
        problems.append(ConfigurationProblem(path: Self.describe(path), line: line(of: path), message: message))
    }

    mutating func checkKeys(_ node: Node, path: Path) {
        let pattern = path.map { component -> String in
            switch component {
            case .key(let key): key
            case .index: "[]"
            }
        }
        .reduce("") { $0.isEmpty || $1 == "[]" ? $0 + $1 : $0 + "." + $1 }
        switch node {
        case .mapping(let mapping):
            let allowed = allowedKeys[pattern]
            for (keyNode, value) in mapping {
                guard let key = keyNode.string else { continue }
                if let allowed, !allowed.contains(key) {
                    let hint =
                        ["token", "secret", "password", "value"].contains(key)
                        ? " (secrets are never written in the file: use env: VARIABLE or file: /path)" : ""
                    problems.append(
                        ConfigurationProblem(
                            path: Self.describe(path + [.key(key)]),
                            line: keyNode.mark?.line,
                            message: "unknown key; expected one of \(allowed.sorted().joined(separator: ", "))\(hint)"
                        )
                    )
                    continue
                }
                if allowed != nil { checkKeys(value, path: path + [.key(key)]) }
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() { checkKeys(item, path: path + [.index(index)]) }
        default:
            break
        }
    }

    mutating func report(decodingError error: DecodingError) {
        func path(_ codingPath: [any CodingKey]) -> Path {
            codingPath.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) }
        }
        switch error {
        case .typeMismatch(let type, let context):
            problem(path(context.codingPath), "must be \(Self.typeName(type))")
        case .valueNotFound(let type, let context):
            problem(path(context.codingPath), "must be \(Self.typeName(type)), not empty")
        case .keyNotFound(let key, let context):
            problem(path(context.codingPath + [key]), "is required")
        case .dataCorrupted(let context):
            problem(path(context.codingPath), "cannot be read: \(context.debugDescription)")
        @unknown default:
            problem([], "cannot be read: \(error)")
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Bool.Type: "true or false"
        case is [String].Type: "a list of strings"
        case is [Int].Type: "a list of integers"
        default: String(describing: type).contains("Array") ? "a list" : "a mapping"
        }
    }

    mutating func validate(_ file: ConfigurationFile) -> GatewayConfiguration? {
        var configuration = GatewayConfiguration.embeddedDefault()
        configuration.isEmbeddedDefault = false

        if let server = file.server {
            if let host = server.host {
                if host.isEmpty { problem([.key("server"), .key("host")], "must not be empty") } else { configuration.host = host }
            }
            if let port = server.port {
                if (0...65535).contains(port) { configuration.port = port } else { problem([.key("server"), .key("port")], "must be 0 to 65535") }
            }
            if let bytes = server.maxBodyBytes {
                if bytes >= 1024 {
                    configuration.maximumBodyBytes = bytes
                } else {
                    problem([.key("server"), .key("max_body_bytes")], "must be at least 1024")
                }
            }
            if let batch = server.maxBatch {
                if batch >= 1 { configuration.maximumBatch = batch } else { problem([.key("server"), .key("max_batch")], "must be at least 1") }
            }
        }

        if let journal = file.journal {
            let path: Path = [.key("journal")]
            switch journal.kind ?? "sqlite" {
            case "sqlite":
                for (key, given) in [("host", journal.host), ("user", journal.user), ("database", journal.database)] where given != nil {
                    problem(path + [.key(key)], "is for kind: postgres; the SQLite journal takes path")
                }
            case "postgres":
                configuration.journalPostgres = postgresJournal(journal, path: path)
            case let kind:
                problem(path + [.key("kind")], "unknown journal kind \"\(kind)\"; this build has: sqlite, postgres")
            }
            if let path = journal.path { configuration.journalPath = path }
            if let pending = journal.maxPending {
                if pending >= 1 {
                    configuration.journalMaximumPending = pending
                } else {
                    problem([.key("journal"), .key("max_pending")], "must be at least 1")
                }
            }
        }

        if let region = file.validation?.phoneRegion {
            if PhoneNumberNormalizer(defaultRegion: region) == nil {
                let known = PhoneNumberNormalizer.regions.keys.sorted().joined(separator: ", ")
                problem([.key("validation"), .key("phone_region")], "unknown region \"\(region)\"; known: \(known)")
            } else {
                configuration.validation.defaultPhoneRegion = region.uppercased()
            }
        }

        if let sources = file.sources {
            configuration.sources = []
            configuration.webhookSources = []
            configuration.smsSources = []
            configuration.emailSources = []
            var names: Set<String> = []
            for (index, source) in sources.enumerated() {
                let path: Path = [.key("sources"), .index(index)]
                guard let name = source.name, Self.isName(name) else {
                    problem(path + [.key("name")], source.name == nil ? "is required" : "must be letters, digits, - and _ only")
                    continue
                }
                if !names.insert(name).inserted { problem(path + [.key("name")], "\"\(name)\" is used by another source") }
                if source.door == "sms" {
                    if let sms = smsSource(source, name: name, path: path) { configuration.smsSources.append(sms) }
                    continue
                }
                if source.door == "email" {
                    let directory = URL(fileURLWithPath: configuration.journalPath).deletingLastPathComponent().path
                    if let email = emailSource(source, name: name, path: path, dataDirectory: directory) { configuration.emailSources.append(email) }
                    continue
                }
                if source.door == "webhook" {
                    if let webhook = webhookSource(source, name: name, path: path) { configuration.webhookSources.append(webhook) }
                    continue
                }
                if let door = source.door, door != "native" {
                    problem(path + [.key("door")], "unknown door \"\(door)\"; this build has: native, webhook, sms, email")
                }
                for (key, present) in [("format", source.format != nil), ("auth", source.auth != nil), ("mapping", source.mapping != nil)]
                where present {
                    problem(path + [.key(key)], "is for webhook sources (door: webhook); a native source takes the complaint schema with tokens")
                }
                var channel = Channel.webhook
                if let text = source.channel {
                    if let value = Channel(rawValue: text) {
                        channel = value
                    } else {
                        problem(path + [.key("channel")], "must be one of \(Channel.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                }
                let tokens = resolveTokens(source.tokens ?? [], path: path + [.key("tokens")])
                let loopback = source.allowLoopbackWithoutToken ?? (source.tokens ?? []).isEmpty
                configuration.sources.append(
                    GatewayConfiguration.Source(
                        intake: IntakeSource(name: name, defaultChannel: channel, defaultTags: source.tags ?? []),
                        tokens: tokens,
                        allowsLoopbackWithoutToken: loopback
                    )
                )
            }
            if configuration.sources.filter(\.allowsLoopbackWithoutToken).count > 1 {
                problem([.key("sources")], "more than one source accepts loopback callers without a token; callers could not be told apart")
            }
        }

        if let sinks = file.sinks {
            configuration.sinks = []
            var names: Set<String> = []
            for (index, sink) in sinks.enumerated() {
                let path: Path = [.key("sinks"), .index(index)]
                guard let name = sink.name, Self.isName(name) else {
                    problem(path + [.key("name")], sink.name == nil ? "is required" : "must be letters, digits, - and _ only")
                    continue
                }
                if !names.insert(name).inserted { problem(path + [.key("name")], "\"\(name)\" is used by another sink") }
                var worker = DeliveryWorker.Configuration()
                let paused = sink.paused ?? false
                if let size = sink.batchSize {
                    if size >= 1 { worker.batchSize = size } else { problem(path + [.key("batch_size")], "must be at least 1") }
                }
                if let retry = sink.retry {
                    let retryPath = path + [.key("retry")]
                    if let attempts = retry.maxAttempts {
                        if attempts >= 1 {
                            worker.retry.maximumAttempts = attempts
                        } else {
                            problem(retryPath + [.key("max_attempts")], "must be at least 1")
                        }
                    }
                    if let value = duration(retry.initialDelay, path: retryPath + [.key("initial_delay")]) { worker.retry.initialDelay = value }
                    if let value = duration(retry.maxDelay, path: retryPath + [.key("max_delay")]) { worker.retry.maximumDelay = value }
                    if let value = duration(retry.maxAge, path: retryPath + [.key("max_age")]) { worker.retry.maximumAge = value }
                    if worker.retry.initialDelay < .milliseconds(10) {
                        problem(retryPath + [.key("initial_delay")], "must be at least 10ms, or a failing sink is hammered")
                    }
                    if worker.retry.maximumDelay < worker.retry.initialDelay {
                        problem(retryPath + [.key("max_delay")], "must not be shorter than initial_delay")
                    }
                }
                switch sink.kind {
                case "jsonl"?:
                    guard let file = sink.path else {
                        problem(path + [.key("path")], "is required for a jsonl sink")
                        continue
                    }
                    configuration.sinks.append(
                        .init(name: name, kind: .jsonLines(path: file, fsync: sink.fsync ?? true), worker: worker, paused: paused)
                    )
                case "stdout"?:
                    configuration.sinks.append(.init(name: name, kind: .standardOutput, worker: worker, paused: paused))
                case "http"?:
                    if let settings = httpSink(sink, path: path) {
                        configuration.sinks.append(.init(name: name, kind: .http(settings), worker: worker, paused: paused))
                    }
                case "postgres"?:
                    if let settings = postgresSink(sink, path: path) {
                        configuration.sinks.append(.init(name: name, kind: .postgres(settings), worker: worker, paused: paused))
                    }
                case let kind?:
                    problem(path + [.key("kind")], "unknown sink kind \"\(kind)\"; this build has: jsonl, stdout, http, postgres")
                case nil:
                    problem(path + [.key("kind")], "is required (jsonl, stdout, http or postgres)")
                }
            }
            if sinks.isEmpty { problem([.key("sinks")], "at least one sink is needed") }
        }

        let sinkNames = Set(configuration.sinks.map(\.name))
        if let routes = file.routes {
            configuration.routes = []
            for (index, route) in routes.enumerated() {
                let path: Path = [.key("routes"), .index(index)]
                guard let sinks = route.sinks, !sinks.isEmpty else {
                    problem(path + [.key("sinks")], "is required: the sinks matching complaints go to")
                    continue
                }
                for (position, sink) in sinks.enumerated() where !sinkNames.contains(sink) {
                    problem(path + [.key("sinks"), .index(position)], "no sink is named \"\(sink)\"")
                }
                var channels: [Channel] = []
                for (position, text) in (route.match?.channel ?? []).enumerated() {
                    if let channel = Channel(rawValue: text) {
                        channels.append(channel)
                    } else {
                        problem(path + [.key("match"), .key("channel"), .index(position)], "unknown channel \"\(text)\"")
                    }
                }
                let sourceNames = Set(
                    configuration.sources.map(\.intake.name) + configuration.webhookSources.map(\.intake.name)
                        + configuration.smsSources.map(\.source.intake.name) + configuration.emailSources.map(\.intake.name)
                )
                for (position, source) in (route.match?.source ?? []).enumerated() where !sourceNames.contains(source) {
                    problem(path + [.key("match"), .key("source"), .index(position)], "no source is named \"\(source)\"")
                }
                for (position, severity) in (route.match?.severity ?? []).enumerated() where !(1...4).contains(severity) {
                    problem(path + [.key("match"), .key("severity"), .index(position)], "must be 1 to 4")
                }
                var categories: [ComplaintCategory] = []
                for (position, text) in (route.match?.category ?? []).enumerated() {
                    if let category = ComplaintCategory(rawValue: text) {
                        categories.append(category)
                    } else {
                        let allowed = ComplaintCategory.allCases.map(\.rawValue).joined(separator: ", ")
                        problem(path + [.key("match"), .key("category"), .index(position)], "unknown category \"\(text)\"; one of \(allowed)")
                    }
                }
                configuration.routes.append(
                    SinkRoute(
                        channels: channels,
                        sources: route.match?.source ?? [],
                        categories: categories,
                        severities: route.match?.severity ?? [],
                        urgent: route.match?.urgent,
                        sinks: sinks
                    )
                )
            }
        } else {
            configuration.routes = [SinkRoute(sinks: configuration.sinks.map(\.name))]
        }
        if !configuration.routes.contains(where: \.matchesEverything) {
            problem([.key("routes")], "no route matches every complaint; add one without `match` so that no complaint is left without a sink")
        }

        if let triage = file.triage {
            let path: Path = [.key("triage")]
            if let interval = duration(triage.reloadInterval, path: path + [.key("reload_interval")]) {
                configuration.triage.reloadInterval = interval
            }
            if let rules = triage.rules {
                do {
                    configuration.triage.rules = try TriageConfiguration.load(path: rules)
                    configuration.triage.path = rules
                } catch let error as ConfigurationError {
                    for inner in error.problems {
                        problem(path + [.key("rules")], "\(rules): \(inner)")
                    }
                } catch {
                    problem(path + [.key("rules")], "\(rules): \(error)")
                }
            }
        }

        let dataDirectory = URL(fileURLWithPath: configuration.journalPath).deletingLastPathComponent().path
        configuration.ui = file.ui.map { ui($0, dataDirectory: dataDirectory) } ?? GatewayConfiguration.UISettings(directory: dataDirectory)
        let sourceNames =
            configuration.sources.map(\.intake.name) + configuration.webhookSources.map(\.intake.name)
            + configuration.smsSources.map(\.source.intake.name) + configuration.emailSources.map(\.intake.name)
        if configuration.ui.enabled, sourceNames.contains(configuration.ui.source.name) {
            problem(
                [.key("ui"), .key("source")],
                "\"\(configuration.ui.source.name)\" is the name of a configured source; the pages need a name of their own"
            )
        }
        if let admin = file.admin {
            configuration.adminTokens = resolveTokens(admin.tokens ?? [], path: [.key("admin"), .key("tokens")])
        }
        if let level = file.logging?.level {
            if let value = Logger.Level(rawValue: level) {
                configuration.logLevel = value
            } else {
                problem([.key("logging"), .key("level")], "must be one of trace, debug, info, notice, warning, error, critical")
            }
        }

        if !configuration.listensOnLoopbackOnly {
            for (index, source) in configuration.sources.enumerated() where source.tokens.isEmpty {
                problem(
                    [.key("sources"), .index(index), .key("tokens")],
                    "source \"\(source.intake.name)\" has no token, but the gateway listens on \(configuration.host): every source needs tokens unless it listens on loopback only"
                )
            }
        }
        return configuration
    }

    static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 64
            && text.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
            }
    }

    mutating func duration(_ text: String?, path: Path) -> Duration? {
        guard let text else { return nil }
        if let value = DurationParser.parse(text) { return value }
        problem(path, "must be a duration such as 500ms, 30s, 5m, 24h or 7d, not \"\(text)\"")
        return nil
    }

    /// What an unread secret stands in as when secrets are not required (long and random, never a usable value).
    static let unreadSecret = "unread-secret-" + UUID().uuidString + UUID().uuidString

    mutating func resolveTokens(_ secrets: [ConfigurationFile.Secret], path: Path) -> [GatewayConfiguration.Token] {
        var tokens: [GatewayConfiguration.Token] = []
        for (index, secret) in secrets.enumerated() {
            let itemPath = path + [.index(index)]
            let name = secret.name ?? "token-\(index + 1)"
            switch (secret.env, secret.file) {
            case (let variable?, nil):
                if let value = environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty {
                    tokens.append(.init(name: name, value: value))
                } else if !requireSecrets {
                    tokens.append(.init(name: name, value: Self.unreadSecret))
                } else {
                    problem(itemPath + [.key("env")], "environment variable \(variable) is not set")
                }
            case (nil, let file?):
                if let value = try? String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty {
                    tokens.append(.init(name: name, value: value))
                } else if !requireSecrets {
                    tokens.append(.init(name: name, value: Self.unreadSecret))
                } else {
                    problem(itemPath + [.key("file")], "cannot read a token from \(file)")
                }
            case (.some, .some):
                problem(itemPath, "give env or file, not both")
            case (nil, nil):
                problem(itemPath, "needs env: VARIABLE or file: /path (secrets are never written in the file)")
            }
        }
        return tokens
    }
}

/// Durations as configuration files write them: `500ms`, `30s`, `5m`, `24h`, `7d`, or a bare number of seconds.
enum DurationParser {
    static func parse(_ text: String) -> Duration? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400)]
        // Ten years at most: anything longer is a mistake, and would overflow.
        let limit = 10 * 366 * 86_400.0
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count)
            guard let value = Double(number), value >= 0, value * factor <= limit else { return nil }
            return .milliseconds(Int64(value * factor * 1000))
        }
        guard let value = Double(trimmed), value >= 0, value <= limit else { return nil }
        return .milliseconds(Int64(value * 1000))
    }
}
