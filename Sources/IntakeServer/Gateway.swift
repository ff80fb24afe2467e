import Foundation
public import Hummingbird
public import IntakeCore
public import IntakeEmail
import IntakeSMS
import IntakeSinks
import IntakeStorePostgres
import IntakeStoreSQLite
import IntakeWebhook
public import Logging
public import Prometheus
public import ServiceLifecycle

/// A gateway wired from its configuration: journal, sinks and their workers, the intake path, replay, and the HTTP
/// application. `intake serve` runs ``services()`` in one `ServiceGroup`.
public final class Gateway: Sendable {
    /// The configuration in force.
    public let configuration: GatewayConfiguration
    /// The journal.
    public let journal: any ComplaintJournal
    /// The intake path all doors use.
    public let intake: ComplaintIntake
    /// One worker per sink.
    public let workers: [DeliveryWorker]
    /// Replay for operators.
    public let replayer: Replayer
    /// The parts of messages sent in pieces (concatenated SMS), kept in the journal until they are whole.
    public let fragments: FragmentAssembler
    /// The triage in force (reloaded from its file when one is configured).
    public let triage: ReloadableTriage
    /// One poller per configured mailbox.
    public let mailboxes: [MailboxPoller]
    /// Where metrics are kept for `/metrics`.
    public let registry: PrometheusCollectorRegistry
    /// The web pages' accounts, sessions and sign-in throttle (`nil` when `ui.enabled` is false).
    let ui: UIState?
    let logger: Logger
    let counters = CounterCache()

    /// Opens the journal and builds every part.
    /// - Parameters:
    ///   - configuration: the validated configuration.
    ///   - logger: the gateway's logger.
    ///   - registry: where `/metrics` reads from.
    ///   - journal: a journal to use instead of the configured SQLite file (tests).
    /// - Throws: `JournalError` when the journal cannot be opened; `ComplaintValidationError` for a bad phone region.
    public init(
        configuration: GatewayConfiguration,
        logger: Logger,
        registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
        journal: (any ComplaintJournal)? = nil
    ) throws {
        self.configuration = configuration
        self.logger = logger
        self.registry = registry
        let journal = try journal ?? Self.openJournal(configuration, logger: logger)
        self.journal = journal
        let workers = try configuration.sinks.map { sink in
            DeliveryWorker(sink: try Self.makeSink(sink, logger: logger), journal: journal, configuration: sink.worker, logger: logger)
        }
        self.workers = workers
        let wake: @Sendable ([String]) -> Void = { sinks in
            for worker in workers where sinks.contains(worker.sink.name) { worker.wake() }
        }
        let triage = ReloadableTriage(try RuleTriage(rules: configuration.triage.rules))
        self.triage = triage
        self.intake = ComplaintIntake(
            journal: journal,
            validator: try ComplaintValidator(configuration: configuration.validation),
            triage: triage,
            router: SinkRouter(routes: configuration.routes),
            logger: logger,
            committed: wake
        )
        self.replayer = Replayer(journal: journal, requeued: wake)
        self.ui = configuration.ui.enabled ? UIState(settings: configuration.ui, listensOnLoopbackOnly: configuration.listensOnLoopbackOnly) : nil
        self.fragments = FragmentAssembler(journal: journal)
        let intake = self.intake
        self.mailboxes = configuration.emailSources.map { source in
            if !source.mailbox.server.verifyCertificate {
                logger.warning(
                    "certificate verification is off for this mailbox: anyone on the network path can read its mail and password",
                    metadata: ["source": "\(source.intake.name)"]
                )
            }
            return MailboxPoller(configuration: source.mailbox, intake: intake, source: source.intake, logger: logger)
        }
    }

    /// The configured journal: PostgreSQL (shared by replicas) or the embedded SQLite file.
    public static func openJournal(_ configuration: GatewayConfiguration, logger: Logger) throws -> any ComplaintJournal {
        if var settings = configuration.journalPostgres {
            settings.contactWindow = contactWindow(configuration)
            settings.maximumPendingEntries = configuration.journalMaximumPending
            return try PostgresJournal(configuration: settings, logger: logger)
        }
        return try SQLiteJournal(
            configuration: .init(
                path: configuration.journalPath,
                maximumPendingEntries: configuration.journalMaximumPending,
                contactWindow: contactWindow(configuration)
            ),
            logger: logger
        )
    }

    /// How far back the journal keeps customers' identifiers in memory: the linking window, 30 days at least (so a
    /// reload may lengthen it up to there).
    static func contactWindow(_ configuration: GatewayConfiguration) -> Duration {
        max(configuration.triage.rules.linking?.window ?? .zero, .seconds(30 * 86_400))
    }

    static func makeSink(_ sink: GatewayConfiguration.Sink, logger: Logger) throws -> any ComplaintSink {
        switch sink.kind {
        case .jsonLines(let path, let fsync):
            JSONLinesFileSink(name: sink.name, configuration: .init(path: path, fsync: fsync))
        case .standardOutput:
            StandardOutputSink(name: sink.name)
        case .http(let settings):
            try HTTPSink(name: sink.name, configuration: settings)
        case .postgres(let settings):
            PostgresSink(name: sink.name, configuration: settings, logger: logger)
        }
    }

    /// The HTTP application: native door, admin API, health and metrics.
    public func makeApplication() -> some ApplicationProtocol {
        let router = Router(context: IntakeRequestContext.self)
        NativeDoorRoutes(gateway: self).register(on: router)
        WebhookRoutes(gateway: self, prefix: "/v1/webhooks", sources: configuration.webhookSources).register(on: router)
        WebhookRoutes(gateway: self, prefix: "/v1/sms", sources: configuration.smsSources.map(\.source)).register(on: router)
        AdminRoutes(gateway: self).register(on: router)
        if let ui { UIRoutes(gateway: self, state: ui).register(on: router) }
        HealthRoutes(gateway: self).register(on: router)
        var logger = logger
        logger.logLevel = min(logger.logLevel, .notice)
        return Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "intake"),
            logger: logger
        )
    }

    /// The services of a running gateway, in start order: the journal first (so it stops last), the workers, the
    /// HTTP application.
    public func services(application: some ApplicationProtocol) -> [ServiceGroupConfiguration.ServiceConfiguration] {
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [.init(service: journal)]
        let paused = Set(configuration.sinks.filter(\.paused).map(\.name))
        services += workers.filter { !paused.contains($0.sink.name) }.map { .init(service: $0) }
        if let path = configuration.triage.path {
            services.append(
                .init(
                    service: TriageReloader(
                        path: path,
                        interval: configuration.triage.reloadInterval,
                        triage: triage,
                        logger: logger,
                        journalWindow: Self.contactWindow(configuration)
                    )
                )
            )
        }
        if !configuration.smsSources.isEmpty { services.append(.init(service: FragmentSweeper(gateway: self, interval: .seconds(1)))) }
        services += mailboxes.map { .init(service: $0) }
        services.append(.init(service: application))
        return services
    }

    /// Resolves the native-door source of a request: by bearer token, or the loopback source for a loopback caller.
    func source(authorization: String?, isLoopbackCaller: Bool) -> GatewayConfiguration.Source? {
        if let token = Self.bearerToken(authorization) {
            return configuration.sources.first { source in source.tokens.contains { Self.constantTimeEqual($0.value, token) } }
        }
        guard isLoopbackCaller else { return nil }
        return configuration.sources.first { $0.allowsLoopbackWithoutToken }
    }

    /// The admin actor of a request, or `nil` when it may not use the admin API.
    func adminActor(authorization: String?, isLoopbackCaller: Bool) -> String? {
        if let token = Self.bearerToken(authorization) {
            return configuration.adminTokens.first { Self.constantTimeEqual($0.value, token) }?.name
        }
        if configuration.adminTokens.isEmpty, configuration.listensOnLoopbackOnly, isLoopbackCaller { return "loopback" }
        return nil
    }

    static func bearerToken(_ header: String?) -> String? {
        guard let header else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    /// Compares secrets in time independent of where they differ.
    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        var difference = left.count ^ right.count
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? left[index] : 0
            let b = index < right.count ? right[index] : 0
            difference |= Int(a ^ b)
        }
        return difference == 0
    }

    /// A sentence for the start-up log: where complaints are kept and who may send them.
    public func startupSummary() -> [String] {
        var lines: [String] = []
        if configuration.isEmbeddedDefault {
            lines.append("no configuration file given: running on embedded defaults")
        }
        lines.append("listening on http://\(configuration.host):\(configuration.port)")
        if let postgres = configuration.journalPostgres {
            lines.append(
                "journal: PostgreSQL \(postgres.username)@\(postgres.host):\(postgres.port)/\(postgres.database) (TLS \(postgres.tls.rawValue), \(postgres.poolSize) connections, group commit) as replica \(postgres.replica)"
            )
        } else {
            lines.append("journal: SQLite at \(configuration.journalPath) (WAL, synchronous=FULL, group commit)")
        }
        for sink in configuration.sinks {
            if sink.paused { lines.append("sink \(sink.name): PAUSED (complaints wait, pending, until it is unpaused)") }
            switch sink.kind {
            case .jsonLines(let path, let fsync): lines.append("sink \(sink.name): JSON Lines file \(path)\(fsync ? " (fsynced)" : "")")
            case .standardOutput: lines.append("sink \(sink.name): standard output")
            case .http(let settings):
                let signed = settings.signingSecret == nil ? "unsigned" : "signed with Standard Webhooks"
                lines.append(
                    "sink \(sink.name): HTTP POST \(settings.url) (\(signed)\(settings.batches ? ", batches" : ""), \(settings.maximumInFlight) in flight)"
                )
            case .postgres(let settings):
                lines.append(
                    "sink \(sink.name): PostgreSQL table \(settings.table) on \(settings.host):\(settings.port)/\(settings.database) (TLS \(settings.tls.rawValue))"
                )
            }
        }
        let rules = configuration.triage.rules
        let from = configuration.triage.path.map { "\($0) (reloaded on change and SIGHUP)" } ?? "embedded defaults"
        lines.append(
            "triage: \(rules.categories.count) category rules, \(rules.urgent.count) urgent triggers from \(from); linking \(rules.linking.map { "within \(SLAPolicy.describe($0.window))" } ?? "off")"
        )
        for source in configuration.sources {
            let access =
                source.tokens.isEmpty
                ? "loopback callers without a token"
                : "\(source.tokens.count) bearer token(s)" + (source.allowsLoopbackWithoutToken ? ", loopback callers without a token" : "")
            lines.append("native door POST /v1/complaints as source \(source.intake.name): \(access)")
        }
        for (source, _) in configuration.smsSources {
            let networks = source.allowedNetworks.isEmpty ? "" : ", from \(source.allowedNetworks.map(\.description).joined(separator: ", "))"
            lines.append("SMS door /v1/sms/\(source.intake.name): \(source.provider.name), \(source.schemeName)\(networks)")
        }
        for source in configuration.webhookSources {
            let networks = source.allowedNetworks.isEmpty ? "" : ", from \(source.allowedNetworks.map(\.description).joined(separator: ", "))"
            lines.append("webhook door \(source.path): format \(source.format.name), \(source.authentication.name) authentication\(networks)")
        }
        for source in configuration.emailSources {
            let mailbox = source.mailbox
            let after: String
            switch mailbox.after {
            case .markSeen: after = "marked \\Seen"
            case .move(let folder): after = "moved to \(folder)"
            case .delete: after = "deleted"
            }
            let tls =
                mailbox.server.verifyCertificate
                ? (mailbox.server.caFile.map { "certificate checked against \($0)" } ?? "certificate checked") : "CERTIFICATE NOT CHECKED"
            lines.append(
                "e-mail door \(source.intake.name): \(mailbox.mailbox) at \(mailbox.server) (\(tls)), every \(SLAPolicy.describe(mailbox.interval)), stored mail \(after)"
                    + (mailbox.quarantine.map { ", failed mail to \($0)" } ?? "")
            )
        }
        lines.append(
            configuration.adminTokens.isEmpty
                ? (configuration.listensOnLoopbackOnly
                    ? "admin API /v1/admin: loopback callers without a token" : "admin API /v1/admin: disabled (no admin tokens)")
                : "admin API /v1/admin: \(configuration.adminTokens.count) admin token(s)"
        )
        return lines
    }
}
