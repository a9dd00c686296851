import FolioArchive
import Foundation
import Hummingbird

extension FolioServer {
    /// `GET /archive/YYYY/[MM/[DD/]]` (JSON listings), `GET /archive/YYYY/MM/DD/<slug>.pdf`, `GET /search?q=`.
    func addArchiveReadingRoutes(to router: Router<ServiceRequestContext>) {
        router.get("/archive/**") { request, _ -> Response in
            let path = request.uri.path
            let prefix = "/archive/"
            guard path.hasPrefix(prefix) else { throw Self.malformedArchivePath }
            let parsed: ArchivePath
            do throws(ArchivePath.Problem) {
                parsed = try ArchivePath.parse(path.dropFirst(prefix.count))
            } catch .malformed {
                throw Self.malformedArchivePath
            } catch .noSuchDate(let date) {
                throw ServiceError.notFound("no such date: \(date) is not a day of the calendar")
            }
            if case .pdf(let id) = parsed { return try await self.archivedPDF(id, request: request) }
            guard let days = parsed.dayRange else { throw Self.malformedArchivePath }
            let entries = try await BlockingWork.run { [archive = self.archive] in try archive.list(from: days.from, to: days.to) }
            return JSONResponse.make(ArchiveListing(from: days.from, to: days.to, articles: entries.map(ListedArticle.init)))
        }
        router.get("/search") { request, _ -> Response in
            let query = request.uri.queryParameters
            guard let text = query["q"].map(String.init), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ServiceError.badRequest("give the words to search for as ?q=")
            }
            guard text.utf8.count <= 1000 else { throw ServiceError.badRequest("the search text is longer than 1000 bytes") }
            let limit = try Self.searchLimit(query["limit"].map(String.init))
            let hits = try await BlockingWork.run { [archive = self.archive] in try archive.search(text, limit: limit) }
            return JSONResponse.make(SearchResults(query: text, results: hits.map(FoundArticle.init)))
        }
    }

    static var malformedArchivePath: ServiceError {
        .badRequest("not an archive path; expected /archive/YYYY/, /archive/YYYY/MM/, /archive/YYYY/MM/DD/ or /archive/YYYY/MM/DD/<slug>.pdf")
    }

    /// The stored PDF of one version, with a strong ETag (its sha512), 304 on `If-None-Match`,
    /// and single byte ranges.
    func archivedPDF(_ id: ObjectID, request: Request) async throws -> Response {
        let version = try Self.versionName(request.uri.queryParameters["version"].map(String.init))
        let metadata = try await BlockingWork.run { [self] in
            try checkInsideStorageRoot(id)
            return try archive.metadata(id, version: version)
        }
        let etag = "\"\(metadata.pdf.sha512)\""
        var headers: HTTPFields = [
            .eTag: etag,
            .acceptRanges: "bytes",
            .contentType: "application/pdf",
            .contentDisposition: #"inline; filename="\#(id.slug.text)\#(version.map { "-" + $0 } ?? "").pdf""#,
            // A named version never changes; the newest may gain a version, so it is revalidated.
            .cacheControl: version == nil ? "no-cache" : "public, max-age=31536000, immutable",
        ]
        if let candidates = request.headers[.ifNoneMatch], Self.matches(candidates, etag: etag) {
            return Response(status: .notModified, headers: headers)
        }
        let bytes = try await BlockingWork.run { [archive = self.archive] in try archive.file(id, version: version, path: "article.pdf") }
        var rangeHeader = request.headers[.range]
        if let ifRange = request.headers[.ifRange], ifRange != etag { rangeHeader = nil }
        let range: ByteRange?
        do {
            range = try ByteRange.parse(rangeHeader, length: bytes.count)
        } catch {
            throw ServiceError(
                status: .rangeNotSatisfiable, message: "the range lies outside the \(bytes.count)-byte file",
                headers: [.contentRange: "bytes */\(bytes.count)"])
        }
        guard let range else {
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        headers[.contentRange] = "bytes \(range.first)-\(range.last)/\(bytes.count)"
        return Response(
            status: .partialContent, headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes[range.first...range.last])))
    }

    /// Refuses an object whose folder resolves elsewhere (a symbolic link in the storage root):
    /// the object must really be at `<root>/<id>`. The archive itself opens files with
    /// `O_NOFOLLOW` and checks every digest, which covers links inside the object.
    func checkInsideStorageRoot(_ id: ObjectID) throws {
        let root = URL(fileURLWithPath: archive.folder.storageRoot).resolvingSymlinksInPath().path
        let object = URL(fileURLWithPath: archive.folder.storageRoot + "/" + id.description).resolvingSymlinksInPath().path
        guard object == root + "/" + id.description else {
            if FileManager.default.fileExists(atPath: object) {
                logger.warning("refused an archive object that resolves outside its place", metadata: ["id": "\(id)"])
            }
            throw ArchiveError.noSuchObject(id.description)
        }
    }

    /// `?limit=` for search: 20 unless the client asks for 1 to 100.
    static func searchLimit(_ value: String?) throws -> Int {
        guard let value else { return 20 }
        guard let number = Int(value), (1...100).contains(number) else {
            throw ServiceError.badRequest("limit must be a whole number from 1 to 100")
        }
        return number
    }

    /// `?version=vN`, checked before it reaches the archive.
    static func versionName(_ value: String?) throws -> String? {
        guard let value else { return nil }
        guard value.count <= 10, value.first == "v", let number = Int(value.dropFirst()), number >= 1,
              String(number) == value.dropFirst()
        else { throw ServiceError.badRequest("version must look like v1, v2, ... not '\(value)'") }
        return value
    }

    /// `If-None-Match`: `*` or a list of (possibly weak) entity tags.
    static func matches(_ header: String, etag: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == "*" || tag == etag
        }
    }
}

/// One article in a listing or search result, with the URL of its PDF.
struct ListedArticle: Encodable {
    var id: String
    var date: String
    var title: String
    var section: String?
    var versions: Int
    var pdf: String

    init(_ entry: ArchiveEntry) {
        id = entry.id
        date = entry.date
        title = entry.title
        section = entry.section
        versions = entry.versions
        pdf = "/archive/\(entry.id).pdf"
    }
}

/// The body of a day, month or year listing.
struct ArchiveListing: Encodable {
    var from: String
    var to: String
    var articles: [ListedArticle]
}

/// One search hit: the article, its rank (lower is better) and a snippet with the match in `[…]`.
struct FoundArticle: Encodable {
    var article: ListedArticle
    var rank: Double
    var snippet: String

    init(_ hit: SearchHit) {
        article = ListedArticle(hit.entry)
        rank = hit.rank
        snippet = hit.snippet
    }
}

/// The body of `GET /search`.
struct SearchResults: Encodable {
    var query: String
    var results: [FoundArticle]
}
