import FolioArchive
import FolioPipeline
import Hummingbird

extension FolioServer {
    /// `POST /archive[?layout=NAME&name=FILE]`: render the article in the body and archive it.
    ///
    /// Needs `Authorization: Bearer <token>`; with no token configured, writes are off (403).
    func addArchiveWritingRoutes(to router: Router<ServiceRequestContext>) {
        router.post("/archive") { request, _ -> Response in
            try self.authorizeWrite(request)
            if self.archive.isReadOnly {
                throw ServiceError(
                    status: .serviceUnavailable,
                    message: "archive writes are unavailable: the archive is open read-only on this server (it cannot be written here)")
            }
            let upload = try await ArticleUpload.read(request, limit: self.configuration.maxBodyBytes)
            let layout = try self.layoutChoice(request.uri.queryParameters["layout"].map(String.init))
            let rendered = try await self.renderLimited(upload, layout: layout, format: .pdf)
            // The same submission `folio archive add` makes, so a version records the same
            // things (the fonts and their versions among them) whichever front archived it.
            var submission = ArchiveSubmission(rendered: rendered, source: upload.source)
            submission.user = "folio-serve"
            let change = try await BlockingWork.run { [archive = self.archive, submission] in try archive.add(submission) }
            let stored = StoredArticle(change)
            var response = JSONResponse.make(stored, status: stored.change == "unchanged" ? .ok : .created)
            response.headers[.location] = stored.pdf
            return response
        }
    }

    /// Checks the bearer token in constant time; never lets a write through without one.
    func authorizeWrite(_ request: Request) throws {
        guard let token = configuration.token else {
            throw ServiceError(
                status: .forbidden, message: "archive writes are disabled: the server was started without a token (FOLIO_TOKEN or --token-file)")
        }
        guard token.authorizes(request.headers[.authorization]) else {
            throw ServiceError(
                status: .unauthorized, message: "archive writes need 'Authorization: Bearer <token>' with the server's token",
                headers: [.wwwAuthenticate: #"Bearer realm="folio""#])
        }
    }
}

/// The body of `POST /archive`: what happened and where the PDF now is.
struct StoredArticle: Encodable {
    var id: String
    var version: String
    /// `created`, `added` (a new version) or `unchanged`.
    var change: String
    var pdf: String

    init(_ change: ArchiveChange) {
        id = change.id
        pdf = "/archive/\(change.id).pdf"
        switch change {
        case .created: version = "v1"; self.change = "created"
        case .added(_, let v): version = v; self.change = "added"
        case .unchanged(_, let v): version = v; self.change = "unchanged"
        }
    }
}
