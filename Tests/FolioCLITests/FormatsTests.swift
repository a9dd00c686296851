import Foundation
import Testing

/// The same article in every input format, and the HTML and JSON that real sites and CMSs
/// send: each renders right or fails with one line naming the file.
@Suite struct FormatsTests {
    static let formats = CommandRunner.repositoryRoot.appendingPathComponent("samples/formats")

    /// Renders a file (copied into a fresh folder under `name`) and returns the result and PDF text.
    func render(_ bytes: [UInt8], name: String, extra: [String] = []) throws -> (CommandResult, String) {
        let folder = try TemporaryFolder()
        let input = try folder.write(name, bytes)
        let result = try CommandRunner.folio(["render", input, "-o", folder.path("out.pdf")] + extra)
        let text = folder.exists("out.pdf") ? try PDFTools.text(folder.path("out.pdf")) : ""
        return (result, text)
    }

    func render(_ html: String, name: String = "page.html") throws -> (CommandResult, String) {
        try render(Array(html.utf8), name: name)
    }

    /// The seed as scraped text, as a news page, as Markdown and as JSON: the same words in the
    /// same order in the PDF, title and date line included.
    @Test func seedInEveryFormatRendersTheSameText() throws {
        let seed = Array(try Data(contentsOf: URL(fileURLWithPath: RenderSeedTests.seed)))
        let (plain, plainText) = try render(seed, name: "wic-plenary.txt")
        #expect(plain.status == 0, "\(plain.stderr)")
        let expected = PDFTools.words(plainText)
        #expect(expected.count > 300)
        #expect(expected.joined(separator: " ").contains("Plenary Meeting of the 5th World Internet Conference"))
        for name in ["wic-plenary.html", "wic-plenary.md", "wic-plenary.json"] {
            let bytes = Array(try Data(contentsOf: Self.formats.appendingPathComponent(name)))
            let (result, text) = try render(bytes, name: name)
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(name) warned: \(result.stderr)")
            let words = PDFTools.words(text)
            let differs = words.indices.first { $0 >= expected.count || words[$0] != expected[$0] } ?? words.count
            #expect(words == expected, "\(name): first difference at word \(differs): \(words.dropFirst(differs).prefix(5))")
        }
    }

    @Test func gbkPageIsDecoded() throws {
        let bytes = Array(try Data(contentsOf: Self.formats.appendingPathComponent("wic-zh-expo-gbk.html")))
        #expect(String(validating: bytes, as: UTF8.self) == nil, "the sample must really be GBK")
        let (result, text) = try render(bytes, name: "expo-gbk.html")
        #expect(result.status == 0, "\(result.stderr)")
        // Chinese lines break anywhere: compare without the line ends.
        let joined = text.filter { !$0.isWhitespace }
        #expect(joined.contains("博览会开幕"))
        #expect(joined.contains("在乌镇互联网国际会展中心正式开幕"))
        #expect(!text.contains("登录"), "site chrome leaked into the article")
    }

    @Test func brokenMarkupAndUnclosedTagsAreRepaired() throws {
        let (result, text) = try render("""
            <html><head><title>Broken page - Site</title></head><body>
            <h1>Broken <b>markup</h1>
            <div class="info">2018-11-09 11:11:21
            <div class="article-content">
            <p>First <b>bold <i>both</b> after</i> end.
            <p>Second paragraph <div>inside a div</p></div>
            <p>Third <a href="https://example.org/x">link never closed
            <ul><li>one<li>two
            """)
        #expect(result.status == 0, "\(result.stderr)")
        for words in ["First bold both after end.", "Second paragraph", "inside a div", "Third", "link never closed", "one", "two"] {
            #expect(text.contains(words), "missing “\(words)” in \(text)")
        }
    }

    /// 5 MB: 200,000 nested `<div>`s around the article (libxml2's default limit is 256 levels).
    @Test(.timeLimit(.minutes(2))) func fiveMegabyteDeeplyNestedPage() throws {
        let depth = 200_000
        var html = "<html><body><h1>Deep page</h1><div class=\"info\">2018-11-09 11:11:21</div>"
        html += String(repeating: "<div>", count: depth)
        html += "<p>The innermost paragraph survives.</p>"
        html += String(repeating: "</div>", count: depth / 2)
        html += "<p>So does the one after half the closing tags.</p></body></html>"
        #expect(html.utf8.count > 1_500_000)
        let padded = html + String(repeating: " ", count: max(0, 5_000_000 - html.utf8.count))
        let (result, text) = try render(padded)
        #expect(result.status == 0, "\(result.stderr)")
        let words = PDFTools.words(text).joined(separator: " ")
        #expect(words.contains("The innermost paragraph survives. So does the one after half the closing tags."), "\(words)")
    }

    @Test func scriptsStylesAndCommentsWithTextLikeContentAreDropped() throws {
        let (result, text) = try render("""
            <html><head><title>Scripted - Site</title>
            <style>p::before { content: "STYLE TEXT"; } /* <p>STYLE COMMENT</p> */</style>
            <script>document.write("<p>SCRIPT TEXT</p>"); var s = "</p><h1>SCRIPT HEADLINE</h1>";</script>
            </head><body><h1>Scripted page</h1><time datetime="2018-11-09T11:11:21+08:00">9 Nov</time>
            <article><p>Real text one.</p>
            <script type="text/template"><p>TEMPLATE TEXT</p></script>
            <noscript><p>NOSCRIPT TEXT</p></noscript>
            <!-- <p>COMMENT TEXT</p> -->
            <p>Real text two.</p></article></body></html>
            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(text.contains("Real text one.") && text.contains("Real text two."))
        for leaked in ["STYLE", "SCRIPT", "TEMPLATE", "NOSCRIPT", "COMMENT"] {
            #expect(!text.contains(leaked), "\(leaked) leaked into the PDF")
        }
    }

    /// An `<img>` among inline content of a `<div>` (not in a `<figure>` or `<p>`): fuzzing found
    /// that this trapped (overlapping inout access); now the text splits around the figure.
    @Test func inlineImageInADivSplitsTheParagraph() throws {
        let (result, text) = try render("""
            <html><body><h1>Inline image</h1><div class="info">2018-11-09 11:11:21</div>
            <div class="article-content">Text before <b>the</b> image <img src="inline.png" alt="An inline picture"> and text after it.</div>
            </body></html>
            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("inline.png"), "the missing image is reported: \(result.stderr)")
        let words = PDFTools.words(text).joined(separator: " ")
        #expect(words.contains("Text before the image image not available: inline.png An inline picture and text after it."), "\(words)")
    }

    @Test func entitiesKnownAndUnknown() throws {
        let (result, text) = try render("""
            <html><body><h1>Caf&eacute; &amp; co</h1><div class="info">2018-11-09 11:11:21</div>
            <p>Known: &copy; &mdash; &#x4E4C;&#38215; &lt;tag&gt;. Unknown: &bogus; &amp;nosuch; &#xZZ;.</p></body></html>
            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(text.contains("Café & co"))
        #expect(text.contains("© — 乌镇 <tag>."))
        #expect(text.contains("&bogus;"))
        #expect(text.contains("&nosuch;"))
    }

    static let chineseParagraph = "11月7日，作为第五届世界互联网大会的重要组成部分，“互联网之光”博览会在乌镇互联网国际会展中心正式开幕。"

    /// GBK bytes declared as UTF-8, or not declared at all, as Chinese sites serve them.
    @Test(arguments: ["<meta charset=\"utf-8\">", "", "<meta charset=\"klingon\">"])
    func wrongOrMissingCharsetOnAChinesePage(declaration: String) throws {
        let page = "<html><head>\(declaration)<title>博览会 - 新闻</title></head><body><h1>博览会开幕</h1>"
            + "<div class=\"info\">2018-11-07 17:30:00</div><p>\(Self.chineseParagraph)</p></body></html>"
        let folder = try TemporaryFolder()
        let utf8 = try folder.write("page.utf8", page)
        let converted = try CommandRunner.run("iconv", ["-f", "UTF-8", "-t", "GBK", utf8])
        #expect(converted.status == 0)
        let (result, text) = try render([UInt8](converted.stdoutBytes), name: "gbk-page.html")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(text.filter { !$0.isWhitespace }.contains("博览会开幕"), "title garbled: \(text.prefix(200))")
        #expect(PDFTools.words(text).joined().contains(Self.chineseParagraph.filter { !$0.isWhitespace }))
    }

    @Test func westernPageWithoutCharsetIsWindows1252() throws {
        let page = "<html><body><h1>Caf\u{E9} cr\u{E8}me</h1><div class=\"info\">2018-11-09 11:11:21</div><p>Ann\u{E9}e \u{E0} Paris.</p></body></html>"
        let latin1 = page.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        let (result, text) = try render(latin1, name: "latin1.html")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(text.contains("Café crème"))
        #expect(text.contains("Année à Paris."))
    }

    struct BadJSON: CustomTestStringConvertible, Sendable {
        var json: String
        /// Words the one-line message must contain.
        var expected: [String]
        var testDescription: String { expected.joined(separator: " ") }
    }

    static let badJSON: [BadJSON] = [
        BadJSON(json: #"{"title": 5, "published": "2018-11-09"}"#, expected: ["title", "text"]),
        BadJSON(json: #"{"title": "T", "published": true}"#, expected: ["published"]),
        BadJSON(json: #"{"title": "T", "published": "2018-11-09", "body": {"type": "paragraph"}}"#, expected: ["body"]),
        BadJSON(json: #"{"title": "T", "published": "2018-11-09", "body": [{"type": "heading", "level": "two", "text": "H"}]}"#, expected: ["body[0].level"]),
        BadJSON(json: #"{"title": "T", "published": "2018-11-09", "body": [{"type": "figure"}]}"#, expected: ["body[0]", "src"]),
        // A value with a line break, quoted in the message: still one line.
        BadJSON(json: #"{"title": "T", "published": "2018-11-09", "body": [{"type": "para\ngraph"}]}"#, expected: ["body[0].type", "para\\ngraph"]),
        BadJSON(json: #"["not", "an", "object"]"#, expected: ["object"]),
    ]

    @Test(arguments: badJSON)
    func jsonWithWrongTypesFailsWithOneLineNamingTheFile(_ bad: BadJSON) throws {
        let (result, _) = try render(Array(bad.json.utf8), name: "export.json")
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "expected one line, got: \(result.stderr)")
        #expect(result.stderr.contains("export.json"), "\(result.stderr)")
        for word in bad.expected {
            #expect(result.stderr.contains(word), "“\(word)” missing from: \(result.stderr)")
        }
    }
}
