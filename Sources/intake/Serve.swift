import ArgumentParser
import Foundation
import IntakeServer
import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import UnixSignals

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the gateway.",
        discussion:
            "Without --config, runs on embedded defaults: SQLite and a JSON Lines sink under ./data, 127.0.0.1:8080, the native door open to loopback callers."
    )

    @OptionGroup var options: ConfigurationOptions

    @Option(help: "Listen port, overriding the configuration (0 for any free port).")
    var port: Int?

    func run() async throws {
        var configuration = try options.load()
        if let port { configuration.port = port }
        bootstrapLogging(level: options.logLevel ?? configuration.logLevel)
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let logger = Logger(label: "intake")

        let gateway: Gateway
        do {
            gateway = try Gateway(configuration: configuration, logger: logger, registry: registry)
        } catch {
            logger.critical("cannot start", metadata: ["error": "\(error)"])
            throw ExitCode.failure
        }
        for line in gateway.startupSummary() { logger.info("\(line)") }
        let application = gateway.makeApplication()
        let group = ServiceGroup(
            configuration: .init(
                services: gateway.services(application: application),
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            )
        )
        try await group.run()
        logger.info("stopped")
    }
}
