import FolioArchive
import Foundation
import Testing

/// `POST /archive`, the listings, the stored PDFs and search.
@Suite struct ArchiveEndpointTests {
    static let token = "s3cret-token-for-tests"
    static let auth = ["Authorization": "Bearer \(token)"]

    /// A server with a token, holding the seed archived once; returns its id.
    static func withSeedArchived(_ body: (RunningServer, String) async throws -> Void) async throws {
        try await RunningServer.with({ $0.token = .init(token) }) { server in
            let reply = try await server.send("POST", "/archive?name=seed.txt", headers: auth, body: try Samples.seed)
            #expect(reply.status == 201, "\(reply.text)")
            let id = try #require(try reply.json()["id"] as? String)
            try await body(server, id)
        }
    }

    @Test func writesAreDisabledWithoutAConfiguredToken() async throws {
        try await RunningServer.with { server in
            let reply = try await server.send("POST", "/archive", headers: Self.auth, body: try Samples.seed)
            #expect(reply.status == 403)
            #expect(reply.errorMessage?.contains("disabled") == true)
        }
    }

    @Test(arguments: [[:], ["Authorization": "Bearer wrong"], ["Authorization": "Bearer s3cret-token-for-test"],
                      ["Authorization": "Basic czNjcmV0"], ["Authorization": "Bearer s3cret-token-for-testsX"]])
    func missingOrWrongTokenIs401(headers: [String: String]) async throws {
        try await RunningServer.with({ $0.token = .init(Self.token) }) { server in
            let reply = try await server.send("POST", "/archive", headers: headers, body: try Samples.seed)
            #expect(reply.status == 401)
            #expect(reply.headers["www-authenticate"]?.hasPrefix("Bearer") == true)
            #expect(reply.errorMessage != nil)
            let listing = try await server.send("GET", "/archive/2018/")
            #expect(try (listing.json()["articles"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func addThenListByDayMonthAndYear() async throws {
        try await Self.withSeedArchived { server, id in
            #expect(id.hasPrefix("2018/11/09/"))
            let again = try await server.send("POST", "/archive?name=seed.txt", headers: Self.auth, body: try Samples.seed)
            #expect(again.status == 200)
            #expect(try again.json()["change"] as? String == "unchanged")
            for path in ["/archive/2018/11/09/", "/archive/2018/11/", "/archive/2018/"] {
                let reply = try await server.send("GET", path)
                #expect(reply.status == 200, "\(path)")
                let articles = try #require(try reply.json()["articles"] as? [[String: Any]])
                #expect(articles.map { $0["id"] as? String } == [id], "\(path)")
                #expect(articles.first?["pdf"] as? String == "/archive/\(id).pdf")
            }
            let otherDay = try await server.send("GET", "/archive/2018/11/08/")
            #expect(otherDay.status == 200)
            #expect(try (otherDay.json()["articles"] as? [Any])?.isEmpty == true)
        }
    }

    /// A version archived through the service records what `folio archive add` records,
    /// the fonts the PDF was drawn with and their versions among them.
    @Test func archivedVersionRecordsItsFonts() async throws {
        try await Self.withSeedArchived { server, id in
            let archive = try ArticleArchive.open(ArchiveFolder(server.archiveFolder))
            let metadata = try archive.metadata(try ObjectID(id))
            #expect(metadata.fonts.keys.contains { $0.hasPrefix("Noto Serif") }, "\(metadata.fonts)")
            #expect(metadata.fonts.values.allSatisfy { !$0.isEmpty })
            #expect(metadata.renderer.hasPrefix("folio "))
        }
    }

    @Test func storedPDFWithETagRevalidationAndRanges() async throws {
        try await Self.withSeedArchived { server, id in
            let full = try await server.send("GET", "/archive/\(id).pdf")
            #expect(full.status == 200)
            #expect(full.headers["content-type"] == "application/pdf")
            #expect(full.body.starts(with: Array("%PDF-".utf8)))
            let etag = try #require(full.headers["etag"])
            #expect(etag.count == 130)  // a quoted sha512
            #expect(full.headers["accept-ranges"] == "bytes")

            let notModified = try await server.send("GET", "/archive/\(id).pdf", headers: ["If-None-Match": etag])
            #expect(notModified.status == 304)
            #expect(notModified.body.isEmpty)
            let changed = try await server.send("GET", "/archive/\(id).pdf", headers: ["If-None-Match": "\"other\""])
            #expect(changed.status == 200)

            let head = try await server.send("GET", "/archive/\(id).pdf", headers: ["Range": "bytes=0-4"])
            #expect(head.status == 206)
            #expect(head.body == Array("%PDF-".utf8))
            #expect(head.headers["content-range"] == "bytes 0-4/\(full.body.count)")
            let tail = try await server.send("GET", "/archive/\(id).pdf", headers: ["Range": "bytes=-10"])
            #expect(tail.status == 206)
            #expect(tail.body == Array(full.body.suffix(10)))
            let outside = try await server.send("GET", "/archive/\(id).pdf", headers: ["Range": "bytes=\(full.body.count)-"])
            #expect(outside.status == 416)
            #expect(outside.headers["content-range"] == "bytes */\(full.body.count)")
            #expect(outside.errorMessage != nil)

            let v1 = try await server.send("GET", "/archive/\(id).pdf?version=v1")
            #expect(v1.status == 200)
            #expect(v1.body == full.body)
        }
    }

    @Test func unknownArticlesVersionsAndDates() async throws {
        try await Self.withSeedArchived { server, id in
            let cases: [(String, Int)] = [
                ("/archive/\(id).pdf?version=v9", 404),
                ("/archive/\(id).pdf?version=latest", 400),
                ("/archive/2018/11/09/no-such-article.pdf", 404),
                ("/archive/2018/02/30/", 404),
                ("/archive/2018/13/", 404),
                ("/archive/0000/", 404),
                ("/archive/2018/11/9/", 400),
                ("/archive/2018/11/09/Seed.pdf", 400),
                ("/archive/2018/11/09/seed.txt", 400),
                ("/archive/2018/11/09/a/b.pdf", 400),
                ("/no-such-endpoint", 404),
            ]
            for (path, status) in cases {
                let reply = try await server.send("GET", path)
                #expect(reply.status == status, "\(path): \(reply.text)")
                #expect(reply.headers["content-type"]?.hasPrefix("application/json") == true, "\(path)")
                #expect(reply.errorMessage?.isEmpty == false, "\(path)")
            }
        }
    }

    @Test func searchFindsTheArchivedSeed() async throws {
        try await Self.withSeedArchived { server, id in
            let reply = try await server.send("GET", "/search?q=Wuzhen")
            #expect(reply.status == 200)
            let results = try #require(try reply.json()["results"] as? [[String: Any]])
            #expect(results.compactMap { ($0["article"] as? [String: Any])?["id"] as? String } == [id])
            let none = try await server.send("GET", "/search?q=zzzqqqxxx")
            #expect(try (none.json()["results"] as? [Any])?.isEmpty == true)
            for path in ["/search", "/search?q=", "/search?q=%20", "/search?q=a&limit=0"] {
                let bad = try await server.send("GET", path)
                #expect(bad.status == 400, "\(path)")
                #expect(bad.errorMessage != nil, "\(path)")
            }
            for query in ["%22", "AND%28", "NEAR%28a", "*", "a%22b%22c%20OR"] {
                let odd = try await server.send("GET", "/search?q=\(query)")
                #expect(odd.status == 200 || odd.status == 400, "\(query): \(odd.text)")
                #expect(odd.headers["content-type"]?.hasPrefix("application/json") == true)
            }
        }
    }
}
