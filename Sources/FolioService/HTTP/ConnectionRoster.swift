import NIOCore
import Synchronization

/// Every open connection, and which are idle, so that slow or idle clients cannot hold every
/// file descriptor: past `maxConnections` open, or `maxIdle` idle, the connection idle the
/// longest is closed to make room; when none is idle (all are mid-request), the newcomer is.
///
/// "Idle" means no request in progress: just accepted and still sending its first header,
/// or kept alive between requests. A connection whose request head has arrived is busy
/// until its response is written (its body has its own deadline, see `ConnectionTimeouts`).
/// Shared by the handlers of every event loop, so its state sits behind a mutex; channels are
/// closed outside it.
final class ConnectionRoster: Sendable {
    let maxConnections: Int
    let maxIdle: Int

    private struct Entry {
        let channel: any Channel
        /// Set while idle: the order it became idle in (oldest first out).
        var idleMark: UInt64?
    }

    private struct State {
        var entries: [ObjectIdentifier: Entry] = [:]
        var idleCount = 0
        var nextMark: UInt64 = 0
        /// Idle connections oldest first; entries whose mark no longer matches are stale and skipped.
        var idleQueue: [(mark: UInt64, id: ObjectIdentifier)] = []
        var idleQueueStart = 0
        var evicted = 0
    }

    private let state = Mutex(State())

    init(maxConnections: Int, maxIdle: Int) {
        self.maxConnections = max(1, maxConnections)
        self.maxIdle = max(1, min(maxIdle, maxConnections))
    }

    /// Connections open now, and closed to make room so far (for `/metrics`).
    var counts: (open: Int, idle: Int, evicted: Int) {
        state.withLock { ($0.entries.count, $0.idleCount, $0.evicted) }
    }

    /// Registers a newly accepted connection (idle until its first request head) and closes
    /// whichever connections the limits say must go.
    func admit(_ channel: any Channel) {
        let closing = state.withLock { state -> [any Channel] in
            let id = ObjectIdentifier(channel)
            state.entries[id] = Entry(channel: channel, idleMark: nil)
            Self.markIdle(id, in: &state)
            var closing: [any Channel] = []
            while state.entries.count > maxConnections || state.idleCount > maxIdle {
                guard let oldest = Self.popOldestIdle(&state) else { break }
                if let entry = state.entries.removeValue(forKey: oldest) {
                    if entry.idleMark != nil { state.idleCount -= 1 }
                    closing.append(entry.channel)
                    state.evicted += 1
                }
            }
            Self.compactQueue(&state)
            return closing
        }
        for channel in closing { channel.close(promise: nil) }
    }

    /// A request head arrived: the connection is busy until its response ends.
    func busy(_ channel: any Channel) {
        state.withLock { state in
            let id = ObjectIdentifier(channel)
            guard state.entries[id]?.idleMark != nil else { return }
            state.entries[id]?.idleMark = nil
            state.idleCount -= 1
        }
    }

    /// A response ended: the connection waits, idle, for its next request.
    func idle(_ channel: any Channel) {
        state.withLock { state in
            let id = ObjectIdentifier(channel)
            guard let entry = state.entries[id], entry.idleMark == nil else { return }
            Self.markIdle(id, in: &state)
            Self.compactQueue(&state)
        }
    }

    /// The connection closed.
    func remove(_ channel: any Channel) {
        state.withLock { state in
            guard let entry = state.entries.removeValue(forKey: ObjectIdentifier(channel)) else { return }
            if entry.idleMark != nil { state.idleCount -= 1 }
            Self.compactQueue(&state)
        }
    }

    private static func markIdle(_ id: ObjectIdentifier, in state: inout State) {
        let mark = state.nextMark
        state.nextMark += 1
        state.entries[id]?.idleMark = mark
        state.idleCount += 1
        state.idleQueue.append((mark, id))
    }

    private static func popOldestIdle(_ state: inout State) -> ObjectIdentifier? {
        while state.idleQueueStart < state.idleQueue.count {
            let (mark, id) = state.idleQueue[state.idleQueueStart]
            state.idleQueueStart += 1
            if state.entries[id]?.idleMark == mark { return id }
        }
        return nil
    }

    /// Drops the consumed front and, when most of the queue is stale, the stale entries.
    private static func compactQueue(_ state: inout State) {
        let live = state.idleCount
        if state.idleQueue.count - state.idleQueueStart > 2 * live + 64 || state.idleQueueStart > 1024 {
            state.idleQueue = state.idleQueue[state.idleQueueStart...].filter { state.entries[$0.id]?.idleMark == $0.mark }
            state.idleQueueStart = 0
        }
    }
}
