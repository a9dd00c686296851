#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization

/// A value one thread provides later and others wait for: the hand-over between a render's
/// helper thread and the thread that typesets.
///
/// A waiter first spins for up to ``spinLimit`` before it sleeps. Its work is next in line and
/// the helper runs on the other processor, usually finishing within a fraction of a
/// millisecond; a thread put to sleep instead was woken 0.3 ms after the value was there (an
/// idle virtual processor is slow to wake), a tenth of the time a one-page render waits in all.
/// With a single processor the helper could not run while the waiter spins, so it sleeps at once.
final class PendingValue<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    private let isReady = Atomic<Bool>(false)
    /// Written once, before `isReady` is set; read only after seeing it set (or after `done`).
    private var stored: Value?

    /// How long a waiter spins before it sleeps.
    static var spinLimit: Duration { .milliseconds(2) }

    init() { done.enter() }

    /// Provides the value; call exactly once.
    func fulfill(_ value: Value) {
        stored = value
        isReady.store(true, ordering: .releasing)
        done.leave()
    }

    /// The value, once provided.
    var value: Value {
        if !isReady.load(ordering: .acquiring) && !spinUntilReady() {
            done.wait()
        }
        return stored!
    }

    private func spinUntilReady() -> Bool {
        guard onlineProcessors > 1 else { return false }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: Self.spinLimit)
        repeat {
            for _ in 0..<256 where isReady.load(ordering: .acquiring) { return true }
        } while clock.now < deadline
        return isReady.load(ordering: .acquiring)
    }
}

/// Processors online, read once per process.
private let onlineProcessors = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
