import FolioPipeline
import Foundation
import Hummingbird

/// An article sent in a request body: its bytes, the format its Content-Type names (nil: sniff),
/// and the file name it is known by (the archive keeps it).
struct ArticleUpload {
    var source: ArticleSource
    var format: InputFormat?

    /// Reads the body, refusing more than `limit` bytes (413) without buffering the excess.
    static func read(_ request: Request, limit: Int) async throws -> ArticleUpload {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw tooLarge(limit)
        }
        var bytes: [UInt8] = []
        for try await chunk in request.body {
            guard bytes.count + chunk.readableBytes <= limit else { throw tooLarge(limit) }
            bytes.append(contentsOf: chunk.readableBytesView)
        }
        guard !bytes.isEmpty else { throw ServiceError.badRequest("the request body is empty; send the article in it") }
        let format = try formatFromContentType(request.headers[.contentType])
        let name = fileName(request.uri.queryParameters["name"].map(String.init), format: format ?? InputFormat(sniffing: bytes))
        return ArticleUpload(source: ArticleSource(displayName: name, bytes: bytes), format: format)
    }

    /// `text/markdown` and friends name a format; `application/octet-stream`, no header or an
    /// unknown type leave it to sniffing; a type that cannot be an article is refused (415).
    static func formatFromContentType(_ header: String?) throws -> InputFormat? {
        guard let header else { return nil }
        let type = header.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        switch type {
        case "text/plain": return .text
        case "text/markdown", "text/x-markdown": return .markdown
        case "text/html", "application/xhtml+xml": return .html
        case "application/json": return .json
        case "", "application/octet-stream", "application/x-www-form-urlencoded": return nil
        default:
            if type.hasPrefix("image/") || type.hasPrefix("audio/") || type.hasPrefix("video/") || type.hasPrefix("multipart/") {
                throw ServiceError(
                    status: .unsupportedMediaType,
                    message: "Content-Type \(type) is not an article; send text, Markdown, HTML or JSON")
            }
            return nil
        }
    }

    /// `?name=` reduced to a safe base name, else `article.<ext>` for the format.
    static func fileName(_ requested: String?, format: InputFormat) -> String {
        let base = requested?.split(separator: "/").last.map(String.init) ?? ""
        let safe = String(base.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) }.map(Character.init))
        if !safe.isEmpty, !safe.hasPrefix("."), safe.count <= 100 { return safe }
        switch format {
        case .text: return "article.txt"
        case .markdown: return "article.md"
        case .html: return "article.html"
        case .json: return "article.json"
        }
    }

    private static func tooLarge(_ limit: Int) -> ServiceError {
        ServiceError(status: .contentTooLarge, message: "the request body is larger than the \(limit)-byte limit")
    }
}
