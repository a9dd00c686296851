import Foundation
import Testing

/// `POST /render`: the print link's endpoint.
@Suite struct RenderEndpointTests {
    @Test func seedBecomesAPDFNamedForItsSlug() async throws {
        try await RunningServer.with { server in
            let reply = try await server.send("POST", "/render", headers: ["Content-Type": "text/plain"], body: try Samples.seed)
            #expect(reply.status == 200)
            #expect(reply.headers["content-type"] == "application/pdf")
            #expect(reply.body.starts(with: Array("%PDF-".utf8)))
            let disposition = try #require(reply.headers["content-disposition"])
            #expect(disposition.hasPrefix("inline; filename=\""))
            #expect(disposition.hasSuffix(".pdf\""))
            #expect(disposition.contains("internet"))  // the slug comes from the seed's title
            #expect(Int(reply.headers["x-folio-pages"] ?? "") ?? 0 >= 1)
        }
    }

    @Test func formatIsSniffedWithoutContentType() async throws {
        try await RunningServer.with { server in
            let markdown = try Samples.bytes("samples/wic2018/wic-ai-forum.md")
            let reply = try await server.send("POST", "/render?layout=letter", body: markdown)
            #expect(reply.status == 200)
            #expect(reply.body.starts(with: Array("%PDF-".utf8)))
        }
    }

    @Test func pngPreviewOfOnePage() async throws {
        try await RunningServer.with { server in
            let reply = try await server.send("POST", "/render?format=png&page=1", body: try Samples.seed)
            #expect(reply.status == 200)
            #expect(reply.headers["content-type"] == "image/png")
            #expect(reply.body.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            let missing = try await server.send("POST", "/render?format=png&page=999", body: try Samples.seed)
            #expect(missing.status == 400)
            #expect(missing.errorMessage?.contains("page 999 does not exist") == true)
        }
    }

    @Test(arguments: [
        ("/render?layout=no-such-layout", "unknown layout"),
        ("/render?layout=..%2F..%2Fetc%2Fpasswd", "unknown layout"),
        ("/render?layout=/etc/passwd", "unknown layout"),
        ("/render?format=tiff", "unknown format"),
        ("/render?format=png&page=0", "page must be"),
    ])
    func badQueryIsA400WithJSON(path: String, expected: String) async throws {
        try await RunningServer.with { server in
            let reply = try await server.send("POST", path, body: try Samples.seed)
            #expect(reply.status == 400)
            #expect(reply.headers["content-type"]?.hasPrefix("application/json") == true)
            #expect(reply.errorMessage?.contains(expected) == true, "\(reply.text)")
        }
    }

    @Test func malformedArticleIs422() async throws {
        try await RunningServer.with { server in
            let binary: [UInt8] = [0x00, 0xFF, 0xFE, 0x00, 0x01, 0x02] + Array(repeating: 0, count: 100)
            let reply = try await server.send("POST", "/render", body: binary)
            #expect(reply.status == 422)
            #expect(reply.errorMessage?.isEmpty == false)
            let badJSON = try await server.send("POST", "/render", headers: ["Content-Type": "application/json"], body: Array("{\"title\": ".utf8))
            #expect(badJSON.status == 422)
            #expect(badJSON.errorMessage != nil)
        }
    }

    @Test func emptyBodyAndWrongMediaType() async throws {
        try await RunningServer.with { server in
            let empty = try await server.send("POST", "/render")
            #expect(empty.status == 400)
            #expect(empty.errorMessage?.contains("empty") == true)
            let image = try await server.send("POST", "/render", headers: ["Content-Type": "image/png"], body: [0x89, 0x50])
            #expect(image.status == 415)
            #expect(image.errorMessage != nil)
        }
    }

    @Test func hugeBodyIs413() async throws {
        try await RunningServer.with { server in
            let huge = [UInt8](repeating: UInt8(ascii: "a"), count: 11 * 1024 * 1024)
            let reply = try await server.send("POST", "/render", headers: ["Content-Type": "text/plain"], body: huge)
            #expect(reply.status == 413)
            #expect(reply.errorMessage?.contains("limit") == true)
        }
    }

    @Test func bodyOverTheLimitWithoutContentLengthIs413() async throws {
        try await RunningServer.with({ $0.maxBodyBytes = 1000 }) { server in
            // Chunked upload: the limit is enforced while reading, not only from Content-Length.
            let chunk = [UInt8](repeating: UInt8(ascii: "b"), count: 800)
            let chunked = Array("320\r\n".utf8) + chunk + Array("\r\n320\r\n".utf8) + chunk + Array("\r\n0\r\n\r\n".utf8)
            let reply = try await server.send(
                "POST", "/render", headers: ["Transfer-Encoding": "chunked"],
                body: chunked)
            #expect(reply.status == 413)
            #expect(reply.errorMessage != nil)
        }
    }
}
