package import Metrics
import Synchronization

/// Counters by label and dimensions, made once: making a `Counter` asks the metrics factory each time, which the
/// request path should not do for every complaint.
package final class CounterCache: Sendable {
    private let counters = Mutex<[String: Counter]>([:])

    package init() {}

    /// The counter `label` with `dimensions`.
    package func counter(_ label: String, _ dimensions: [(String, String)]) -> Counter {
        var key = label
        for (name, value) in dimensions {
            key += "\u{1F}\(name)=\(value)"
        }
        return counters.withLock { counters in
            if let counter = counters[key] { return counter }
            let counter = Counter(label: label, dimensions: dimensions)
            counters[key] = counter
            return counter
        }
    }
}
