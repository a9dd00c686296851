import Dispatch
import Foundation
import Synchronization

/// Runs synchronous CPU-bound or disk-bound work (typesetting, archive reads) on a thread of
/// its own, so neither the event loops nor Swift's cooperative pool ever block on it.
///
/// Not Dispatch's global queue: on Linux its width is the core count, so two long renders
/// would hold every thread and an archive read (or the timer) would wait behind them. Renders
/// are bounded by `RenderGate`, archive reads are short, so a thread each stays cheap.
enum BlockingWork {
    /// Why the caller stopped waiting.
    struct TimedOut: Error {}

    /// Runs `work` and waits for it at most `limit` (no limit when nil).
    ///
    /// The caller is answered at the limit; the work itself is not interrupted here, so work
    /// that can run long must stop itself at the same deadline (renders do: see
    /// `FolioServer.renderLimited`). `finished` runs when the work really ends, timed out or
    /// not (to release a render slot).
    static func run<T: Sendable>(
        limit: Duration? = nil, _ work: @escaping @Sendable () throws -> T, finished: @escaping @Sendable () -> Void = {}
    ) async throws -> T {
        let outcome = Outcome<T>()
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            outcome.set(continuation)
            let thread = Thread {
                let result = Result { try work() }
                finished()
                outcome.resume(with: result)
            }
            thread.name = "folio-work"
            thread.start()
            if let limit {
                let (seconds, attoseconds) = limit.components
                let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
                DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) {
                    outcome.resume(with: .failure(TimedOut()))
                }
            }
        }
    }
}

/// A continuation that the first of the work and the timer resumes; the other is ignored.
private final class Outcome<T: Sendable>: Sendable {
    private let state = Mutex<CheckedContinuation<T, any Error>?>(nil)

    func set(_ continuation: CheckedContinuation<T, any Error>) { state.withLock { $0 = continuation } }

    func resume(with result: Result<T, any Error>) {
        let continuation = state.withLock { current -> CheckedContinuation<T, any Error>? in
            defer { current = nil }
            return current
        }
        continuation?.resume(with: result)
    }
}
