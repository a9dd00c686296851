import FolioHyphenation
import FolioTypesetting

/// libhyphen's hyphenators, by the article's language, for the typesetter.
enum HyphenationCatalog {
    @Sendable static func hyphenator(for language: String) -> (any Hyphenating)? {
        Hyphenator.forLanguage(language)
    }
}

extension Hyphenator: Hyphenating {}
