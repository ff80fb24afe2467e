import Foundation
import IntakeCore
import IntakeSMS
import Logging
import ServiceLifecycle

/// Makes complaints of concatenated messages whose parts stopped coming: after the source's `parts_wait`, the
/// parts that came are joined, marked incomplete (`incomplete` tag, `extra.fragments.missing_parts`) and stored,
/// so a lost part never loses the message. Runs once a second; the parts survive restarts in the journal.
struct FragmentSweeper: Service {
    let gateway: Gateway
    let interval: Duration

    func run() async throws {
        let sources = gateway.configuration.smsSources.filter {
            if case .vonage = $0.source.provider { true } else { false }
        }
        guard !sources.isEmpty else { return }
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            for (source, wait) in sources {
                do {
                    try await sweep(source, wait: wait)
                } catch {
                    gateway.logger.error("cannot store an incomplete message", metadata: ["source": "\(source.intake.name)", "error": "\(error)"])
                }
            }
            try? await Task.sleep(for: interval)
        }
    }

    func sweep(_ source: SMSSource, wait: Duration) async throws {
        for (group, draft) in try await gateway.fragments.expired(source: source.intake.name, wait: wait, now: Date()) {
            let raw = RawPayload(data: (try? JSONEncoder().encode(draft)) ?? Data(), contentType: "application/x-intake-fragments+json")
            do {
                let entries = try gateway.intake.prepare([draft], from: source.intake, raw: raw)
                _ = try await gateway.intake.commit(entries, from: source.intake)
                gateway.logger.notice("stored a message with parts missing", metadata: ["source": "\(source.intake.name)", "group": "\(group)"])
            } catch let error as ComplaintValidationError {
                gateway.logger.warning(
                    "dropped the parts of a message that is not a complaint",
                    metadata: ["source": "\(source.intake.name)", "problems": "\(error.issues.map(\.field))"]
                )
            }
            try await gateway.fragments.finish(source: source.intake.name, group: group)
        }
    }
}
