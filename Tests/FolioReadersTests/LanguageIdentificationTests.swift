import FolioLanguageIdentification
import FolioModel
import Testing

@testable import FolioReaders

/// The language identifier (libexttextcat) on short texts, and how an article's language is
/// decided: explicit choice, then the article's declaration, then identification.
@Suite struct LanguageIdentificationTests {
    /// Every sample sentence of `LanguageSamples` (33 languages, one sentence each, 80–180
    /// characters) is identified as its language. A sentence is the hardest case the readers
    /// meet: an article gives the identifier its title and first paragraphs.
    @Test(arguments: LanguageSamples.sentences.map(\.language))
    func shortNewsSentencesAreIdentified(language: String) throws {
        let text = try #require(LanguageSamples.sentences.first { $0.language == language }?.text)
        let found = LanguageIdentifier.shared.identify(text)
        #expect(found?.language == language, "\(language): \(String(describing: found))")
    }

    /// Languages that share a script are told apart, not guessed from the script: Persian is
    /// not Arabic, Ukrainian not Russian, Traditional Chinese not Simplified, and a Japanese
    /// sentence with kanji is Japanese.
    @Test func languagesOfOneScriptAreToldApart() {
        let pairs = [("fa", "ar"), ("uk", "ru"), ("zh-Hant", "zh-Hans"), ("ja", "zh-Hans"), ("de", "en"), ("pt", "es")]
        for (language, other) in pairs {
            let text = LanguageSamples.sentences.first { $0.language == language }!.text
            let found = LanguageIdentifier.shared.identify(text)?.language
            #expect(found == language && found != other, "\(language) vs \(other): \(found ?? "nil")")
        }
    }

    /// Too little text is not identified (n-grams of a few words match too many languages);
    /// the decision then falls back to the script.
    @Test func tooShortTextsAreNotIdentified() {
        #expect(LanguageIdentifier.shared.identify("Budget passed") == nil)
        #expect(LanguageIdentifier.shared.identify("") == nil)
        #expect(LanguageIdentifier.shared.identify("2018-11-09 11:11") == nil)
        let article = Article(title: "Бюджет", published: Self.date, blocks: [])
        #expect(ArticleLanguage.decide(article) == ("ru", .script))
    }

    /// A script with no fingerprints (Telugu) gets its language from the script, as a last resort.
    @Test func scriptsWithoutFingerprintsFallBackToTheScript() {
        let article = Article(
            title: "నగర మండలి కొత్త బడ్జెట్‌ను ఆమోదించింది", published: Self.date,
            blocks: [.paragraph([Span("మంగళవారం సాయంత్రం జరిగిన సమావేశంలో పాఠశాలలకు ఎక్కువ నిధులు కేటాయించారు.")])])
        #expect(ArticleLanguage.decide(article) == ("te", .script))
    }

    @Test func anExplicitLanguageWinsOverTheDeclaredOne() {
        var article = Self.article(LanguageSamples.sentences[1].text)  // German text
        article.language = "fr"
        #expect(ArticleLanguage.decide(article, override: "pt_BR") == ("pt-BR", .explicit))
        #expect(ArticleLanguage.decide(article) == ("fr", .declared))
        article.language = nil
        #expect(ArticleLanguage.decide(article) == ("de", .identified))
    }

    /// A declaration that is not a language tag counts as none; a bare `zh` is refined by the
    /// identifier to the script the text is written in.
    @Test func badOrVagueDeclarationsAreRefined() {
        var article = Self.article(LanguageSamples.sentences.first { $0.language == "zh-Hant" }!.text)
        article.language = "zh"
        #expect(ArticleLanguage.decide(article) == ("zh-Hant", .declared))
        article.language = "Chinese"
        #expect(ArticleLanguage.decide(article) == ("zh-Hant", .identified))
        article.language = "und"
        #expect(ArticleLanguage.decide(article) == ("zh-Hant", .identified))
    }

    @Test(arguments: [
        ("en_US", "en-US"), ("EN-gb", "en-GB"), ("fr_FR.UTF-8", "fr-FR"), ("zh-CN", "zh-Hans-CN"), ("zh_TW", "zh-Hant-TW"),
        ("zh-hant-hk", "zh-Hant-HK"), ("sr-latn-rs", "sr-Latn-RS"), ("iw", "he"), ("pt-BR", "pt-BR"), ("es-419", "es-419"),
    ])
    func declaredTagsBecomeCanonical(tag: String, canonical: String) {
        #expect(LanguageTag.canonical(tag) == canonical)
    }

    @Test(arguments: ["", "English", "../etc", "e", "de-", "x y"])
    func thingsThatAreNotTagsAreRejected(tag: String) {
        #expect(LanguageTag.canonical(tag) == nil)
    }

    /// Each reader passes the article's own declaration on, and the text shape, which has
    /// none, is identified.
    @Test func everyReaderDecidesTheLanguage() throws {
        let german = LanguageSamples.sentences[1].text
        let markdown = "---\ntitle: Haushalt\ndate: 2025-03-12\nlang: de-AT\n---\n\n\(german)\n"
        #expect(try ArticleReaders.read(Array(markdown.utf8), fileName: "a.md").language == "de-AT")
        let json = #"{"title": "Haushalt", "published": "2025-03-12", "language": "de_CH", "body": ["\#(german)"]}"#
        #expect(try ArticleReaders.read(Array(json.utf8), fileName: "a.json").language == "de-CH")
        let meta = """
            <html><head><meta http-equiv="Content-Language" content="de, en"><title>Haushalt</title></head>
            <body><h1>Haushalt</h1><time datetime="2025-03-12">12. März</time><p>\(german)</p></body></html>
            """
        #expect(try ArticleReaders.read(Array(meta.utf8), fileName: "a.html").language == "de")
        let text = "home > NEWS\nHaushalt beschlossen\n2025-03-12 18:05:00\n\n\(german)\n"
        #expect(try ArticleReaders.read(Array(text.utf8), fileName: "a.txt").language == "de")
        #expect(try ArticleReaders.read(Array(text.utf8), fileName: "a.txt", language: "nl").language == "nl")
    }

    static let date = try! PublicationDate(year: 2018, month: 11, day: 9)

    static func article(_ text: String) -> Article {
        Article(title: "", published: Self.date, blocks: [.paragraph([Span(text)])])
    }
}
