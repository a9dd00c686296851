import FolioArchive
import FolioPipeline
@testable import FolioService
import Foundation
import Logging
import ServiceLifecycle
import Testing

/// Issue 15's small service items: malformed chunking is the client's 400, a 500 names no server
/// path, linked folders outside the archive are not searchable, and a read-only archive is served
/// with writes refused (503).
@Suite struct HardeningTests {
    static let auth = ArchiveEndpointTests.auth

    @Test func badChunkSizeIs400() async throws {
        try await RunningServer.with { server in
            let reply = try await server.send(
                "POST", "/render", headers: ["Transfer-Encoding": "chunked", "Content-Type": "text/plain"],
                body: Array("zz\r\nhello\r\n0\r\n\r\n".utf8))
            #expect(reply.status == 400, "\(reply.status) \(reply.text)")
        }
    }

    /// An HTTP/1.0 request without keep-alive: the server answers and closes (the read ends),
    /// rather than leaving the connection open until the client gives up (here, 20 s).
    @Test func http10WithoutKeepAliveIsClosedAfterTheResponse() async throws {
        try await RunningServer.with { server in
            let (reply, closed) = try await Self.rawExchange(port: server.port, "GET /healthz HTTP/1.0\r\nHost: x\r\n\r\n")
            #expect(reply.hasPrefix("HTTP/1.1 200") || reply.hasPrefix("HTTP/1.0 200"), "\(reply)")
            #expect(closed, "the connection was still open 20 s after the response")
        }
    }

    /// Sends `request` and reads until the server closes (true) or 20 s pass (false).
    private static func rawExchange(port: Int, _ request: String) async throws -> (String, Bool) {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                guard let fd = LoopbackSocket.connect(port: port, timeoutOption: SO_RCVTIMEO, seconds: 20) else {
                    continuation.resume(throwing: HTTPExchange.Failure(message: "cannot connect"))
                    return
                }
                defer { close(fd) }
                let bytes = Array(request.utf8)
                _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                var received: [UInt8] = []
                var buffer = [UInt8](repeating: 0, count: 4096)
                var closed = false
                while true {
                    let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                    if n == 0 { closed = true; break }
                    if n < 0 { break }
                    received += buffer[0..<n]
                }
                continuation.resume(returning: (String(decoding: received, as: UTF8.self), closed))
            }.start()
        }
    }

    @Test func serverErrorBodyNamesNoServerPath() async throws {
        try await ArchiveEndpointTests.withSeedArchived { server, id in
            // The stored PDF becomes a folder: reading it fails with an I/O error naming its path.
            let objectDir = server.archiveFolder.path + "/ocfl/" + id
            let pdf = objectDir + "/v1/content/article.pdf"
            try FileManager.default.removeItem(atPath: pdf)
            try FileManager.default.createDirectory(atPath: pdf, withIntermediateDirectories: false)
            let reply = try await server.send("GET", "/archive/\(id).pdf")
            #expect(reply.status == 500, "\(reply.status) \(reply.text)")
            #expect(!reply.text.contains(server.archiveFolder.path) && !reply.text.contains("/tmp"), "\(reply.text)")
            #expect(reply.errorMessage != nil)
        }
    }

    @Test func linkedFolderOutsideTheArchiveIsNotSearchable() async throws {
        try await ArchiveEndpointTests.withSeedArchived { server, _ in
            let outside = try await RunningServer.start { $0.token = .init(ArchiveEndpointTests.token) }
            defer { Task { try? await outside.stop() } }
            let article = "---\ntitle: Zanzibar Spice Report\ndate: 2019-01-01 09:00:00\n---\n\nZanzibar cloves and nutmeg.\n"
            let stored = try await outside.send("POST", "/archive?name=z.md", headers: Self.auth, body: Array(article.utf8))
            #expect(stored.status == 201, "\(stored.text)")
            #expect(symlink(outside.archiveFolder.path + "/ocfl/2019", server.archiveFolder.path + "/ocfl/2019") == 0)
            _ = try server.server.archive.reindex()
            let search = try await server.send("GET", "/search?q=Zanzibar")
            #expect(search.status == 200 && !search.text.contains("zanzibar-spice-report"), "\(search.text)")
            let listing = try await server.send("GET", "/archive/2019/")
            #expect(!listing.text.contains("zanzibar-spice-report"), "\(listing.text)")
        }
    }

    /// The real start-up path (`FolioServer(configuration:logger:)`) on a read-only bind mount:
    /// reading works, writes get 503. Root only (mounting needs it).
    @Test func readOnlyArchiveIsServedWithWritesRefused() async throws {
        guard getuid() == 0 else { return }
        let (source, mounted) = try await Self.readOnlyMountedArchive()
        defer {
            _ = Self.run("/bin/umount", [mounted])
            try? FileManager.default.removeItem(atPath: source)
            try? FileManager.default.removeItem(atPath: mounted)
        }
        var configuration = ServiceConfiguration(port: 0, archiveFolder: ArchiveFolder(URL(fileURLWithPath: mounted)))
        configuration.token = .init(ArchiveEndpointTests.token)
        var logger = Logger(label: "folio.serve.test")
        logger.logLevel = .critical
        let server = try FolioServer(configuration: configuration, logger: logger)
        #expect(server.archive.isReadOnly)
        let (ports, sink) = AsyncStream.makeStream(of: Int.self)
        let group = ServiceGroup(services: [server.makeApplication { sink.yield($0) }], gracefulShutdownSignals: [], logger: logger)
        let task = Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        let search = try await HTTPExchange.send(port: port, path: "/search?q=Kaspersky")
        #expect(search.status == 200 && search.text.contains("2018/11/09"), "\(search.text)")
        let write = try await HTTPExchange.send(port: port, method: "POST", path: "/archive", headers: Self.auth, body: try Samples.seed)
        #expect(write.status == 503 && write.errorMessage?.contains("read-only") == true, "\(write.status) \(write.text)")
        await group.triggerGracefulShutdown()
        try await task.value
    }

    /// An archive holding the seed, and a read-only bind mount of it.
    private static func readOnlyMountedArchive() async throws -> (String, String) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("folio-ro-\(UUID().uuidString)").path
        let archive = try ArticleArchive.open(ArchiveFolder(URL(fileURLWithPath: base)), create: true)
        let rendered = try RunningServer.renderer.render(.init(displayName: "seed.txt", bytes: try Samples.seed), layout: .standard)
        _ = try archive.add(ArchiveSubmission(rendered: rendered, source: .init(displayName: "seed.txt", bytes: try Samples.seed)))
        let mounted = base + "-mounted"
        try FileManager.default.createDirectory(atPath: mounted, withIntermediateDirectories: false)
        #expect(run("/bin/mount", ["--bind", "-o", "ro", base, mounted]) == 0)
        return (base, mounted)
    }

    private static func run(_ program: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
