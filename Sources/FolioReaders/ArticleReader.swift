import FolioModel

/// One input format's way from file bytes to an `Article`.
///
/// Readers take bytes, not text, because some formats (HTML) learn their character set from
/// the content. Each reader checks its own input and throws `ReaderError`; none does I/O.
public protocol ArticleReader: Sendable {
    /// Reads one article from the whole content of a file.
    func read(_ bytes: [UInt8]) throws(ReaderError) -> Article
}
