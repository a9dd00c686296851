@testable import FolioTypesetting
import Testing

/// The last page of a multi-column article ends with its columns evened out, the way newspapers
/// and LaTeX's `multicol` end one, and the orphan, widow and heading rules still hold.
@Suite struct ColumnBalancingTests {
    /// Two columns of `lines` lines of 10 pt each (column width 130 pt, gap 10 pt).
    static func style(lines: Int, columns: Int = 2, balance: Bool = true) -> LayoutStyle {
        var style = PageBuilderTests.style(lines: lines, columns: columns)
        style.balanceColumns = balance
        return style
    }

    /// A paragraph whose lines can be found on the page again: each carries its name as text.
    static func paragraph(_ name: String, _ count: Int) -> FlowBlock {
        FlowBlock(lines: (0..<count).map { index in
            let run = GlyphRun(
                font: FontReference(path: "/test.ttf", faceIndex: 0), size: 10, origin: Point(x: 0, y: 0),
                glyphs: [], text: "\(name)\(index + 1)", clusters: [], clustersBackward: false, color: .black, width: 100)
            return TypesetLine(runs: [run], links: [], width: 100, leading: 10, size: 10,
                               endsParagraph: index == count - 1)
        })
    }

    static func heading(_ name: String) -> FlowBlock {
        var block = paragraph(name, 1)
        block.keepWithNextLines = 2
        block.orphans = 1
        block.widows = 1
        return block
    }

    /// Lays out the blocks as `DocumentTypesetter` does, balancing included.
    static func build(_ blocks: [FlowBlock], style: LayoutStyle) -> PageBuilder {
        var builder = PageBuilderTests.build(blocks, style: style)
        builder.balanceLastPage()
        return builder
    }

    /// The lines' texts in each column of a page, left column first, top to bottom.
    static func columns(of page: Page, style: LayoutStyle) -> [[String]] {
        var columns = Array(repeating: [(y: Double, text: String)](), count: style.columns)
        for case .glyphs(let run) in page.items {
            let column = Int(((run.origin.x - style.margins.left) / (style.columnWidth + style.columnGap)).rounded(.down))
            columns[column].append((run.origin.y, run.text))
        }
        return columns.map { $0.sorted { $0.y < $1.y }.map(\.text) }
    }

    @Test func aShortLastPageIsSharedBetweenTheColumns() {
        // 25 lines on pages of 2 × 10: page 1 full, then 5 lines. Unbalanced they would be 5 + 0.
        let style = Self.style(lines: 10)
        let builder = Self.build([Self.paragraph("a", 25)], style: style)
        #expect(builder.pages.count == 2)
        #expect(Self.columns(of: builder.pages[1], style: style) == [["a21", "a22", "a23"], ["a24", "a25"]])
        #expect(builder.splits.allSatisfy { $0.isClean })
    }

    @Test func aOnePageArticleEndsWithEvenColumns() {
        // Three paragraphs, 13 lines: 7 and 6, the middle paragraph split 3 + 2.
        let style = Self.style(lines: 10)
        let builder = Self.build([Self.paragraph("a", 4), Self.paragraph("b", 5), Self.paragraph("c", 4)], style: style)
        let columns = Self.columns(of: builder.pages[0], style: style)
        #expect(columns == [["a1", "a2", "a3", "a4", "b1", "b2", "b3"], ["b4", "b5", "c1", "c2", "c3", "c4"]])
        #expect(builder.splits.allSatisfy { $0.isClean })
    }

    @Test func balancingNeverLeavesAWidowOrAnOrphan() {
        // 7 lines: 4 + 3 splits the 5-line paragraph 2 + 3, clean; 3 + 4 would leave one line
        // of it at the foot of the first column (an orphan), so the builder does not choose it.
        let style = Self.style(lines: 10)
        let builder = Self.build([Self.paragraph("a", 2), Self.paragraph("b", 5)], style: style)
        let columns = Self.columns(of: builder.pages[0], style: style)
        #expect(columns == [["a1", "a2", "b1", "b2"], ["b3", "b4", "b5"]])
        #expect(builder.splits.allSatisfy { $0.isClean }, "\(builder.splits)")
    }

    @Test func aParagraphTooShortToSplitStaysWhole() {
        // A 3-line paragraph cannot split 2 + 1 (a widow) nor 1 + 2 (an orphan): columns of 3 and 0.
        let style = Self.style(lines: 10)
        let builder = Self.build([Self.paragraph("a", 3)], style: style)
        #expect(Self.columns(of: builder.pages[0], style: style) == [["a1", "a2", "a3"], []])
        #expect(builder.splits.isEmpty)
    }

    @Test func aHeadingIsNotLeftAtTheFootOfTheFirstColumn() {
        // 4 + heading + 4 lines: balanced at 5 lines the heading would end the first column.
        let style = Self.style(lines: 10)
        let builder = Self.build([Self.paragraph("a", 4), Self.heading("h"), Self.paragraph("b", 4)], style: style)
        let columns = Self.columns(of: builder.pages[0], style: style)
        #expect(builder.strandedHeadings == 0)
        #expect(columns[0].last != "h1", "\(columns)")
        #expect(columns.map(\.count).max()! - columns.map(\.count).min()! <= 1, "\(columns)")
        #expect(builder.splits.allSatisfy { $0.isClean })
    }

    @Test func threeColumnsAreBalancedToo() {
        let style = Self.style(lines: 10, columns: 3)
        let builder = Self.build([Self.paragraph("a", 30 + 9)], style: style)
        #expect(builder.pages.count == 2)
        #expect(Self.columns(of: builder.pages[1], style: style).map(\.count) == [3, 3, 3])
    }

    @Test func balanceColumnsFalseFillsTheFirstColumnFirst() {
        let style = Self.style(lines: 10, balance: false)
        let builder = Self.build([Self.paragraph("a", 25)], style: style)
        #expect(Self.columns(of: builder.pages[1], style: style).map(\.count) == [5, 0])
    }

    @Test func oneColumnIsLeftAlone() {
        let style = Self.style(lines: 10, columns: 1)
        let builder = Self.build([Self.paragraph("a", 15)], style: style)
        #expect(Self.columns(of: builder.pages[1], style: style).map(\.count) == [5])
    }

    @Test func theOutlineKeepsOneEntryPerHeading() {
        // Setting the last page again must not add its headings to the outline twice.
        let style = Self.style(lines: 10)
        var heading = Self.heading("h")
        heading.outline = ("Heading", 2)
        let builder = Self.build([Self.paragraph("a", 25), heading, Self.paragraph("b", 6)], style: style)
        #expect(builder.outline.map(\.title) == ["Heading"])
        #expect(builder.outline.first?.page == 2)
    }
}
