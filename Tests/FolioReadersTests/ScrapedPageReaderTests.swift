import FolioModel
import Testing

@testable import FolioReaders

/// The seed's scraped-text shape and the variations a real scrape produces.
@Suite struct ScrapedPageReaderTests {
    func read(_ text: String) throws(ReaderError) -> Article { try ScrapedPageReader().read(text: text) }

    func paragraphs(_ article: Article) -> [String] {
        article.blocks.map { block in
            guard case .paragraph(let spans) = block else { return "<not a paragraph>" }
            return spans.plainText
        }
    }

    @Test func seedGivesTitleSectionDateAndFourParagraphsWithoutChrome() throws {
        let article = try ScrapedPageReader().read(Seed.bytes)
        #expect(article.title == Seed.title)
        #expect(article.section == "NEWS")
        #expect(article.published.iso8601 == "2018-11-09T11:11:21")
        #expect(paragraphs(article) == Seed.paragraphs)
        #expect(article.blocks.count == 4)
        #expect(!article.plainBody.contains("[Print]"))
        #expect(!article.plainBody.contains("[Close]"))
    }

    @Test func keepsTheTextsOwnQuotesDashesAndQuirks() throws {
        let body = try ScrapedPageReader().read(Seed.bytes).plainBody
        #expect(body.contains("“Wuzhen Talks – Retrospect and Prospect”"))
        #expect(body.contains("this \"thought feast\"."))
        #expect(body.contains("Fadi Chehadé"))
    }

    @Test func seedThroughTheEntryPointPicksTextByExtension() throws {
        let article = try ArticleReaders.read(Seed.bytes, fileName: "000_04e7b47029bdcbb7.txt")
        var read = try ScrapedPageReader().read(Seed.bytes)
        #expect(read.language == nil && article.language == "en")  // the entry point decides it
        read.language = "en"
        #expect(article == read)
    }

    @Test func toleratesCRLFAndByteOrderMark() throws {
        let crlf = [0xEF, 0xBB, 0xBF] + Array(Seed.text.replacingAll("\n", with: "\r\n").utf8)
        let article = try ScrapedPageReader().read(crlf)
        #expect(article.title == Seed.title)
        #expect(article.section == "NEWS")
        #expect(paragraphs(article) == Seed.paragraphs)
    }

    @Test func toleratesTrailingSpacesAndAFinalNewline() throws {
        let spaced = Seed.text.replacingAll("\n", with: "  \t\n") + "\n"
        let article = try read(spaced)
        #expect(article.title == Seed.title)
        #expect(paragraphs(article) == Seed.paragraphs)
    }

    @Test func withoutBreadcrumbTheFirstLineIsTheTitle() throws {
        let article = try read("A headline\n2018-11-09 11:11:21\n\nOne paragraph.")
        #expect(article.title == "A headline")
        #expect(article.section == nil)
        #expect(paragraphs(article) == ["One paragraph."])
    }

    @Test func linesInsideAParagraphAreJoinedWithASpace() throws {
        let article = try read("T\n2018-11-09\n\nfirst line\n  second line\nthird\n\nnext")
        #expect(paragraphs(article) == ["first line second line third", "next"])
    }

    @Test func chromeInTheMiddleOfTextIsKeptWhenMixedWithProse() throws {
        let article = try read("T\n2018-11-09\n\nPress [Print] to print.\n[Print] [Close]")
        #expect(paragraphs(article) == ["Press [Print] to print."])
    }

    @Test func aHeadlineWithAnAngleBracketIsNotABreadcrumb() throws {
        let article = try read("Growth > inflation\n2018-11-09\n\nText.")
        #expect(article.title == "Growth > inflation")
        #expect(article.section == nil)
    }

    @Test func readsAFiftyThousandCharacterWord() throws {
        let word = String(repeating: "x", count: 50_000)
        let article = try read("T\n2018-11-09\n\n\(word)")
        #expect(paragraphs(article) == [word])
    }

    @Test(.timeLimit(.minutes(1))) func readsAThreeMegabyteParagraphInLinearTime() throws {
        let line = String(repeating: "word ", count: 20) + "end"
        let paragraph = Array(repeating: line, count: 30_000).joined(separator: "\n")
        let article = try read("T\n2018-11-09\n\n\(paragraph)")
        #expect(article.blocks.count == 1)
        #expect(article.plainBody.utf8.count == paragraph.utf8.count)
    }

    @Test func dropsControlCharactersButKeepsTabs() throws {
        let article = try read("T\u{07}itle\n2018-11-09\n\nbell\u{07} escape\u{1B} del\u{7F} c1\u{85} tab\there")
        #expect(article.title == "Title")
        #expect(paragraphs(article) == ["bell escape del c1 tab\there"])
    }

    @Test func keepsBidiOverridesAndEmoji() throws {
        let text = "Hello \u{202E}dlrow\u{202C} and \u{2067}שלום\u{2069} 👩‍👩‍👧 🇨🇳"
        let article = try read("T\n2018-11-09\n\n\(text)")
        #expect(paragraphs(article) == [text])
    }
}

extension String {
    /// Test helper without Foundation: every occurrence of `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
