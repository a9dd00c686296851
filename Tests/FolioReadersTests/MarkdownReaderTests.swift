import FolioModel
import Testing

@testable import FolioReaders

/// Markdown with front matter, read through cmark and Yams.
@Suite struct MarkdownReaderTests {
    func read(_ text: String) throws(ReaderError) -> Article { try MarkdownReader().read(text: text) }

    func message(_ text: String) -> String? { MarkdownReader().refusal(text) }

    static let seedMarkdown = """
        ---
        title: "\(Seed.title)"
        date: 2018-11-09 11:11:21
        section: NEWS
        ---

        \(Seed.paragraphs.joined(separator: "\n\n"))
        """

    @Test func seedAsMarkdownReadsLikeTheScrapedText() throws {
        let markdown = try read(Self.seedMarkdown)
        let text = try ScrapedPageReader().read(Seed.bytes)
        #expect(markdown.title == text.title)
        #expect(markdown.section == "NEWS")
        #expect(markdown.published == text.published)
        #expect(markdown.blocks == text.blocks)
    }

    @Test func firstHeadingIsTheTitleAndATimestampParagraphTheDate() throws {
        let article = try read("# \(Seed.title)\n\n2018-11-09 11:11:21\n\n\(Seed.paragraphs.joined(separator: "\n\n"))\n")
        #expect(article.title == Seed.title)
        #expect(article.published.iso8601 == "2018-11-09T11:11:21")
        #expect(article.plainBody == Seed.paragraphs.joined(separator: "\n"))
    }

    @Test func frontMatterFields() throws {
        let article = try read("""
            ---
            title: A title
            published: 2024-03-01T08:00:00+08:00
            category: Tech
            author: [Ann Lee, Bo Chen]
            lang: zh-Hans
            url: https://example.com/a
            tags: [ignored]
            ---
            Text.
            """)
        #expect(article.title == "A title")
        #expect(article.published.iso8601 == "2024-03-01T08:00:00+08:00")
        #expect(article.section == "Tech")
        #expect(article.byline == "Ann Lee, Bo Chen")
        #expect(article.language == "zh-Hans")
        #expect(article.sourceURL == "https://example.com/a")
    }

    @Test func inlineStylesAndLinks() throws {
        let article = try read("---\ntitle: T\ndate: 2020-01-01\n---\nPlain *em* **strong** `code` [site](https://x.org) ***both***\nsoft")
        #expect(article.blocks == [.paragraph([
            Span("Plain "), Span("em", style: .emphasis), Span(" "), Span("strong", style: .strong), Span(" "),
            Span("code", style: .code), Span(" "), Span("site", link: "https://x.org"), Span(" "),
            Span("both", style: [.emphasis, .strong]), Span(" soft"),
        ])])
    }

    @Test func structureHeadingsQuotesListsRulesAndCode() throws {
        let article = try read("""
            # Title

            2020-01-01

            ## Part

            > quoted

            - one
            - two

            1. first

            ---

            ```
            let x = 1
            ```

            <div>raw html is dropped</div>
            """)
        #expect(article.blocks == [
            .heading(level: 1, [Span("Part")]),
            .blockQuote([.paragraph([Span("quoted")])]),
            .list(ordered: false, items: [[.paragraph([Span("one")])], [.paragraph([Span("two")])]]),
            .list(ordered: true, items: [[.paragraph([Span("first")])]]),
            .rule,
            .paragraph([Span("let x = 1", style: .code)]),
        ])
    }

    @Test func imagesBecomeFiguresWithCaptions() throws {
        let article = try read("""
            # T

            2020-01-01

            ![A photo](photo.jpg "The hall in Wuzhen")

            ![Alt text](b.png)
            *Caption from emphasis*

            Text with ![icon](i.png) inside.
            """)
        #expect(article.blocks == [
            .figure(Figure(source: "photo.jpg", altText: "A photo", caption: [Span("The hall in Wuzhen")])),
            .figure(Figure(source: "b.png", altText: "Alt text", caption: [Span("Caption from emphasis")])),
            .paragraph([Span("Text with")]),
            .figure(Figure(source: "i.png", altText: "icon")),
            .paragraph([Span("inside.")]),
        ])
    }

    @Test func deepNestingDoesNotCrash() throws {
        let deep = String(repeating: "> ", count: 5_000) + "deep"
        let article = try read("# T\n\n2020-01-01\n\n\(deep)\n\n" + String(repeating: "*", count: 20_000))
        #expect(article.plainBody.contains("deep"))
    }

    @Test func errors() {
        #expect(message("Just text.\n") == "has no title")
        #expect(message("# Title\n\nText.") == "has no publication date (add 'date: 2018-11-09 11:11:21' to the front matter)")
        #expect(message("---\ntitle: T\ndate: 2018-13-45 99:99:99\n---\n")
            == "impossible date '2018-13-45 99:99:99' (front matter 'date'): month 13 is out of range")
        #expect(message("---\ntitle: [a, b]\ndate: 2020-01-01\n---\n") == "front matter 'title': expected text")
        #expect(message("---\ntitle: T\ndate: 2020-01-01\n  bad: [\n---\n")?.hasPrefix("is not valid YAML front matter: line ") == true)
        #expect(message("---\n- a\n- b\n---\n") == "front matter: expected 'key: value' lines")
    }

    @Test func sniffedAndPickedByExtension() throws {
        #expect(InputFormat(sniffing: Array(Self.seedMarkdown.utf8)) == .markdown)
        #expect(InputFormat(fileName: "dir/a.Markdown") == .markdown)
        let article = try ArticleReaders.read(Array(Self.seedMarkdown.utf8), fileName: "seed")
        #expect(article.title == Seed.title)
    }
}
