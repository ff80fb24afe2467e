import ArgumentParser
import Foundation
import IntakeCore
import IntakeEmail
import IntakeServer
import IntakeStoreSQLite
import Logging

struct EmailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "email",
        abstract: "Debugging tools of the e-mail door.",
        subcommands: [ParseMail.self]
    )
}

/// `intake email parse FILE.eml`: the complaint a mail would become, stored nowhere.
struct ParseMail: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print the complaint JSON a mail would become (decoded, validated, classified), without storing anything."
    )

    @OptionGroup var options: ConfigurationOptions
    @Option(help: "The e-mail source whose settings apply (automated mail, size limit); the first one by default.")
    var source: String?
    @Argument(help: "The raw message (.eml); - for standard input.")
    var file: String

    func run() async throws {
        let configuration = try options.load(requireSecrets: false)
        bootstrapLogging(level: options.logLevel ?? .warning)
        let bytes: [UInt8]
        if file == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("cannot read \(file)\n".utf8))
                throw ExitCode(66)  // EX_NOINPUT
            }
            bytes = Array(data)
        }
        let chosen = configuration.emailSources.first { source == nil || $0.intake.name == source }
        if let source, chosen == nil {
            FileHandle.standardError.write(Data("no e-mail source is named \(source) in the configuration\n".utf8))
            throw ExitCode(64)
        }
        let mapping = chosen?.mailbox.mapping ?? MailMappingOptions()
        let sourceName = chosen?.intake.name ?? "email"
        let message = MailParser.parse(bytes)
        var report: [String: AnyEncodable] = [
            "decoding": AnyEncodable(message.flags.sorted().map(\.rawValue)),
            "automated": AnyEncodable(message.automated?.rawValue),
            "attachments": AnyEncodable(message.attachments.count),
        ]
        switch MailComplaint.intake(bytes, options: mapping) {
        case .skipped(_, let reason):
            report["outcome"] = AnyEncodable("skipped")
            report["reason"] = AnyEncodable(reason)
        case .failed(let reason):
            report["outcome"] = AnyEncodable("failed")
            report["reason"] = AnyEncodable(reason)
        case .complaint(let draft, _, _):
            let validator = try ComplaintValidator(configuration: configuration.validation)
            let now = Date()
            let context = ComplaintValidator.Context(
                id: "preview",
                source: sourceName,
                defaultChannel: chosen?.intake.defaultChannel ?? .email,
                receivedAt: now,
                defaultTags: chosen?.intake.defaultTags ?? []
            )
            do {
                var complaint = try validator.validate(draft, context: context)
                complaint.raw = RawPayload(data: Data(bytes), contentType: "message/rfc822").reference
                try RuleTriage(rules: configuration.triage.rules).classify(&complaint)
                report["outcome"] = AnyEncodable("complaint")
                report["complaint"] = AnyEncodable(complaint)
            } catch let error as ComplaintValidationError {
                report["outcome"] = AnyEncodable("failed")
                report["reason"] = AnyEncodable("the mail is not a valid complaint")
                report["issues"] = AnyEncodable(error.issues)
            }
        }
        try printJSON(report)
    }
}

/// `intake failed …`: inputs a door kept because they could not become complaints.
struct FailedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "failed",
        abstract: "Inputs kept because they could not become complaints (unreadable or oversized mail): list, show, retry, discard.",
        subcommands: [FailedList.self, FailedShow.self, FailedRetry.self, FailedDiscard.self]
    )
}

struct FailedSummary: Encodable {
    var id: String
    var source: String
    var channel: String
    var status: String
    var receivedAt: String
    var updatedAt: String
    var reason: String
    var size: Int
    var sha256: String
    var complaintID: String?
    var detail: [String: String]

    init(_ item: FailedIntake) {
        id = item.id
        source = item.source
        channel = item.channel.rawValue
        status = item.status.rawValue
        receivedAt = RFC3339.string(from: item.receivedAt)
        updatedAt = RFC3339.string(from: item.updatedAt)
        reason = item.reason
        size = item.rawReference.size
        sha256 = item.rawReference.sha256
        complaintID = item.complaintID
        detail = item.detail
    }

    enum CodingKeys: String, CodingKey {
        case id, source, channel, status, reason, size, sha256, detail
        case receivedAt = "received_at"
        case updatedAt = "updated_at"
        case complaintID = "complaint_id"
    }
}

struct FailedList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List failed inputs, newest first.")

    @OptionGroup var options: ConfigurationOptions
    @Option(help: "Only this source.") var source: String?
    @Option(help: "Only this status: open, retry, resolved, discarded.") var status: String?
    @Option(help: "How many at most.") var limit = 100

    func run() async throws {
        let journal = try await openJournal(options)
        var filter: FailedIntakeStatus?
        if let status {
            guard let value = FailedIntakeStatus(rawValue: status) else {
                throw ValidationError("--status must be open, retry, resolved or discarded")
            }
            filter = value
        }
        try printJSON(try await journal.failedIntakes(source: source, status: filter, limit: limit).map(FailedSummary.init))
    }
}

struct FailedShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one failed input; --raw writes its original bytes to standard output."
    )

    @OptionGroup var options: ConfigurationOptions
    @Flag(help: "Write the original bytes (the mail as received) instead of the summary.") var raw = false
    @Argument(help: "The failed input's id (fi_…).") var id: String

    func run() async throws {
        let journal = try await openJournal(options)
        guard let item = try await journal.failedIntake(id: id) else {
            FileHandle.standardError.write(Data("no failed input has the id \(id)\n".utf8))
            throw ExitCode(1)
        }
        if raw {
            FileHandle.standardOutput.write(item.raw?.data ?? Data())
        } else {
            try printJSON(FailedSummary(item))
        }
    }
}

/// Marks failed inputs for reading again: the door of their source does it on its next poll, with the parser and
/// settings in force then, and resolves them into complaints (or gives them a new reason).
struct FailedRetry: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "retry", abstract: "Have failed inputs read again by their door on its next poll.")

    @OptionGroup var options: ConfigurationOptions
    @Option(help: "Who asks (for the audit log).") var actor = ProcessInfo.processInfo.environment["USER"] ?? "operator"
    @Flag(help: "Every open failed input (of --source, if given).") var all = false
    @Option(help: "With --all: only this source.") var source: String?
    @Argument(help: "Failed input ids (fi_…).") var ids: [String] = []

    func run() async throws {
        try await changeStatus(options: options, ids: ids, all: all, source: source, to: .retry, actor: actor, action: "failed.retry")
    }
}

struct FailedDiscard: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "discard",
        abstract: "Mark failed inputs as not complaints (they stay in the journal)."
    )

    @OptionGroup var options: ConfigurationOptions
    @Option(help: "Who decides (for the audit log).") var actor = ProcessInfo.processInfo.environment["USER"] ?? "operator"
    @Argument(help: "Failed input ids (fi_…).") var ids: [String]

    func run() async throws {
        try await changeStatus(options: options, ids: ids, all: false, source: nil, to: .discarded, actor: actor, action: "failed.discard")
    }
}

private func changeStatus(
    options: ConfigurationOptions,
    ids: [String],
    all: Bool,
    source: String?,
    to status: FailedIntakeStatus,
    actor: String,
    action: String
) async throws {
    guard all || !ids.isEmpty else { throw ValidationError("name failed input ids, or --all") }
    let journal = try await openJournal(options)
    var chosen = ids
    if all { chosen += try await journal.failedIntakes(source: source, status: .open, limit: 100_000).map(\.id) }
    let changed = try await journal.updateFailedIntakes(ids: chosen, status: status, complaintID: nil, reason: nil, at: Date())
    try await journal.appendAudit(
        AuditEntry(
            at: Date(),
            actor: actor,
            action: action,
            filter: source.map { "source=\($0)" } ?? "",
            count: changed,
            detail: chosen.prefix(50).joined(separator: ",")
        )
    )
    print("\(changed) failed input(s) marked \(status.rawValue)")
}
