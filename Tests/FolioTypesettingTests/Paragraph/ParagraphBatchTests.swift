@testable import FolioTypesetting
import FolioModel
import Testing

/// Paragraphs set all at once on every core come back in order, exactly as set one by one.
@Suite struct ParagraphBatchTests {
    static let words = ParagraphTypesetterTests.text.split(separator: " ").map(String.init)

    /// Forty different paragraphs: rotations of the sample text, on alternating measures and
    /// alignments, so that any mix-up of results between requests shows.
    static func requests() -> [ParagraphRequest] {
        (0..<40).map { index in
            let text = (words[(index % words.count)...] + words[..<(index % words.count)]).joined(separator: " ")
            return ParagraphRequest(
                spans: [Span(text)], style: ParagraphTypesetterTests.body, measure: index.isMultiple(of: 2) ? 200 : 310,
                firstIndent: index.isMultiple(of: 3) ? 10.5 : 0, alignment: index.isMultiple(of: 5) ? .left : .justify,
                language: "en", hyphenator: nil)
        }
    }

    @Test func resultsAreInRequestOrderAndEqualToOneByOne() throws {
        let paragraphs = ParagraphTypesetter(
            fonts: try ParagraphTypesetterTests.fonts.get(), lineBreaker: KnuthPlassBreaker(), fallbackFamilies: [])
        let requests = Self.requests()
        let batch = ParagraphBatch(paragraphs: paragraphs).typeset(requests)
        #expect(batch.count == requests.count)
        for (request, result) in zip(requests, batch) {
            let alone = try paragraphs.typeset(
                request.spans, style: request.style, measure: request.measure, firstIndent: request.firstIndent,
                alignment: request.alignment, language: request.language, hyphenator: nil)
            let together = try result.get()
            #expect(together.lines == alone.lines, "\(request.spans.plainText.prefix(30))")
        }
    }

    @Test func anEmptyBatchIsEmpty() throws {
        let paragraphs = ParagraphTypesetter(
            fonts: try ParagraphTypesetterTests.fonts.get(), lineBreaker: KnuthPlassBreaker(), fallbackFamilies: [])
        #expect(ParagraphBatch(paragraphs: paragraphs).typeset([]).isEmpty)
    }
}
