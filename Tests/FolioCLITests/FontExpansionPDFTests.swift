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

    @Test func theSameArticleGivesTheSameBytes() throws {
        #expect(try renderTwoColumn() == renderTwoColumn())
    }
}
