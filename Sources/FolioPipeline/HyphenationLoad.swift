import FolioHyphenation
import FolioModel
import FolioTypesetting

/// One article's hyphenation patterns, loaded once by whichever thread calls ``load()``: just the
/// patterns the article's words need (see `Hyphenator.init(contentsOf:wordsOf:…)`), for a
/// process that renders only this article.
final class HyphenationLoad: Sendable {
    let language: String
    private let text: String
    private let loaded = PendingValue<Hyphenator?>()

    init(for article: Article) {
        language = article.language ?? "und"
        text = [article.title, article.plainBody].joined(separator: "\n")
    }

    /// Loads the patterns; call once.
    func load() {
        loaded.fulfill(Hyphenator.forLanguage(language, wordsOf: text))
    }

    /// Loads the patterns on a thread of their own, while the caller goes on.
    func loadOnHelperThread() {
        HelperThread.run { self.load() }
    }

    /// Hyphenators by language tag for the typesetter: the article's language waits for
    /// ``load()``, any other gets the shared whole dictionary.
    var hyphenation: @Sendable (String) -> (any Hyphenating)? {
        { [self] tag in tag == language ? loaded.value : Hyphenator.forLanguage(tag) }
    }
}
