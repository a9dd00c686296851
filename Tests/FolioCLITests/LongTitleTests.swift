import Foundation
import Testing

/// A title longer than `title.max-lines` is set smaller, and one longer still continues over
/// pages, with a warning; no word of the title or the body is ever lost.
@Suite struct LongTitleTests {
    /// Words nobody hyphenates or finds elsewhere on the page: `Quill0001`, `Quill0002`, …
    static func words(_ prefix: String, _ count: Int) -> [String] {
        (1...count).map { "\(prefix)\(String(format: "%04d", $0))" }
    }

    /// A Markdown article whose title has `titleWords` words, and a body of three paragraphs.
    static func article(titleWords: Int) -> (text: String, title: [String], body: [String]) {
        let title = words("Quill", titleWords)
        let body = words("Ember", 240)
        let paragraphs = stride(from: 0, to: body.count, by: 80).map { body[$0..<min($0 + 80, body.count)].joined(separator: " ") + "." }
        let text = """
            ---
            title: "\(title.joined(separator: " "))"
            date: 2018-11-08 16:20:00
            language: en
            ---

            \(paragraphs.joined(separator: "\n\n"))

            """
        return (text, title, body)
    }

    static func missing(_ expected: [String], in text: String) -> [String] {
        let found = Set(PDFTools.words(text).map { $0.filter { $0.isLetter || $0.isNumber } })
        return expected.filter { !found.contains($0) }
    }

    @Test(arguments: [150, 600])
    func everyWordOfALongTitleAndItsBodyIsPrinted(_ titleWords: Int) throws {
        let folder = try TemporaryFolder()
        let (text, title, body) = Self.article(titleWords: titleWords)
        let input = try folder.write("long.md", text)
        let result = try CommandRunner.folio(["render", input])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning") || result.stderr.contains("title"), "no warning: \(result.stderr)")
        #expect(result.stderr.contains("title is"), "\(result.stderr)")
        let extracted = try PDFTools.text(folder.path("long.pdf"))
        let lostTitle = Self.missing(title, in: extracted)
        let lostBody = Self.missing(body, in: extracted)
        #expect(lostTitle.isEmpty, "\(lostTitle.count) title words missing, first \(lostTitle.prefix(5))")
        #expect(lostBody.isEmpty, "\(lostBody.count) body words missing, first \(lostBody.prefix(5))")
        // Every line is on a page: pdftotext of each page inside its box finds all words too.
        let pages = Int(try PDFTools.info(folder.path("long.pdf"))["Pages"] ?? "0") ?? 0
        var perPage = ""
        for page in 1...max(pages, 1) {
            perPage += try CommandRunner.run("pdftotext", ["-enc", "UTF-8", "-f", "\(page)", "-l", "\(page)", "-cropbox", folder.path("long.pdf"), "-"]).stdout
        }
        #expect(Self.missing(title + body, in: perPage).isEmpty)
    }

    /// A title that fits in `title.max-lines` is untouched: no warning.
    @Test func ordinaryTitleHasNoWarning() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("short.md", Self.article(titleWords: 8).text)
        let result = try CommandRunner.folio(["render", input])
        #expect(result.status == 0 && !result.stderr.contains("title"), "\(result.stderr)")
    }

    /// The page invariant over shipped samples: every word of the input appears in the PDF text.
    @Test(arguments: ["samples/wic2018/wic-ai-forum.md", "samples/wic2018/wic-plenary.txt", "samples/wic2018/wic-closing-ceremony.txt"])
    func everyInputWordIsPrinted(_ sample: String) throws {
        let folder = try TemporaryFolder()
        let path = CommandRunner.repositoryRoot.appendingPathComponent(sample).path
        let output = folder.path("out.pdf")
        let result = try CommandRunner.folio(["render", path, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let source = try String(contentsOfFile: path, encoding: .utf8)
        // The article's own words: front matter values and page chrome are not body text.
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") { lines.removeSubrange(0...end) }
        lines.removeAll { $0.contains("[Print]") }
        if sample.hasSuffix(".txt") { lines = Array(lines.dropFirst(1)) }   // the breadcrumb line
        let expected = PDFTools.words(lines.joined(separator: "\n"))
            .map { $0.filter { $0.isLetter || $0.isNumber } }.filter { $0.count > 3 && $0.allSatisfy(\.isLetter) }
        let printed = Set(PDFTools.words(try PDFTools.text(output)).map { $0.filter { $0.isLetter || $0.isNumber } })
        let missing = Set(expected).subtracting(printed)
        #expect(missing.isEmpty, "\(sample): \(missing.sorted().prefix(10))")
    }
}
