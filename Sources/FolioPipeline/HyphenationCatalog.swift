import FolioHyphenation
import FolioModel
import FolioTypesetting

/// libhyphen's hyphenators, by the article's language, for the typesetter.
enum HyphenationCatalog {
    /// The shared hyphenators: each dictionary loaded whole, once per process (batch, service).
    @Sendable static func hyphenator(for language: String) -> (any Hyphenating)? {
        Hyphenator.forLanguage(language)
    }

    /// Hyphenation for one article rendered by a process that renders only it (`folio render`):
    /// starts loading, on another thread, just the patterns the article's words need, which
    /// overlaps reading the layout, setting the title and shaping the first paragraphs; the
    /// first word to hyphenate waits for it (see `HyphenationMemo`).
    static func prepared(for article: Article) -> @Sendable (String) -> (any Hyphenating)? {
        let load = HyphenationLoad(for: article)
        load.loadOnHelperThread()
        return load.hyphenation
    }
}

extension Hyphenator: Hyphenating {}
