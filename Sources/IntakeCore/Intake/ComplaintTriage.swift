public import struct Foundation.Date

/// Classifies a validated complaint: category, severity, urgency and deadlines.
///
/// Intake calls the triage after validation and before the journal append, so every stored complaint carries its
/// classification. A value set by the door (an agent's choice, a hotline's field) must win over rules.
///
/// ```swift
/// struct Everything3: ComplaintTriage {
///     func classify(_ complaint: inout Complaint) {
///         if complaint.severity == nil { complaint.severity = 3 }
///         complaint.sla = SLAPolicy().deadlines(severity: 3, receivedAt: complaint.receivedAt)
///     }
/// }
/// ```
public protocol ComplaintTriage: Sendable {
    /// Fills the classification of `complaint`.
    func classify(_ complaint: inout Complaint)
}

/// Response and resolution deadlines per severity level, in calendar time.
public struct SLAPolicy: Sendable, Hashable {
    /// Deadlines of one level.
    public struct Level: Sendable, Hashable {
        /// Time to the first response.
        public var respondWithin: Duration
        /// Time to resolution; `nil` for none.
        public var resolveWithin: Duration?

        /// Creates a level.
        public init(respondWithin: Duration, resolveWithin: Duration?) {
            self.respondWithin = respondWithin
            self.resolveWithin = resolveWithin
        }
    }

    /// Deadlines of levels 1 (most severe) to 4.
    public var levels: [Int: Level]

    /// Creates a policy; the defaults follow common complaint-handling practice: 2 h / 24 h, 4 h / 48 h, 8 h / 72 h,
    /// 24 h / none.
    public init(
        levels: [Int: Level] = [
            1: Level(respondWithin: .seconds(2 * 3600), resolveWithin: .seconds(24 * 3600)),
            2: Level(respondWithin: .seconds(4 * 3600), resolveWithin: .seconds(48 * 3600)),
            3: Level(respondWithin: .seconds(8 * 3600), resolveWithin: .seconds(72 * 3600)),
            4: Level(respondWithin: .seconds(24 * 3600), resolveWithin: nil),
        ]
    ) {
        self.levels = levels
    }

    /// The deadlines of `severity` counted from `receivedAt`, or `nil` for an unknown level.
    public func deadlines(severity: Int, receivedAt: Date) -> ServiceLevel? {
        guard let level = levels[severity] else { return nil }
        return ServiceLevel(
            respondBy: receivedAt.addingTimeInterval(level.respondWithin.seconds),
            resolveBy: level.resolveWithin.map { receivedAt.addingTimeInterval($0.seconds) }
        )
    }
}

/// The triage in force until rules are configured: it keeps what the door set and starts the clock when a severity
/// is known.
public struct DoorTriage: ComplaintTriage {
    /// The deadlines per level.
    public var sla: SLAPolicy

    /// Creates the triage.
    public init(sla: SLAPolicy = SLAPolicy()) {
        self.sla = sla
    }

    public func classify(_ complaint: inout Complaint) {
        if let severity = complaint.severity {
            complaint.sla = sla.deadlines(severity: severity, receivedAt: complaint.receivedAt)
        }
    }
}
