import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A response as the test client received it.
struct HTTPReply: Sendable {
    var status: Int
    /// Header names lowercased.
    var headers: [String: String]
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The `error` field of a JSON error body, nil when the body is not one.
    var errorMessage: String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else { return nil }
        return object["error"] as? String
    }

    func json() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
            throw HTTPExchange.Failure(message: "body is not a JSON object: \(text.prefix(200))")
        }
        return object
    }
}

/// A deliberately small HTTP/1.1 client over a plain socket.
///
/// URLSession (through libcurl) normalises `../` out of paths before sending; the traversal
/// tests need the exact bytes on the wire, so requests are written by hand. Each request uses
/// its own connection (`Connection: close`) and runs on threads of its own, never on the
/// cooperative pool or Dispatch's global queue, which the server needs.
enum HTTPExchange {
    struct Failure: Error, CustomStringConvertible { var message: String; var description: String { message } }

    static func send(
        port: Int, method: String = "GET", path: String, headers: [String: String] = [:], body: [UInt8] = []
    ) async throws -> HTTPReply {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try exchange(port: port, method: method, path: path, headers: headers, body: body) })
            }.start()
        }
    }

    /// `send`, on the calling thread (for polling from a synchronous condition).
    static func sendBlocking(port: Int, method: String = "GET", path: String) throws -> HTTPReply {
        try exchange(port: port, method: method, path: path, headers: [:], body: [])
    }

    private static func exchange(port: Int, method: String, path: String, headers: [String: String], body: [UInt8]) throws -> HTTPReply {
        guard let fd = LoopbackSocket.connect(port: port, timeoutOption: SO_RCVTIMEO, seconds: 120) else {
            throw Failure(message: "cannot connect to 127.0.0.1:\(port)")
        }
        defer { close(fd) }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        var allHeaders = headers
        if (!body.isEmpty || method == "POST") && allHeaders["Transfer-Encoding"] == nil { allHeaders["Content-Length"] = allHeaders["Content-Length"] ?? String(body.count) }
        for (name, value) in allHeaders.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        // The body goes out on its own thread while this one reads, as real clients do: a server
        // may answer (413) before reading a refused body, and then stops reading it.
        let sent = DispatchSemaphore(value: 0)
        let request = Array(head.utf8) + body
        Thread {
            _ = sendAll(fd, request)
            sent.signal()
        }.start()
        defer {
            shutdown(fd, Int32(SHUT_RDWR))
            sent.wait()
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            received.append(contentsOf: buffer[0..<n])
        }
        return try parse(received)
    }

    private static func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    private static func parse(_ bytes: [UInt8]) throws -> HTTPReply {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = bytes.indices.first(where: { bytes[$0...].starts(with: separator) }) else {
            throw Failure(message: "no complete response head (\(bytes.count) bytes received)")
        }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(message: "bad status line: \(lines[0])") }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(bytes[(end + 4)...])
        if headers["transfer-encoding"]?.lowercased() == "chunked" { body = try dechunk(body) }
        return HTTPReply(status: status, headers: headers, body: body)
    }

    private static func dechunk(_ bytes: [UInt8]) throws -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard let lineEnd = (index..<bytes.count - 1).first(where: { bytes[$0] == 13 && bytes[$0 + 1] == 10 }),
                  let size = Int(String(decoding: bytes[index..<lineEnd], as: UTF8.self).split(separator: ";")[0], radix: 16)
            else { throw Failure(message: "bad chunked body") }
            if size == 0 { break }
            let start = lineEnd + 2
            guard start + size <= bytes.count else { throw Failure(message: "truncated chunk") }
            result.append(contentsOf: bytes[start..<start + size])
            index = start + size + 2
        }
        return result
    }
}
