import Dispatch

/// A value one thread provides later and others wait for: the hand-over between a render's
/// helper thread and the thread that typesets.
final class PendingValue<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once, before `done` is left; read only after waiting on it.
    private var stored: Value?

    init() { done.enter() }

    /// Provides the value; call exactly once.
    func fulfill(_ value: Value) {
        stored = value
        done.leave()
    }

    /// The value, once provided.
    var value: Value {
        done.wait()
        return stored!
    }
}
