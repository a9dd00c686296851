#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CThreadPlacement

/// Work for a one-article render run on a thread of its own, next to the caller.
///
/// A dedicated thread rather than a global dispatch queue: the caller may itself be one of the
/// few pool threads (a service render, a test runner's task), and a wait on work queued behind
/// it could then take as long as the pool stays busy. A POSIX thread rather than Foundation's
/// `Thread`, which took about 0.3 ms longer to start its work; and on Linux it is started on
/// another processor than the caller's (see `CThreadPlacement`).
enum HelperThread {
    /// Runs `body` on a new detached thread, or right here when no thread can be started (a
    /// process at its limit), so that whatever waits for its result is never left waiting.
    static func run(_ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Body(body))
        let status = folio_start_thread_elsewhere({ context in
            Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, box.toOpaque())
        if status != 0 {
            box.release()
            body()
        }
    }

    /// A thread's work, boxed to cross `pthread_create`'s untyped context pointer.
    private final class Body: Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}
