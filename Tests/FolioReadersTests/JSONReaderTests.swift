import FolioModel
import Testing

@testable import FolioReaders

/// JSON in Folio's schema (Sources/FolioReaders/JSON/SCHEMA.md).
@Suite struct JSONReaderTests {
    func read(_ text: String) throws(ReaderError) -> Article { try JSONReader().read(text: text) }

    func message(_ text: String) -> String? { JSONReader().refusal(text) }

    /// A JSON string literal for `text`.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }

    static let seedJSON = """
        {
          "title": \(quoted(Seed.title)),
          "published": "2018-11-09 11:11:21",
          "section": "NEWS",
          "body": [
            \(Seed.paragraphs.map { "{\"type\": \"paragraph\", \"text\": \(quoted($0))}" }.joined(separator: ",\n    "))
          ]
        }
        """

    @Test func seedAsJSONReadsLikeTheScrapedText() throws {
        let json = try read(Self.seedJSON)
        let text = try ScrapedPageReader().read(Seed.bytes)
        #expect(json == text)
    }

    @Test func everyBlockType() throws {
        let article = try read("""
            {"title": "T", "date": "2024-03-01T08:00:00+08:00", "byline": "Ann", "language": "en",
             "url": "https://x.org/a", "body": [
              {"type": "paragraph", "spans": ["a ", {"text": "b", "emphasis": true, "strong": true},
                                              {"text": "c", "link": "https://c.org"}, {"text": "d", "code": true}]},
              {"type": "heading", "level": 2, "text": "H"},
              {"type": "quote", "body": ["q"]},
              {"type": "list", "ordered": true, "items": [[{"type": "paragraph", "text": "one"}], "two"]},
              {"type": "figure", "src": "p.jpg", "alt": "A", "caption": [{"text": "Cap", "emphasis": true}]},
              {"type": "rule"},
              "bare \\u00e9\\ud83d\\ude00"
            ]}
            """)
        #expect(article.published.iso8601 == "2024-03-01T08:00:00+08:00")
        #expect(article.byline == "Ann" && article.language == "en" && article.sourceURL == "https://x.org/a")
        #expect(article.blocks == [
            .paragraph([Span("a "), Span("b", style: [.emphasis, .strong]), Span("c", link: "https://c.org"), Span("d", style: .code)]),
            .heading(level: 2, [Span("H")]),
            .blockQuote([.paragraph([Span("q")])]),
            .list(ordered: true, items: [[.paragraph([Span("one")])], [.paragraph([Span("two")])]]),
            .figure(Figure(source: "p.jpg", altText: "A", caption: [Span("Cap", style: .emphasis)])),
            .rule,
            .paragraph([Span("bare é😀")]),
        ])
    }

    @Test func schemaErrorsNameTheJSONPath() {
        let base = "\"title\": \"T\", \"published\": \"2020-01-01\""
        #expect(message("{\(base), \"body\": [\"a\", \"b\", \"c\", {\"type\": \"heading\", \"level\": \"2\", \"text\": \"H\"}]}")
            == "body[3].level: expected a number, found text")
        #expect(message("{\(base), \"body\": {}}") == "body: expected a list of blocks, found an object")
        #expect(message("{\(base), \"body\": [{\"type\": \"table\"}]}")
            == "body[0].type: unknown block type 'table' (expected paragraph, heading, quote, list, figure or rule)")
        #expect(message("{\(base), \"body\": [{\"type\": \"quote\", \"body\": [{\"type\": \"paragraph\", \"spans\": [{\"text\": 5}]}]}]}")
            == "body[0].body[0].spans[0].text: expected text, found a number")
        #expect(message("{\(base), \"body\": [{\"type\": \"list\", \"ordered\": \"yes\"}]}")
            == "body[0].ordered: expected true or false, found text")
        #expect(message("{\(base), \"body\": [{\"type\": \"figure\"}]}") == "body[0].src: missing (the image path)")
        #expect(message("{\"title\": 7, \"published\": \"2020-01-01\"}") == "title: expected text, found a number")
        #expect(message("[1, 2]") == "top level: expected an object, found a list")
    }

    @Test func missingTitleAndDates() {
        #expect(message("{\"published\": \"2020-01-01\"}") == "has no title")
        #expect(message("{\"title\": \"T\"}") == "has no publication date (add \"published\": \"2018-11-09T11:11:21\")")
        #expect(message("{\"title\": \"T\", \"published\": \"2018-13-45 99:99:99\"}")
            == "impossible date '2018-13-45 99:99:99' (published): month 13 is out of range")
    }

    @Test func syntaxErrorsGiveLineAndColumn() {
        #expect(message("{\n  \"title\": \"T\"\n  \"x\": 1}") == "is not valid JSON: line 3, column 3: expected ',' or '}'")
        #expect(message("{\"title\": \"T") == "is not valid JSON: line 1, column 13: unterminated string")
        #expect(message("{\"a\": tru}") == "is not valid JSON: line 1, column 7: expected a value")
        #expect(message("{} extra") == "is not valid JSON: line 1, column 4: unexpected text after the end of the document")
        #expect(message(String(repeating: "[", count: 100_000))
            == "is not valid JSON: line 1, column 201: nested more than 200 levels deep")
    }

    @Test func sniffedAndPickedByExtension() throws {
        #expect(InputFormat(sniffing: Array(" \n{\"title\": 1}".utf8)) == .json)
        let article = try ArticleReaders.read(Array(Self.seedJSON.utf8), fileName: "seed.JSON")
        #expect(article.title == Seed.title)
    }
}
