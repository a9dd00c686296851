import FolioPipeline
import Foundation
import Testing

/// Knuth–Plass against first-fit on real articles: fewer demerits and no wider gaps.
@Suite struct LineBreakingQualityTests {
    static let articles = ["wic2018/wic-plenary.txt", "wic2018/wic-feature-digital-commons.md"]

    /// Typesets a sample with a given breaker and returns its diagnostics and PDF's widest justified gap.
    func measure(_ sample: String, breaker: any LineBreaker) throws -> (LayoutDiagnostics, Double) {
        let renderer = try ArticleRenderer(lineBreaker: breaker)
        let url = CommandRunner.repositoryRoot.appendingPathComponent("samples").appendingPathComponent(sample)
        let source = try ArticleSource(contentsOf: url, displayName: sample)
        let rendered = try renderer.render(source)
        let document = try renderer.typeset(rendered.article, layout: rendered.layout)
        let folder = try TemporaryFolder()
        let pdf = try folder.write("out.pdf", rendered.pdf)
        return (document.diagnostics, try widestJustifiedGap(pdf))
    }

    @Test(arguments: articles)
    func knuthPlassBeatsFirstFit(_ sample: String) throws {
        let (optimal, optimalGap) = try measure(sample, breaker: ArticleRenderer.defaultLineBreaker)
        let (greedy, greedyGap) = try measure(sample, breaker: FirstFitBreaker())
        #expect(optimal.totalDemerits < greedy.totalDemerits,
                "Knuth–Plass \(optimal.totalDemerits) vs first-fit \(greedy.totalDemerits) demerits")
        #expect(optimalGap < greedyGap, "widest gap: Knuth–Plass \(optimalGap) pt vs first-fit \(greedyGap) pt")
        #expect(optimal.largestAdjustmentRatio <= greedy.largestAdjustmentRatio)
    }

    /// The widest space between two words on a line that reaches the right edge (so is justified).
    func widestJustifiedGap(_ pdf: String) throws -> Double {
        var widest = 0.0
        for words in try BoundingBoxes.lines(pdf) {
            guard words.count >= 5, let last = words.last, last.xMax > 525 else { continue }   // reaches the a4 measure's right edge
            // A list marker's gap to its item is fixed by the layout, not by line breaking.
            let first = words[0].text
            if first == "•" || first.last == "." && first.dropLast().allSatisfy(\.isNumber) { continue }
            for (left, right) in zip(words, words.dropFirst()) { widest = max(widest, right.xMin - left.xMax) }
        }
        return widest
    }
}
