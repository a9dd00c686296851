import FolioHTMLParsing
import FolioModel

/// Reads a news article page in HTML through libxml2's tolerant parser.
///
/// Metadata comes from `HTMLMetadata`, the body from `HTMLArticleBody`; the character set is
/// decided by `HTMLCharset` before parsing. A headline, date line or breadcrumb inside the body
/// is not repeated as body text.
public struct HTMLReader: ArticleReader {
    public init() {}

    public func read(_ bytes: [UInt8]) throws(ReaderError) -> Article {
        try SourceText.rejectNonText(bytes)
        let encoding = HTMLCharset.detect(bytes, isSupported: HTMLParser.supportsEncoding)
        let parsed: HTMLElement?
        do {
            parsed = try HTMLParser.parse(bytes, encoding: encoding)
        } catch {
            throw .malformed(format: "HTML", problem: error.description)
        }
        guard let page = parsed else { throw .empty }
        let all = page.descendants
        let metadata = HTMLMetadata(page: page, all: all)
        guard let title = metadata.title?.trimmedSpace, !title.isEmpty else { throw .noTitle }
        guard let date = metadata.date else {
            throw .noDate(hint: "add <meta property=\"article:published_time\" content=\"2018-11-09T11:11:21\">")
        }
        let published = try PublicationDate(reading: date.text, at: date.location)
        let consumed = Set([title, date.text, metadata.breadcrumbText ?? ""].filter { !$0.isEmpty })
        return Article(
            title: title, section: metadata.section, published: published, byline: metadata.byline,
            language: metadata.language, sourceURL: metadata.url,
            blocks: HTMLArticleBody(root: page, all: all, consumed: consumed).blocks)
    }
}
