@testable import FolioTypesetting
import FolioModel
import Testing

/// Justified lines may widen or narrow their Latin letters by at most 2 %, in steps of 0.5 %,
/// and still end exactly at the measure; other scripts and ragged text are never scaled.
@Suite struct FontExpansionTests {
    static let limits = FontExpansion(stretch: 0.02, shrink: 0.02, step: 0.005)

    func typeset(_ text: String, measure: Double, alignment: Alignment = .justify, language: String = "en") throws -> TypesetParagraph {
        let typesetter = ParagraphTypesetter(
            fonts: try ParagraphTypesetterTests.fonts.get(), lineBreaker: KnuthPlassBreaker(),
            fallbackFamilies: ["Noto Sans CJK SC", "Noto Naskh Arabic"])
        return try typesetter.typeset(
            [Span(text)], style: ParagraphTypesetterTests.body, measure: measure, alignment: alignment,
            language: language, hyphenator: nil)
    }

    @Test func theRatioPicksTheNearestStepWithinTheLimits() {
        #expect(Self.limits.amount(forRatio: 0) == 0)
        #expect(abs(Self.limits.amount(forRatio: 0.3) - 0.005) < 1e-12)   // 0.6 % → 0.5 %
        #expect(abs(Self.limits.amount(forRatio: 0.9) - 0.02) < 1e-12)    // 1.8 % → 2 %
        #expect(Self.limits.amount(forRatio: 3) == 0.02)                  // looser than planned: still 2 %
        #expect(abs(Self.limits.amount(forRatio: -0.6) + 0.01) < 1e-12)   // −1.2 % → −1 %
        #expect(Self.limits.amount(forRatio: -1) == -0.02)
        #expect(Self.limits.amount(forRatio: .infinity) == 0)
    }

    @Test func whatTheStepLeavesOverGoesToTheSpaces() {
        // 190 pt of glyphs (150 of them Latin) in a 200 pt measure; spaces stretch 6 pt.
        let line = LineAdjustment(naturalWidth: 190, expandableWidth: 150, stretch: 6, shrink: 4)
        let (expansion, ratio) = line.split(ratio: 1.1, limits: Self.limits, measure: 200)
        #expect(expansion == 0.02)
        #expect(abs(190 + expansion * 150 + ratio * 6 - 200) < 1e-9)
    }

    @Test func aStepTooFewForATightLineNarrowsOneStepMore() {
        // The breaker wants −1.72 %, the nearest step is −1.5 %, and the spaces can give only 0.2 pt.
        let line = LineAdjustment(naturalWidth: 203.612, expandableWidth: 200, stretch: 1, shrink: 0.2)
        let (expansion, ratio) = line.split(ratio: -0.86, limits: Self.limits, measure: 200)
        #expect(abs(expansion + 0.02) < 1e-12)
        #expect(abs(203.612 + expansion * 200 + ratio * 1 - 200) < 1e-9)
    }

    @Test func justifiedLinesScaleByWholeStepsAndEndAtTheMeasure() throws {
        let paragraph = try typeset(ParagraphTypesetterTests.text, measure: 160)
        let scales = paragraph.lines.flatMap(\.runs).map(\.horizontalScale)
        #expect(scales.contains { $0 != 1 }, "no line of this narrow paragraph was expanded")
        for scale in scales {
            #expect(scale >= 0.98 - 1e-9 && scale <= 1.02 + 1e-9)
            let steps = (scale - 1) / 0.005
            #expect(abs(steps - steps.rounded()) < 1e-6, "scale \(scale) is not a whole step")
        }
        // Every line ends at the measure, unless its spaces would have to open past an em: that
        // line is set ragged, at natural spacing and with natural letters (`LineSlack`).
        var justified = 0
        for line in paragraph.lines.dropLast() {
            if abs(line.width - 160) < 0.001 {
                justified += 1
                continue
            }
            let spaces = line.runs.map { $0.text.count(where: { $0 == " " }) }.reduce(0, +)
            let size = ParagraphTypesetterTests.body.size
            #expect((160 - line.width) / Double(max(1, spaces)) > (LineBuilder.widestSpace - 0.4) * size,
                    "a line of \(line.width) pt with \(spaces) spaces could have been justified")
            #expect(line.runs.allSatisfy { $0.horizontalScale == 1 })
        }
        #expect(justified >= paragraph.lines.count / 2, "most lines are justified")
        // The last line keeps its natural spacing and its natural letters.
        #expect(paragraph.lines.last?.runs.allSatisfy { $0.horizontalScale == 1 } == true)
    }

    @Test func raggedAndCentredTextIsNeverScaled() throws {
        for alignment in [Alignment.left, .right, .center] {
            let paragraph = try typeset(ParagraphTypesetterTests.text, measure: 160, alignment: alignment)
            #expect(paragraph.lines.flatMap(\.runs).allSatisfy { $0.horizontalScale == 1 })
        }
    }

    @Test func arabicIsNeverScaled() throws {
        let arabic = "شاركت وفود من عدد من الدول العربية في أعمال المؤتمر العالمي للإنترنت في مدينة ووتشن"
        let paragraph = try typeset(arabic, measure: 150, language: "ar")
        #expect(paragraph.lines.count > 2)
        #expect(paragraph.lines.flatMap(\.runs).allSatisfy { $0.horizontalScale == 1 })
        let mixed = try typeset("Delegates wrote مؤتمر الإنترنت العالمي beside their notes on the network and the corridors", measure: 120)
        for run in mixed.lines.flatMap(\.runs) where run.clustersBackward { #expect(run.horizontalScale == 1) }
    }
}
