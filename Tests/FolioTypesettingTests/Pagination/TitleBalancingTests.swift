@testable import FolioTypesetting
import FolioModel
import Testing

/// Chinese, Japanese and Korean titles of two or more lines come out of even length, instead of
/// a full line and two characters; other titles fill the measure as before.
@Suite struct TitleBalancingTests {
    /// The widths of the title's lines on page 1 (runs at the title's size, grouped by baseline).
    func titleLineWidths(_ title: String, language: String) throws -> (widths: [Double], measure: Double) {
        var style = PageBuilderTests.style(lines: 40)
        style.pageSize = Size(width: 420, height: 600)
        style.title = TextStyle(family: "Noto Serif", size: 24, leading: 28, bold: true)
        let typesetter = DocumentTypesetter(
            fonts: try ParagraphTypesetterTests.fonts.get(), lineBreaker: KnuthPlassBreaker(), creator: "test",
            hyphenation: { _ in nil })
        let article = Article(
            title: title, published: try PublicationDate(year: 2026, month: 11, day: 20), language: language,
            blocks: [.paragraph([Span("本文。")])])
        let document = try typesetter.typeset(article, style: style)
        var lines: [Double: ClosedRange<Double>] = [:]
        for case .glyphs(let run) in document.pages[0].items where run.size == 24 {
            let extent = run.origin.x...(run.origin.x + run.width)
            let old = lines[run.origin.y]
            lines[run.origin.y] = old.map { min($0.lowerBound, extent.lowerBound)...max($0.upperBound, extent.upperBound) } ?? extent
        }
        return (lines.sorted { $0.key < $1.key }.map { $0.value.upperBound - $0.value.lowerBound }, style.textWidth)
    }

    @Test(arguments: [("ja", "市立図書館が再開、デジタル化した古文書"),
                      ("ko", "시립 도서관 재개관, 디지털화한 고문서를 공개합니다"),
                      ("zh", "市立图书馆重新开放，数字化古籍上网")])
    func cjkTitlesAreBalanced(_ language: String, _ title: String) throws {
        let (widths, measure) = try titleLineWidths(title, language: language)
        #expect(widths.count == 2, "\(language): \(widths)")
        guard let longest = widths.max(), let shortest = widths.min() else { return }
        #expect(shortest > longest * 0.65, "\(language): title lines of \(widths) pt")
        #expect(longest < measure - 20, "\(language): the title still fills the measure (\(widths) of \(measure) pt)")
    }

    @Test func englishTitlesStillFillTheMeasure() throws {
        let (widths, measure) = try titleLineWidths(
            "Delegates gather in Wuzhen for three days of talks", language: "en")
        #expect(widths.count == 2)
        #expect((widths.first ?? 0) > measure - 60, "first line \(widths) of \(measure) pt")
    }
}
