import FolioModel

@testable import FolioReaders

/// What every reader suite asks of its reader: read a string as a file's bytes, or the
/// one-line message it is refused with.
extension ArticleReader {
    func read(text: String) throws(ReaderError) -> Article {
        try read(Array(text.utf8))
    }

    /// The error's description, or `nil` when `text` reads.
    func refusal(_ text: String) -> String? {
        do {
            _ = try read(text: text)
            return nil
        } catch {
            return error.description
        }
    }
}
