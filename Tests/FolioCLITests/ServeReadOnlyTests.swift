import Foundation
import Testing

/// `folio serve --root` on an archive its user may not write (a `chmod -R a-w` copy, served as
/// `nobody` when the tests run as root): searching and reading work, `POST /archive` gets 503
/// with a clear message.
@Suite struct ServeReadOnlyTests {
    @Test func anotherUsersArchiveIsServedReadOnly() throws {
        let folder = try ReadOnlyArchiveTests.readOnlyCopy()
        defer { _ = try? CommandRunner.run("chmod", ["-R", "u+w", folder.path("readonly")]) }
        let server = Process()
        let arguments = ["serve", "--port", "0", "--root", folder.path("readonly")]
        if getuid() == 0 {
            server.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            server.arguments = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", CommandRunner.folio.path] + arguments
        } else {
            server.executableURL = CommandRunner.folio
            server.arguments = arguments
        }
        server.environment = ProcessInfo.processInfo.environment.merging(["FOLIO_TOKEN": "t0ken"]) { $1 }
        server.currentDirectoryURL = URL(fileURLWithPath: "/")
        let log = Pipe()
        server.standardError = log
        server.standardOutput = FileHandle.nullDevice
        try server.run()
        // SIGKILL: a child started from a test thread may inherit a mask that blocks SIGTERM.
        defer { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }

        // The log line "listening on 127.0.0.1:PORT" (read with read(2): FileHandle waits for EOF).
        var text = ""
        var port: String?
        var buffer = [UInt8](repeating: 0, count: 4096)
        while port == nil {
            let count = buffer.withUnsafeMutableBytes { read(log.fileHandleForReading.fileDescriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            text += String(decoding: buffer[..<count], as: UTF8.self)
            if let range = text.range(of: #"listening on 127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
                port = text[range].split(separator: ":").last.map(String.init)
            }
        }
        let found = try #require(port, "no listening line: \(text)")
        #expect(text.contains("read-only"), "\(text)")

        let search = try CommandRunner.run("curl", ["-s", "http://127.0.0.1:\(found)/search?q=Kaspersky"])
        #expect(search.stdout.contains(ArchiveCommandTests.seedID), "\(search.stdout)\(search.stderr)")
        let post = try CommandRunner.run("curl", [
            "-s", "-w", " %{http_code}", "-H", "Authorization: Bearer t0ken",
            "--data-binary", "@" + ArchiveCommandTests.seed, "http://127.0.0.1:\(found)/archive"])
        #expect(post.stdout.hasSuffix(" 503") && post.stdout.contains("read-only"), "\(post.stdout)")
    }
}
