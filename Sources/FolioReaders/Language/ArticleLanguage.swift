import FolioLanguageIdentification
import FolioModel

/// Decides an article's language once, where it is read, so that everything downstream
/// (hyphenation, dates, fonts, line breaking, the PDF's `/Lang`) reads `Article.language`
/// and nothing guesses again.
///
/// In order: an explicit choice (`--language`), the article's own declaration (front matter,
/// `<html lang>`, JSON `language`), the language identifier on the title and body, and only
/// then, as a last resort, the language of the text's dominant script (see ``ScriptLanguages``).
/// A bare `zh` declaration is refined to `zh-Hans` or `zh-Hant` by the identifier.
public enum ArticleLanguage {
    /// How an article's language was decided.
    public enum Source: String, Sendable {
        case explicit, declared, identified, script, undetermined
    }

    /// `article` with its language decided: canonical BCP 47, never nil (`und` when there is no
    /// text to go on).
    public static func decided(_ article: Article, override: String? = nil) -> Article {
        var article = article
        article.language = decide(article, override: override).language
        return article
    }

    /// The language of `article` and how it was found.
    public static func decide(_ article: Article, override: String? = nil) -> (language: String, source: Source) {
        if let override, let tag = LanguageTag.canonical(override) { return (tag, .explicit) }
        // `und` ("undetermined") declares nothing, so the text is identified.
        let declared = article.language.flatMap(LanguageTag.canonical).flatMap { $0 == "und" ? nil : $0 }
        if let declared, declared != "zh" { return (declared, .declared) }
        let text = sample(of: article)
        if let identified = LanguageIdentifier.shared.identify(text) {
            if declared == "zh" {
                return (identified.language.hasPrefix("zh-") ? identified.language : "zh", .declared)
            }
            return (identified.language, .identified)
        }
        if let declared { return (declared, .declared) }
        if let guess = ScriptLanguages.language(of: text) { return (guess, .script) }
        return ("und", .undetermined)
    }

    /// The title and the first blocks, up to what the identifier reads.
    static func sample(of article: Article) -> String {
        var text = article.title
        for block in article.blocks where text.utf8.count < LanguageIdentifier.sampleBytes {
            text += "\n" + block.plainText
        }
        return text
    }
}
