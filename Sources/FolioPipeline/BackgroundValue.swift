import Dispatch

/// A value computed on another thread while the caller goes on, waited for where it is needed.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once on the worker thread before `done` is left; read only after waiting on it.
    private var value: Value?

    init(_ compute: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            self.value = compute()
            self.done.leave()
        }
    }

    /// The value, once computed.
    var result: Value {
        done.wait()
        return value!
    }
}
