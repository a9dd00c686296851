@testable import FolioTypesetting
import Testing

/// A right-to-left article (Arabic, Persian, Hebrew) starts in the right-hand column, on full
/// pages and on a balanced last page alike.
@Suite struct RightToLeftColumnTests {
    /// Lays out the blocks right to left, balancing included.
    static func build(_ blocks: [FlowBlock], style: LayoutStyle) -> PageBuilder {
        var builder = PageBuilder(style: style, rightToLeft: true)
        for index in blocks.indices { builder.place(blocks[index], following: blocks[(index + 1)...]) }
        builder.balanceLastPage()
        return builder
    }

    @Test func fullPagesFillTheRightColumnFirst() {
        let style = ColumnBalancingTests.style(lines: 10)
        let builder = Self.build([ColumnBalancingTests.paragraph("a", 25)], style: style)
        #expect(builder.pages.count == 2)
        let columns = ColumnBalancingTests.columns(of: builder.pages[0], style: style)
        #expect(columns[1] == (1...10).map { "a\($0)" }, "the right column holds the first lines")
        #expect(columns[0] == (11...20).map { "a\($0)" })
    }

    @Test func aBalancedLastPageStartsOnTheRightToo() {
        let style = ColumnBalancingTests.style(lines: 10)
        let builder = Self.build([ColumnBalancingTests.paragraph("a", 25)], style: style)
        #expect(ColumnBalancingTests.columns(of: builder.pages[1], style: style) == [["a24", "a25"], ["a21", "a22", "a23"]])
    }

    @Test func threeColumnsRunRightToLeft() {
        let style = ColumnBalancingTests.style(lines: 10, columns: 3, balance: false)
        let builder = Self.build([ColumnBalancingTests.paragraph("a", 25)], style: style)
        let columns = ColumnBalancingTests.columns(of: builder.pages[0], style: style)
        #expect(columns.map(\.first) == ["a21", "a11", "a1"])
    }

    @Test func leftToRightIsUnchanged() {
        let style = ColumnBalancingTests.style(lines: 10)
        let builder = ColumnBalancingTests.build([ColumnBalancingTests.paragraph("a", 25)], style: style)
        #expect(ColumnBalancingTests.columns(of: builder.pages[0], style: style)[0].first == "a1")
    }
}
