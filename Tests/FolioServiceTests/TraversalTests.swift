import Foundation
import Testing

/// No request ever reads a file outside the archive, whatever the path's encoding.
@Suite struct TraversalTests {
    static let attempts = [
        "/archive/../../../../etc/passwd",
        "/archive/2018/../../../etc/passwd",
        "/archive/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/archive/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/archive/2018/11/09/..%2f..%2f..%2f..%2fetc%2fpasswd.pdf",
        "/archive/2018/11/09/%2e%2e.pdf",
        "/archive/2018/11/09/....pdf",
        "/archive/2018/11/09/..\\..\\etc.pdf",
        "/archive/2018/11/09/%00.pdf",
        "/archive//etc/passwd",
        "/archive/2018/11/09/x.pdf/..",
        "/archive/%252e%252e/etc/passwd",
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
    ]

    @Test func traversalAttemptsAre4xxJSON() async throws {
        try await RunningServer.with { server in
            for path in Self.attempts {
                let reply = try await server.send("GET", path)
                #expect((400...404).contains(reply.status), "\(path) → \(reply.status)")
                #expect(reply.errorMessage != nil, "\(path): \(reply.text)")
                #expect(!reply.text.contains("root:"), "\(path) leaked a file")
            }
        }
    }

    @Test func objectFolderThatIsASymlinkIsNotServed() async throws {
        try await RunningServer.with({ $0.token = .init("t") }) { server in
            let added = try await server.send(
                "POST", "/archive?name=seed.txt", headers: ["Authorization": "Bearer t"], body: try Samples.seed)
            let id = try #require(try added.json()["id"] as? String)
            // Plant a link in the storage root to the real object: its content is intact, but
            // its place is not the id's, so it must not be served.
            let root = server.archiveFolder.appendingPathComponent("ocfl")
            let link = root.appendingPathComponent("2018/11/09/planted-link")
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: root.appendingPathComponent(id))
            let reply = try await server.send("GET", "/archive/2018/11/09/planted-link.pdf")
            #expect(reply.status == 404, "\(reply.text)")
            #expect(reply.errorMessage != nil)
            let real = try await server.send("GET", "/archive/\(id).pdf")
            #expect(real.status == 200)
        }
    }
}
