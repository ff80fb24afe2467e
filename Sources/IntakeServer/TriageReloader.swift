import Foundation
public import IntakeCore
public import Logging
public import ServiceLifecycle
import Synchronization
import UnixSignals

/// The triage in force, replaceable while complaints are classified: a reload swaps the compiled rules at once,
/// and a complaint is classified by the old rules or the new, never by a mix.
public final class ReloadableTriage: ComplaintTriage {
    private let current: Mutex<RuleTriage>

    /// Creates it with `triage`.
    public init(_ triage: RuleTriage) {
        self.current = Mutex(triage)
    }

    /// The rules now in force.
    public var triage: RuleTriage { current.withLock { $0 } }

    /// Puts `triage` in force.
    public func replace(with triage: RuleTriage) {
        current.withLock { $0 = triage }
    }

    public func classify(_ complaint: inout Complaint) {
        triage.classify(&complaint)
    }

    public var linking: ContactLinking? { triage.linking }

    public func snapshot() -> any ComplaintTriage { triage }
}

/// Reloads the triage rules file when it changes (checked every `interval`) and on SIGHUP. A file with a problem is
/// refused with every problem logged, and the rules in force stay.
public struct TriageReloader: Service {
    let path: String
    let interval: Duration
    let triage: ReloadableTriage
    let logger: Logger
    /// The longest linking window the journal can answer (what it loaded on opening).
    let journalWindow: Duration?
    private let reloading = SerialLock()

    /// Creates a reloader of `path` into `triage`.
    public init(path: String, interval: Duration, triage: ReloadableTriage, logger: Logger, journalWindow: Duration? = nil) {
        self.path = path
        self.interval = interval
        self.triage = triage
        self.logger = logger
        self.journalWindow = journalWindow
    }

    /// The file's modification time and size, to notice a change; the target of a symbolic link (a Kubernetes
    /// ConfigMap swaps one) is what counts.
    static func stamp(_ path: String) -> String? {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: target) else { return nil }
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        return "\(modified):\(size)"
    }

    /// Reads the file and puts its rules in force.
    /// - Returns: whether the new rules are in force.
    @discardableResult
    public func reload() -> Bool {
        // One reload at a time (SIGHUP and the file watch), so an older file is never put in force after a newer one.
        reloading.mutex.withLock { _ in reloadNow() }
    }

    private func reloadNow() -> Bool {
        do {
            let rules = try TriageConfiguration.load(path: path)
            triage.replace(with: try RuleTriage(rules: rules))
            if let window = rules.linking?.window, let journalWindow, window > journalWindow {
                logger.warning(
                    "the linking window is longer than the journal loaded: older complaints are linked after a restart",
                    metadata: ["window_days": "\(window.components.seconds / 86_400)", "loaded_days": "\(journalWindow.components.seconds / 86_400)"]
                )
            }
            logger.notice(
                "triage rules reloaded",
                metadata: ["file": "\(path)", "categories": "\(rules.categories.count)", "urgent": "\(rules.urgent.count)"]
            )
            return true
        } catch let error as ConfigurationError {
            logger.error(
                "triage rules not reloaded: the rules in force stay",
                metadata: ["file": "\(path)", "problems": "\(error.problems.map(\.description).joined(separator: "; "))"]
            )
        } catch {
            logger.error("triage rules not reloaded: the rules in force stay", metadata: ["file": "\(path)", "error": "\(error)"])
        }
        return false
    }

    public func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        await cancelWhenGracefulShutdown {
            await withDiscardingTaskGroup { group in
                group.addTask {
                    for await _ in signals { reload() }
                }
                if interval > .zero {
                    group.addTask {
                        var last = Self.stamp(path)
                        while !Task.isCancelled {
                            try? await Task.sleep(for: interval)
                            let now = Self.stamp(path)
                            if now != last, now != nil {
                                last = now
                                reload()
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A lock a struct can hold.
private final class SerialLock: Sendable {
    let mutex = Mutex(())
}
