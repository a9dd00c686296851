import FolioModel
import Testing

@testable import FolioReaders

/// News pages in HTML, read through libxml2.
@Suite struct HTMLReaderTests {
    func read(_ html: String) throws(ReaderError) -> Article { try HTMLReader().read(text: html) }

    func message(_ html: String) -> String? { HTMLReader().refusal(html) }

    /// The seed as a news site serves it: navigation, breadcrumb, share links, script, footer.
    static let seedPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>\(escaped(Seed.title)) - WIC News</title>
          <style>p { color: red } /* Not article text */</style>
          <script>var text = "Not article text";</script>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/news">News</a></nav>
          <div class="location"><a href="/">home</a>&nbsp;&gt; <a href="/news">NEWS</a></div>
          <h1>\(escaped(Seed.title))</h1>
          <div class="info">2018-11-09 11:11:21</div>
          <div class="share-bar"><a href="#">Share on Weibo</a></div>
          <div class="article-content">
            \(Seed.paragraphs.map { "<p>\(escaped($0))</p>" }.joined(separator: "\n    "))
          </div>
          <div class="tools"><a href="javascript:window.print()">[Print]</a> <a href="javascript:window.close()">[Close]</a></div>
          <footer>Copyright WIC. Not article text.</footer>
        </body>
        </html>
        """

    static func escaped(_ text: String) -> String {
        text.replacingAll("&", with: "&amp;").replacingAll("<", with: "&lt;").replacingAll("\"", with: "&quot;")
    }

    @Test func seedAsHTMLReadsLikeTheScrapedText() throws {
        let html = try read(Self.seedPage)
        let text = try ScrapedPageReader().read(Seed.bytes)
        #expect(html.title == text.title)
        #expect(html.section == "NEWS")
        #expect(html.published == text.published)
        #expect(html.language == "en")
        #expect(html.blocks == text.blocks)
        #expect(!html.plainBody.contains("Not article text"))
    }

    @Test func metadataFromMetaTagsAndStructureFromMarkup() throws {
        let article = try read("""
            <html><head>
            <meta property="og:title" content="OG headline">
            <meta property="article:published_time" content="2024-03-01T08:00:00+08:00">
            <meta property="article:section" content="Tech">
            <meta name="author" content="Ann Lee">
            <link rel="canonical" href="https://example.com/a">
            </head><body><article>
            <p>Some <em>emphasis</em>, <b>strong</b> and <a href="https://x.org">a link</a>.<br>Next line &amp; &copy; &bogus; entity.</p>
            <h2>Part</h2>
            <blockquote><p>Quoted</p></blockquote>
            <ul><li>one</li><li>two</li></ul>
            <figure><img src="hall.jpg" alt="The hall"><figcaption>The <i>plenary</i> hall.</figcaption></figure>
            <table><tr><th>Year</th><th>Users</th></tr><tr><td>2018</td><td>802m</td></tr></table>
            <!-- a comment -->
            </article></body></html>
            """)
        #expect(article.title == "OG headline")
        #expect(article.published.iso8601 == "2024-03-01T08:00:00+08:00")
        #expect(article.section == "Tech")
        #expect(article.byline == "Ann Lee")
        #expect(article.sourceURL == "https://example.com/a")
        #expect(article.blocks == [
            .paragraph([Span("Some "), Span("emphasis", style: .emphasis), Span(", "), Span("strong", style: .strong),
                        Span(" and "), Span("a link", link: "https://x.org"), Span(".\nNext line & © &bogus; entity.")]),
            .heading(level: 2, [Span("Part")]),
            .blockQuote([.paragraph([Span("Quoted")])]),
            .list(ordered: false, items: [[.paragraph([Span("one")])], [.paragraph([Span("two")])]]),
            .figure(Figure(source: "hall.jpg", altText: "The hall", caption: [Span("The "), Span("plenary", style: .emphasis), Span(" hall.")])),
            .paragraph([Span("Year", style: .strong), Span(" | "), Span("Users", style: .strong)]),
            .paragraph([Span("2018 | 802m")]),
        ])
    }

    @Test func titleFromTitleTagAndDateFromJSONLD() throws {
        let article = try read("""
            <html><head><title>Real headline | Daily Site</title>
            <script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2020-05-06T07:08:09Z"}]}</script>
            </head><body><p>Body.</p></body></html>
            """)
        #expect(article.title == "Real headline")
        #expect(article.published.iso8601 == "2020-05-06T07:08:09Z")
        #expect(article.plainBody == "Body.")
    }

    /// A page around `body`, with a title and a date.
    func page(_ body: String) -> String {
        """
        <html><head><title>Stray end tags</title>
        <meta property="article:published_time" content="2018-11-09T11:11:21"></head>
        <body>\(body)</body></html>
        """
    }

    /// 20,000 unclosed figures and 20,000 `</p>` that close nothing (the shape `make fuzz`
    /// found): libxml2 would compare each `</p>` with every open figure, so it is stopped, and
    /// the page is refused instead of read in part.
    @Test func strayEndTagsUnderThousandsOfOpenElementsAreRefused() throws {
        let body = "<p>Start.</p>" + String(repeating: "<figure><img src=a.jpg>", count: 20_000)
            + String(repeating: "</p>words ", count: 20_000)
        // The parser stops once 100 million comparisons are spent: after 5,000 of the `</p>`.
        #expect(message(page(body)) == "is not valid HTML: 5000 end tags close no open element while up to "
            + "20002 elements are open; libxml2 would take too long to check them all")
    }

    /// A tenth of that costs libxml2 a hundredth, within the budget: read to the last word.
    @Test func aFewThousandStrayEndTagsAreRead() throws {
        let body = "<p>Start.</p>" + String(repeating: "<span>", count: 2_000)
            + String(repeating: "</p>words ", count: 2_000) + "<p>The very end.</p>"
        let article = try read(page(body))
        #expect(article.plainBody.hasSuffix("The very end."))
    }

    /// The longest of many `-`-separated parts wins, wherever it stands. (A fuzzed page had
    /// 10,000 parts and took seconds when each comparison counted both parts again; that cost is
    /// watched by `make fuzz`'s slowest-input report, not timed here.)
    @Test func titleIsTheLongestOfManyParts() throws {
        let parts = (0..<400).map { "Section \($0 % 10)" }
        let title = (parts[..<150] + ["مرحبا بكم في ووتشن، حيث يجتمع العالم"] + parts[150...]).joined(separator: " - ")
        let article = try read("""
            <html><head><title>\(title)</title>
            <meta property="article:published_time" content="2018-11-09T11:11:21"></head>
            <body><p>Body.</p></body></html>
            """)
        #expect(article.title == "مرحبا بكم في ووتشن، حيث يجتمع العالم")
    }

    @Test func gbkPageWithMetaCharset() throws {
        let bytes: [UInt8] = [60, 104, 116, 109, 108, 62, 60, 104, 101, 97, 100, 62, 60, 109, 101, 116, 97, 32, 104, 116, 116, 112, 45, 101, 113, 117, 105, 118, 61, 34, 67, 111, 110, 116, 101, 110, 116, 45, 84, 121, 112, 101, 34, 32, 99, 111, 110, 116, 101, 110, 116, 61, 34, 116, 101, 120, 116, 47, 104, 116, 109, 108, 59, 32, 99, 104, 97, 114, 115, 101, 116, 61, 103, 98, 50, 51, 49, 50, 34, 62, 60, 116, 105, 116, 108, 101, 62, 206, 218, 213, 242, 183, 229, 187, 225, 191, 170, 196, 187, 95, 208, 194, 206, 197, 60, 47, 116, 105, 116, 108, 101, 62, 60, 47, 104, 101, 97, 100, 62, 60, 98, 111, 100, 121, 62, 60, 104, 49, 62, 206, 218, 213, 242, 183, 229, 187, 225, 191, 170, 196, 187, 60, 47, 104, 49, 62, 60, 112, 62, 50, 48, 49, 56, 45, 49, 49, 45, 48, 57, 32, 49, 49, 58, 49, 49, 58, 50, 49, 60, 47, 112, 62, 60, 112, 62, 181, 218, 206, 229, 189, 236, 202, 192, 189, 231, 187, 165, 193, 170, 205, 248, 180, 243, 187, 225, 212, 218, 206, 218, 213, 242, 191, 170, 196, 187, 161, 163, 60, 47, 112, 62, 60, 47, 98, 111, 100, 121, 62, 60, 47, 104, 116, 109, 108, 62]
        let article = try HTMLReader().read(bytes)
        #expect(article.title == "乌镇峰会开幕")
        #expect(article.published.iso8601 == "2018-11-09T11:11:21")
        #expect(article.plainBody == "第五届世界互联网大会在乌镇开幕。")
    }

    @Test func brokenMarkupIsRepaired() throws {
        let article = try read("<h1>T<p>2018-11-09<p>One <b>bold <i>both</b> end<p>Two &nbsp<div>unclosed")
        #expect(article.title == "T")
        #expect(article.plainBody.contains("One bold both end"))
        #expect(article.plainBody.contains("unclosed"))
    }

    @Test(.timeLimit(.minutes(1))) func deeplyNestedPageDoesNotCrash() throws {
        let depth = 20_000
        let html = "<h1>T</h1><p>2018-11-09</p>" + String(repeating: "<div>", count: depth) + "deep text"
            + String(repeating: "</div>", count: depth)
        let article = try read(html)
        #expect(article.plainBody.contains("deep text"))
    }

    @Test func errors() {
        #expect(message("<html><body><p>No headline here.</p></body></html>") == "has no title")
        #expect(message("<h1>T</h1><p>Body</p>")
            == "has no publication date (add <meta property=\"article:published_time\" content=\"2018-11-09T11:11:21\">)")
        #expect(message("<h1>T</h1><time datetime=\"2018-13-45 99:99:99\">then</time>")
            == "impossible date '2018-13-45 99:99:99' (<time datetime>): month 13 is out of range")
    }

    @Test func sniffedAndPickedByExtension() throws {
        #expect(InputFormat(sniffing: Array(Self.seedPage.utf8)) == .html)
        #expect(InputFormat(fileName: "page.HTM") == .html)
        let article = try ArticleReaders.read(Array(Self.seedPage.utf8), fileName: "seed")
        #expect(article.title == Seed.title)
    }
}
