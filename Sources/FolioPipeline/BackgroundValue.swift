import Dispatch
import Foundation

/// A value computed on a thread of its own while the caller goes on, waited for where it is
/// needed.
///
/// A dedicated thread rather than a global dispatch queue: the caller may itself be one of the
/// few pool threads (a service render, a test runner's task), and a wait on work queued behind
/// it could then take as long as the pool stays busy.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once on the worker thread before `done` is left; read only after waiting on it.
    private var value: Value?

    init(_ compute: @escaping @Sendable () -> Value) {
        done.enter()
        let thread = Thread {
            self.value = compute()
            self.done.leave()
        }
        thread.qualityOfService = .userInitiated
        thread.start()
    }

    /// The value, once computed.
    var result: Value {
        done.wait()
        return value!
    }
}
