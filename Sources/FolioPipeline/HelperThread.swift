#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Work for a one-article render run on a thread of its own, next to the caller.
///
/// A dedicated thread rather than a global dispatch queue: the caller may itself be one of the
/// few pool threads (a service render, a test runner's task), and a wait on work queued behind
/// it could then take as long as the pool stays busy. A POSIX thread rather than Foundation's
/// `Thread`, which took about 0.3 ms longer to start its work; and on Linux it is started on
/// another processor than the caller's (see `ProcessorAffinity`).
enum HelperThread {
    /// Runs `body` on a new detached thread, or right here when no thread can be started (a
    /// process at its limit), so that whatever waits for its result is never left waiting.
    static func run(_ body: @escaping @Sendable () -> Void) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        let allowed = ProcessorAffinity.allowed
        if let allowed, let elsewhere = allowed.removingCurrentProcessor() {
            elsewhere.apply(to: &attributes)
        }
        let box = Unmanaged.passRetained(Body(body, allowed: allowed))
        var thread = pthread_t()
        let status = pthread_create(&thread, &attributes, { context in
            let body = Unmanaged<Body>.fromOpaque(context!).takeRetainedValue()
            // Started away from the caller; from here on it may run wherever the process may.
            body.allowed?.applyToCurrentThread()
            body.run()
            return nil
        }, box.toOpaque())
        guard status == 0 else {
            box.release()
            body()
            return
        }
        pthread_detach(thread)
    }

    /// A thread's work, boxed to cross `pthread_create`'s untyped context pointer.
    private final class Body: @unchecked Sendable {
        let run: @Sendable () -> Void
        let allowed: ProcessorAffinity?
        init(_ run: @escaping @Sendable () -> Void, allowed: ProcessorAffinity?) {
            self.run = run
            self.allowed = allowed
        }
    }
}
