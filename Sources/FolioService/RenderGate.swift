import Synchronization

/// Bounds the renders running at once. A render that finds the gate full is refused at once
/// (the caller answers 503 with Retry-After) rather than queued, so a burst cannot pile up work
/// the service would finish long after the clients gave up.
final class RenderGate: Sendable {
    let limit: Int
    private let running = Mutex(0)

    init(limit: Int) { self.limit = max(1, limit) }

    /// Takes a slot; false when all are taken. Each successful call needs one `leave()`.
    func tryEnter() -> Bool {
        running.withLock { count in
            guard count < limit else { return false }
            count += 1
            return true
        }
    }

    func leave() { running.withLock { $0 = max(0, $0 - 1) } }

    /// Renders running now (for `/metrics`).
    var inFlight: Int { running.withLock { $0 } }
}
