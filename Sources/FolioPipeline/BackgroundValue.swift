#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CThreadPlacement
import Dispatch

/// A value computed on a thread of its own while the caller goes on, waited for where it is
/// needed.
///
/// A dedicated thread rather than a global dispatch queue: the caller may itself be one of the
/// few pool threads (a service render, a test runner's task), and a wait on work queued behind
/// it could then take as long as the pool stays busy.
///
/// A POSIX thread rather than Foundation's `Thread`: these threads exist to overlap a one-page
/// render's start-up, and a Foundation thread took about 0.3 ms longer to start running its work.
/// On Linux the thread starts on another processor than the caller's (see `CThreadPlacement`).
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once on the worker thread before `done` is left; read only after waiting on it.
    private var value: Value?

    init(_ compute: @escaping @Sendable () -> Value) {
        done.enter()
        let work: @Sendable () -> Void = {
            self.value = compute()
            self.done.leave()
        }
        // No thread to be had (a process at its limit): compute here, as if waited for at once.
        if !startDetachedThread(work) { work() }
    }

    /// The value, once computed.
    var result: Value {
        done.wait()
        return value!
    }
}

/// Runs `body` on a new detached POSIX thread, started on another processor than the caller's
/// (see `CThreadPlacement`); false when none could be started.
private func startDetachedThread(_ body: @escaping @Sendable () -> Void) -> Bool {
    let box = Unmanaged.passRetained(ThreadBody(body))
    let status = folio_start_thread_elsewhere({ context in
        Unmanaged<ThreadBody>.fromOpaque(context!).takeRetainedValue().run()
        return nil
    }, box.toOpaque())
    guard status == 0 else {
        box.release()
        return false
    }
    return true
}

/// A thread's work, boxed to cross `pthread_create`'s untyped context pointer.
private final class ThreadBody: Sendable {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}
