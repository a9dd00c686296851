import FolioModel

/// The one entry point from file bytes to an `Article`, whatever the format.
public enum ArticleReaders {
    /// Reads an article, choosing the reader by `format` if given, else by the file name's
    /// extension, else by sniffing the content.
    ///
    /// - Parameters:
    ///   - bytes: the whole file.
    ///   - fileName: used only to pick the format; errors do not repeat it.
    ///   - format: an explicit choice (`--input-format`), which wins over the others.
    ///   - language: an explicit language (`--language`), which wins over the article's own
    ///     declaration and over identification.
    /// - Returns: the article, its language decided (see ``ArticleLanguage``).
    /// - Throws: `ReaderError` with a one-line description of the problem.
    public static func read(
        _ bytes: [UInt8], fileName: String, format: InputFormat? = nil, language: String? = nil
    ) throws(ReaderError) -> Article {
        try SourceText.rejectNonText(bytes)
        let chosen = format ?? InputFormat(fileName: fileName) ?? InputFormat(sniffing: bytes)
        return ArticleLanguage.decided(try reader(for: chosen).read(bytes), override: language)
    }

    /// The reader for a format.
    public static func reader(for format: InputFormat) -> any ArticleReader {
        switch format {
        case .text: return ScrapedPageReader()
        case .markdown: return MarkdownReader()
        case .html: return HTMLReader()
        case .json: return JSONReader()
        }
    }
}
