public import ArgumentParser
import Foundation
import IntakeServer
public import Logging

/// Where the gateway's configuration and journal are.
struct ConfigurationOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The configuration file (YAML). Without it, the embedded defaults apply.")
    var config: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error.")
    var logLevel: Logger.Level?

    /// The configuration; `requireSecrets: false` for commands that only open the journal.
    func load(requireSecrets: Bool = true) throws -> GatewayConfiguration {
        guard let config else { return .embeddedDefault() }
        do {
            return try GatewayConfiguration.load(path: config, requireSecrets: requireSecrets)
        } catch let error as ConfigurationError {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(78)  // EX_CONFIG
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

/// Logs go to standard error; standard output is for command output (and the stdout sink).
func bootstrapLogging(level: Logger.Level) {
    LoggingSystem.bootstrap { label in
        var handler = StreamLogHandler.standardError(label: label)
        handler.logLevel = level
        return handler
    }
}
