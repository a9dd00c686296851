import Dispatch
import FolioHyphenation
import FolioTypesetting

/// libhyphen's hyphenators, by the article's language, for the typesetter.
enum HyphenationCatalog {
    @Sendable static func hyphenator(for language: String) -> (any Hyphenating)? {
        Hyphenator.forLanguage(language)
    }

    /// Starts loading a language's patterns on another thread: parsing a dictionary takes a few
    /// milliseconds, which then overlap reading the layout and opening fonts. The typesetter's
    /// own request waits for the load in progress rather than repeating it.
    static func prefetch(_ language: String) {
        DispatchQueue.global(qos: .userInitiated).async { _ = Hyphenator.forLanguage(language) }
    }
}

extension Hyphenator: Hyphenating {}
