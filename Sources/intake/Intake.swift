import ArgumentParser

@main
struct Intake: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake",
        abstract: "The complaint intake gateway: one front door for every channel.",
        subcommands: [
            Serve.self, Schema.self, ConfigCommand.self, TriageCommand.self, Deliveries.self, ShowComplaint.self, Replay.self, Split.self,
            Audit.self, SinkCommand.self, EmailCommand.self, FailedCommand.self, UsersCommand.self, SubmitCommand.self, JournalCommand.self,
        ]
    )
}
