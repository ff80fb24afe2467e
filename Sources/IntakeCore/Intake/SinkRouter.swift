/// Which sinks a complaint goes to.
public struct SinkRoute: Sendable, Hashable {
    /// Conditions a complaint must meet; an empty list means any value.
    public var channels: [Channel]
    /// Sources that match; empty for any.
    public var sources: [String]
    /// Categories that match; empty for any.
    public var categories: [ComplaintCategory]
    /// Severities that match; empty for any.
    public var severities: [Int]
    /// When set, only urgent (`true`) or only non-urgent (`false`) complaints match.
    public var urgent: Bool?
    /// The sinks of matching complaints.
    public var sinks: [String]

    /// Creates a route.
    public init(
        channels: [Channel] = [],
        sources: [String] = [],
        categories: [ComplaintCategory] = [],
        severities: [Int] = [],
        urgent: Bool? = nil,
        sinks: [String]
    ) {
        self.channels = channels
        self.sources = sources
        self.categories = categories
        self.severities = severities
        self.urgent = urgent
        self.sinks = sinks
    }

    /// Whether the route has no condition.
    public var matchesEverything: Bool {
        channels.isEmpty && sources.isEmpty && categories.isEmpty && severities.isEmpty && urgent == nil
    }

    /// Whether `complaint` meets the route's conditions.
    public func matches(_ complaint: Complaint) -> Bool {
        if !channels.isEmpty, !channels.contains(complaint.channel) { return false }
        if !sources.isEmpty, !sources.contains(complaint.source) { return false }
        if !categories.isEmpty {
            guard let category = complaint.category, categories.contains(category) else { return false }
        }
        if !severities.isEmpty {
            guard let severity = complaint.severity, severities.contains(severity) else { return false }
        }
        if let urgent, complaint.urgent != urgent { return false }
        return true
    }
}

/// Chooses the sinks of each complaint: every matching route adds its sinks.
public struct SinkRouter: Sendable {
    /// The routes, in order.
    public var routes: [SinkRoute]

    /// Creates a router.
    public init(routes: [SinkRoute]) {
        self.routes = routes
    }

    /// A router sending everything to `sinks`.
    public static func everything(to sinks: [String]) -> SinkRouter {
        SinkRouter(routes: [SinkRoute(sinks: sinks)])
    }

    /// The sinks of `complaint`, each once, in route order.
    public func sinks(for complaint: Complaint) -> [String] {
        var result: [String] = []
        for route in routes where route.matches(complaint) {
            for sink in route.sinks where !result.contains(sink) { result.append(sink) }
        }
        return result
    }
}
