import ArgumentParser
import Foundation
import IntakeCore
import IntakeServer
import IntakeStorePostgres
import IntakeStoreSQLite
import Logging

/// Filter options shared by `deliveries` and `replay`; they mean what the admin API's query parameters mean.
struct FilterOptions: ParsableArguments {
    @Option(help: "Statuses, comma-separated: pending, retrying, dead, delivered.")
    var status: String?
    @Option(help: "Only this sink.")
    var sink: String?
    @Option(help: "Only this source.")
    var source: String?
    @Option(help: "Only this channel.")
    var channel: String?
    @Option(help: "Received at or after: RFC 3339 time, or an age such as 2h.")
    var since: String?
    @Option(help: "Received before: RFC 3339 time, or an age.")
    var until: String?
    @Option(help: "Last error containing this text.")
    var error: String?
    @Option(name: .customLong("id"), help: "Complaint ids (repeatable).")
    var ids: [String] = []

    func filter() throws -> DeliveryFilter {
        var parameters: [String: String] = [:]
        parameters["status"] = status
        parameters["sink"] = sink
        parameters["source"] = source
        parameters["channel"] = channel
        parameters["since"] = since
        parameters["until"] = until
        parameters["error"] = self.error
        if !ids.isEmpty { parameters["id"] = ids.joined(separator: ",") }
        do {
            return try DeliveryFilter.parse(parameters)
        } catch let error as ComplaintValidationError {
            throw ValidationError(error.issues.map { "--\($0.field) \($0.message)" }.joined(separator: "; "))
        }
    }
}

/// Opens the journal named by the configuration; works whether or not the gateway is running (SQLite WAL).
/// The configured journal, open (a PostgreSQL journal connected and migrated).
func openJournal(_ options: ConfigurationOptions) async throws -> any ComplaintJournal {
    // Door secrets are not needed here; the journal's password is, and is read when set (else the login fails).
    let configuration = try options.load(requireSecrets: false)
    bootstrapLogging(level: options.logLevel ?? .warning)
    if var settings = configuration.journalPostgres {
        settings.poolSize = 2
        let journal = try PostgresJournal(configuration: settings, logger: Logger(label: "intake"))
        try await journal.start()
        return journal
    }
    return try SQLiteJournal(configuration: .init(path: configuration.journalPath), logger: Logger(label: "intake"))
}

func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder.makeComplaintEncoder()
    encoder.outputFormatting.insert(.prettyPrinted)
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

struct Deliveries: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List deliveries by status, sink, source, channel, time and error.")

    @OptionGroup var options: ConfigurationOptions
    @OptionGroup var filters: FilterOptions
    @Option(help: "At most this many.")
    var limit = 100
    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() async throws {
        let journal = try await openJournal(options)
        let filter = try filters.filter()
        let total = try await journal.countDeliveries(matching: filter)
        let records = try await journal.deliveries(matching: filter, limit: limit, offset: 0)
        if json {
            try printJSON(["total": AnyEncodable(total), "deliveries": AnyEncodable(records)])
            return
        }
        print("COMPLAINT                   SINK            STATUS     ATTEMPTS  SOURCE          RECEIVED                  LAST ERROR")
        for record in records {
            let columns = [
                record.key.complaintID.padding(toLength: 27, withPad: " ", startingAt: 0),
                record.key.sink.padding(toLength: 15, withPad: " ", startingAt: 0),
                record.status.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0),
                "\(record.attempts)".padding(toLength: 9, withPad: " ", startingAt: 0),
                record.source.padding(toLength: 15, withPad: " ", startingAt: 0),
                RFC3339.string(from: record.receivedAt).padding(toLength: 25, withPad: " ", startingAt: 0),
                String((record.lastError ?? "").prefix(80)),
            ]
            print(columns.joined(separator: " "))
        }
        print("\(records.count) of \(total) shown")
    }
}

struct ShowComplaint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "complaint", abstract: "Show one complaint with its deliveries and attempts.")

    @OptionGroup var options: ConfigurationOptions
    @Argument(help: "The complaint id.")
    var id: String

    func run() async throws {
        let journal = try await openJournal(options)
        guard let stored = try await journal.complaint(id: id) else {
            FileHandle.standardError.write(Data("no complaint has the id \(id)\n".utf8))
            throw ExitCode(1)
        }
        try printJSON([
            "complaint": AnyEncodable(stored.complaint),
            "idempotency_key": AnyEncodable(stored.idempotencyKey),
            "deliveries": AnyEncodable(try await journal.deliveries(complaintID: id)),
            "attempts": AnyEncodable(try await journal.attempts(complaintID: id)),
        ])
    }
}

struct Replay: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Send failed or dead deliveries again.",
        discussion:
            "Without --status or --id, replays retrying and dead deliveries that match the filters. A running gateway picks them up within a second; a stopped one when it starts."
    )

    @OptionGroup var options: ConfigurationOptions
    @OptionGroup var filters: FilterOptions
    @Flag(help: "Count and show a sample; change nothing.")
    var dryRun = false
    @Option(help: "Deliveries requeued per second at most.")
    var rate = 100
    @Option(help: "At most this many (0 for all).")
    var limit = 0
    @Option(help: "Who replays, for the audit log (default: the login name).")
    var actor: String?

    func run() async throws {
        let journal = try await openJournal(options)
        let user = actor ?? ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName
        let replayer = Replayer(journal: journal)
        let report = try await replayer.replay(
            Replayer.Request(filter: try filters.filter(), dryRun: dryRun, ratePerSecond: rate, limit: limit, actor: "cli:\(user)")
        )
        if dryRun {
            print("dry run: \(report.matched) \(report.matched == 1 ? "delivery" : "deliveries") would be replayed")
        } else {
            print("replayed \(report.requeued) of \(report.matched) \(report.matched == 1 ? "delivery" : "deliveries")")
        }
        for record in report.sample {
            print("  \(record.key.complaintID) \(record.key.sink) \(record.status.rawValue) \(record.lastError ?? "")")
        }
    }
}

struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show the audit log of operator actions, newest first.")

    @OptionGroup var options: ConfigurationOptions
    @Option(help: "At most this many.")
    var limit = 50

    func run() async throws {
        let journal = try await openJournal(options)
        for entry in try await journal.auditLog(limit: limit) {
            print(
                "\(RFC3339.string(from: entry.at)) \(entry.actor) \(entry.action) count=\(entry.count) filter=\(entry.filter) \(entry.detail ?? "")"
            )
        }
    }
}

/// Wraps any encodable value, for ad-hoc JSON objects.
struct AnyEncodable: Encodable {
    let encodeValue: (any Encoder) throws -> Void

    init(_ value: some Encodable) {
        encodeValue = { try value.encode(to: $0) }
    }

    func encode(to encoder: any Encoder) throws {
        try encodeValue(encoder)
    }
}
