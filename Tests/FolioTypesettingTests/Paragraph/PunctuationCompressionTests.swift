@testable import FolioTypesetting
import FolioModel
import Testing

/// Where two full-width marks meet in Japanese ("。」", "」。", "。「", "「『"), the pair
/// takes an em and a half, not two.
@Suite struct PunctuationCompressionTests {
    /// Each character of a one-line paragraph with the x where its glyphs start.
    func positions(_ text: String, language: String) throws -> [(text: String, x: Double)] {
        let typesetter = ParagraphTypesetter(
            fonts: try ParagraphTypesetterTests.fonts.get(), lineBreaker: KnuthPlassBreaker(), fallbackFamilies: [])
        let paragraph = try typesetter.typeset(
            [Span(text)], style: ParagraphTypesetterTests.body, measure: 2000, alignment: .left,
            language: language, hyphenator: nil)
        var result: [(String, Double)] = []
        for run in try #require(paragraph.lines.first).runs {
            let bytes = Array(run.text.utf8)
            var offset = 0, glyph = 0
            for cluster in run.clusters {
                result.append((String(decoding: bytes[offset..<offset + cluster.byteCount], as: UTF8.self),
                               run.origin.x + run.glyphs[glyph].x))
                offset += cluster.byteCount
                glyph += cluster.glyphCount
            }
        }
        return result
    }

    /// Advance from each character to the next, in ems.
    func advances(_ text: String, language: String) throws -> [String: Double] {
        let marks = try positions(text, language: language)
        var result: [String: Double] = [:]
        for (here, next) in zip(marks, marks.dropFirst()) {
            result[here.text + next.text] = (next.x - here.x) / ParagraphTypesetterTests.body.size
        }
        return result
    }

    @Test func japanesePairsOfMarksTakeAnEmAndAHalf() throws {
        let advances = try advances("「ちょっと待って」。「はい」と、『本』「『言う』」と言った。", language: "ja")
        #expect(abs(advances["」。"]! - 0.5) < 0.02, "」 before 。: \(advances["」。"]!) em")
        #expect(abs(advances["。「"]! - 0.5) < 0.02)
        #expect(abs(advances["、『"]! - 0.5) < 0.02)
        // In "』「『" the closing mark loses its right half and the first opening mark its left
        // half (drawn half an em further left): the three take two ems, not three.
        #expect(abs(advances["』「"]! + advances["「『"]! - 1) < 0.02)
        #expect(abs(advances["』」"]! - 0.5) < 0.02)
        // A mark next to a letter keeps its full em; so does the second mark of a pair.
        #expect(abs(advances["」と"]! - 1) < 0.02)
        #expect(abs(advances["「ち"]! - 1) < 0.02)
        #expect(abs(advances["『言"]! - 1) < 0.02)
    }

    @Test func traditionalChineseKeepsItsCentredStopsWhole() throws {
        let advances = try advances("他說：「好。」然後走了。", language: "zh-Hant")
        #expect(abs(advances["。」"]! - 1) < 0.02, "a centred 。 would be cut in half")
        let simplified = try self.advances("他说：“好。”然后走了。「好。」", language: "zh-Hans")
        #expect(abs(simplified["。」"]! - 0.5) < 0.02)
    }

    @Test func otherLanguagesAreLeftAlone() {
        #expect(!PunctuationCompression.rules(for: "ko").compresses)
        #expect(!PunctuationCompression.rules(for: nil).compresses)
        #expect(PunctuationCompression.rules(for: "zh-TW") == (true, false))
    }
}
