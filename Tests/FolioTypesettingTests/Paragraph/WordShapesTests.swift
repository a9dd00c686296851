@testable import FolioTypesetting
import FolioModel
import Testing

/// Words shaped once and reused give exactly the lines whole-run shaping gives.
@Suite struct WordShapesTests {
    static let paragraphs: [[Span]] = [
        [Span(ParagraphTypesetterTests.text)],
        // A style change inside a word: that word is shaped in context, the others reused.
        [Span("An un"), Span("believ", style: .emphasis), Span("able result, and "), Span("strong words", style: .strong),
         Span(" after it, affirmed in office.")],
        [Span("Η Διάσκεψη για το Διαδίκτυο, η Всемирная конференция по интернету и the World Internet Conference.")],
        // Arabic and Chinese runs are never reused; the Latin words around them are.
        [Span("The forum (المنتدى العالمي للإنترنت) met in 乌镇 on Thursday, and the forum met again on Friday.")],
    ]

    func set(_ spans: [Span], reusing wordShapes: WordShapes?) throws -> TypesetParagraph {
        var typesetter = ParagraphTypesetter(
            fonts: try ParagraphTypesetterTests.fonts.get(), lineBreaker: KnuthPlassBreaker(),
            fallbackFamilies: ["Noto Sans CJK SC", "Noto Naskh Arabic"])
        typesetter.wordShapes = wordShapes
        return try typesetter.typeset(
            spans, style: ParagraphTypesetterTests.body, measure: 180, alignment: .justify, language: "en", hyphenator: nil)
    }

    @Test func reusedWordsGiveTheLinesOfWholeRunShaping() throws {
        let wordShapes = WordShapes()
        for spans in Self.paragraphs {
            let whole = try set(spans, reusing: nil)
            let first = try set(spans, reusing: wordShapes)
            let again = try set(spans, reusing: wordShapes)
            #expect(first.lines == whole.lines, "\(spans.plainText.prefix(30))")
            #expect(again.lines == whole.lines, "\(spans.plainText.prefix(30)) (from reused words)")
        }
        #expect(wordShapes.wordCount > 40, "only \(wordShapes.wordCount) words were kept for reuse")
    }

    @Test func onlyFontsWhoseLookupsNeverSeeTheSpaceQualify() throws {
        let fonts = try ParagraphTypesetterTests.fonts.get()
        #expect(try fonts.face(family: "Noto Serif").spaceIsOutsideLookups)
        #expect(try fonts.face(family: "Noto Serif", italic: true).spaceIsOutsideLookups)
        // Its conjunct lookups look at the space (installed with fonts-noto-core).
        #expect(try fonts.face(family: "Noto Sans Devanagari", bold: true).spaceIsOutsideLookups == false)
    }
}
