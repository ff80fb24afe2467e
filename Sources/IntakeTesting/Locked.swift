import Synchronization

/// A value tests change while code under test reads it, shareable between tasks.
public final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    /// Creates the box.
    public init(_ value: Value) {
        mutex = Mutex(value)
    }

    /// The current value.
    public var value: Value {
        get { mutex.withLock { $0 } }
        set { mutex.withLock { $0 = newValue } }
    }

    /// Changes the value in place.
    public func mutate(_ body: (inout Value) -> Void) {
        mutex.withLock { body(&$0) }
    }

    /// Runs `body` with the value locked.
    public func withLock<Result: Sendable>(_ body: (inout Value) -> Result) -> Result {
        mutex.withLock { body(&$0) }
    }
}
