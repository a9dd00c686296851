import FolioPipeline
import Foundation
import Testing

/// Font expansion in the PDF: the scaled lines use the fonts already embedded (a scaled text
/// matrix, not new fonts), their words extract as text, and the bytes stay reproducible.
@Suite struct FontExpansionPDFTests {
    static let sample = "wic2018/wic-feature-digital-commons.md"

    func renderTwoColumn() throws -> [UInt8] {
        let renderer = try ArticleRenderer()
        let url = CommandRunner.repositoryRoot.appendingPathComponent("samples").appendingPathComponent(Self.sample)
        return try renderer.render(ArticleSource(contentsOf: url, displayName: Self.sample), layout: .named("two-column")).pdf
    }

    @Test func eachFontIsEmbeddedOnceAndTheWordsComeBack() throws {
        let folder = try TemporaryFolder()
        let pdf = try folder.write("two-column.pdf", try renderTwoColumn())
        // Cairo 1.16 writes each font as at most two subsets (a WinAnsi one for Latin-1 glyphs,
        // a CID one for the rest), whatever the scale: a scaled font making its own subsets
        // would show up here as a third, fourth, … "NotoSerif-Regular".
        let names = try PDFTools.fonts(pdf).map { $0.name.split(separator: "+").last.map(String.init) ?? $0.name }
        #expect(!names.isEmpty)
        for name in Set(names) {
            #expect(names.filter { $0 == name }.count <= 2, "\(name) embedded more than twice: \(names.sorted())")
        }
        let words = Set(PDFTools.words(try PDFTools.text(pdf)))
        for word in ["commons", "Wuzhen", "infrastructure", "governance"] {
            #expect(words.contains { $0.lowercased().hasPrefix(word.lowercased()) }, "“\(word)” not found in the PDF text")
        }
    }

    /// On a book measure, expansion replaces letter spacing, so a justified line's `TJ` array
    /// carries a number per word gap and per kerning pair, not per letter. Were the scale not
    /// given to Cairo (or the positions not scaled), every letter of a scaled line would need a
    /// correction: numbers would outnumber words several times over.
    @Test func scaledLinesNeedNoCorrectionPerLetter() throws {
        let renderer = try ArticleRenderer()
        let url = CommandRunner.repositoryRoot.appendingPathComponent("samples").appendingPathComponent(Self.sample)
        let pdf = try renderer.render(ArticleSource(contentsOf: url, displayName: Self.sample)).pdf
        let folder = try TemporaryFolder()
        let path = try folder.write("a4.pdf", pdf)
        let expanded = folder.path("a4-qdf.pdf")
        let qpdf = try CommandRunner.run("qpdf", ["--qdf", "--object-streams=disable", path, expanded])
        #expect(qpdf.status == 0, "qpdf: \(qpdf.stderr)")
        let content = String(decoding: try Data(contentsOf: URL(fileURLWithPath: expanded)), as: UTF8.self)
        let scaledMatrices = content.matches(of: /\n([0-9.]+) 0 0 -([0-9.]+) [0-9.]+ [0-9.]+ Tm/).filter { $0.1 != $0.2 }
        #expect(scaledMatrices.count > 20, "only \(scaledMatrices.count) lines set with a scaled font")
        var numbers = 0
        for array in content.matches(of: /\[(.*?)\]TJ/.dotMatchesNewlines()) {
            numbers += array.1.matches(of: /\)\s*-?[0-9.]+\s*[(<]/).count
        }
        let words = PDFTools.words(try PDFTools.text(path)).count
        #expect(numbers < words * 3 / 2, "\(numbers) TJ corrections for \(words) words")
    }

    @Test func theSameArticleGivesTheSameBytes() throws {
        #expect(try renderTwoColumn() == renderTwoColumn())
    }
}
