import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A client that connects and then sends only the start of a request head, as a slow (or
/// hostile) client does, and can tell whether the server has closed it.
final class SlowConnection {
    let fd: Int32

    /// Connects to 127.0.0.1:`port` (giving up after 5 s) and sends `start`: by default
    /// `GET /healthz HTTP/1.1` and one header, never the blank line that ends the head. Nil
    /// when the connection fails.
    init?(port: Int, start: String = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n") {
        guard let fd = LoopbackSocket.connect(port: port, timeoutOption: SO_SNDTIMEO, seconds: 5) else { return nil }
        let partial = Array(start.utf8)
        _ = partial.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        self.fd = fd
    }

    deinit { close(fd) }

    /// Waits up to `seconds` for the server to close the connection (reading past anything it
    /// answers first); true when it did.
    func closedByServer(within seconds: Int) -> Bool {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n > 0 { continue }
            return n == 0 || errno == ECONNRESET
        }
    }

    /// Whether the connection is still open now (nothing to read, not closed).
    var isOpen: Bool {
        var byte: UInt8 = 0
        let n = recv(fd, &byte, 1, Int32(MSG_DONTWAIT))
        return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)
    }
}
