import FolioTextAnalysis
import Testing

/// About 3 MB of mixed-script news text, the size of the largest paragraphs Folio accepts
/// without complaint.
private let threeMegabytes = String(
    repeating: "Folio prints 新闻（报道）, خبر عاجل, ข่าวด่วน and 3.14 % — well-known! ",
    count: 30_000)

@Suite("Large text stays linear")
struct LargeTextTests {
    /// Far above the linear cost (well under a second each, even in debug builds), far
    /// below what a quadratic walk over 3 MB would take.
    let limit = Duration.seconds(20)

    @Test("3 MB: line breaks, clusters, words, scripts and bidi")
    func threeMegabytesOfText() throws {
        #expect(threeMegabytes.utf8.count > 3_000_000)
        let clock = ContinuousClock()
        var breaks = LineBreakOpportunities("")
        var clusters = GraphemeClusters("")
        let elapsed = try clock.measure {
            breaks = LineBreakOpportunities(threeMegabytes)
            clusters = GraphemeClusters(threeMegabytes)
            _ = WordBoundaries(threeMegabytes)
            _ = ScriptItemizer.runs(in: threeMegabytes)
            _ = try BidiParagraph(threeMegabytes)
        }
        #expect(elapsed < limit)
        #expect(breaks.breaks.last == .init(offset: threeMegabytes.utf8.count, isMandatory: true))
        #expect(clusters.count == threeMegabytes.count)
    }

    @Test("A 50,000-character Thai word without spaces is broken at dictionary words")
    func longThaiWord() {
        let word = String(repeating: "ข่าวด่วน", count: 50_000 / 8)
        let clock = ContinuousClock()
        var breaks = LineBreakOpportunities("")
        #expect(clock.measure { breaks = LineBreakOpportunities(word) } < limit)
        #expect(breaks.breaks.count > 1_000)
    }
}
