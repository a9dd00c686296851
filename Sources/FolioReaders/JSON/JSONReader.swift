import FolioModel

/// Reads an article exported as JSON in Folio's schema; see `SCHEMA.md` beside this file.
public struct JSONReader: ArticleReader {
    public init() {}

    public func read(_ bytes: [UInt8]) throws(ReaderError) -> Article {
        try JSONArticleDecoder().article(JSONParser.parse(SourceText(bytes).text))
    }
}
