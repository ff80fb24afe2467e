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
    /// Fills the classification of `complaint` (its `related` links already set).
    func classify(_ complaint: inout Complaint)

    /// How complaints of one customer are linked before they are classified; `nil` for no linking.
    var linking: ContactLinking? { get }

    /// The rules in force now, fixed: a call classifies all its complaints by one set of rules even when they are
    /// reloaded meanwhile.
    func snapshot() -> any ComplaintTriage
}

extension ComplaintTriage {
    /// No linking.
    public var linking: ContactLinking? { nil }

    /// The triage itself.
    public func snapshot() -> any ComplaintTriage { self }
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
