#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory `flock(2)` lock on a lock file, held until `unlock()` or deinit.
///
/// Locks are per open file, so two `FileLock`s on the same path conflict even inside one
/// process (threads behave like processes). The kernel drops the lock when the process dies,
/// which is what makes a SIGKILLed writer harmless to the next one.
/// Owns one file descriptor: `open` in init, `close` in deinit.
final class FileLock {
    enum Mode { case shared, exclusive }

    private var fd: Int32

    /// Opens (creating) the lock file and waits for the lock; with `wait: false` returns nil if busy.
    init?(path: String, mode: Mode, wait: Bool = true) throws(ArchiveError) {
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw .io(path, "cannot open lock file: \(String(cString: strerror(errno)))") }
        let operation = (mode == .shared ? LOCK_SH : LOCK_EX) | (wait ? 0 : LOCK_NB)
        while flock(fd, operation) != 0 {
            if errno == EINTR { continue }
            let busy = errno == EWOULDBLOCK
            close(fd)
            fd = -1
            if busy && !wait { return nil }
            throw .io(path, "cannot lock: \(String(cString: strerror(errno)))")
        }
    }

    /// Releases the lock now.
    func unlock() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
    }

    deinit { unlock() }
}
