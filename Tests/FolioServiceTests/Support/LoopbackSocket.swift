import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A TCP connection to the service under test on 127.0.0.1, as a raw descriptor: the tests'
/// clients speak HTTP by hand (partial heads, HTTP/1.0, slow bodies) that no HTTP client sends.
enum LoopbackSocket {
    /// A socket connected to 127.0.0.1:`port`, with `timeoutOption` (`SO_RCVTIMEO` or
    /// `SO_SNDTIMEO`) set to `seconds`; nil when it cannot connect. The caller closes it.
    static func connect(port: Int, timeoutOption: Int32, seconds: Int) -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, timeoutOption, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(fd)
            return nil
        }
        return fd
    }
}
