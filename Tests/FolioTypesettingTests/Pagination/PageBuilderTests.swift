@testable import FolioTypesetting
import Testing

/// Page building with plain lines: the orphan, widow and heading rules, no fonts needed.
@Suite struct PageBuilderTests {
    /// A page whose text area holds exactly `lines` body lines of 10 pt leading.
    static func style(lines: Int, columns: Int = 1) -> LayoutStyle {
        let body = TextStyle(family: "Noto Serif", size: 10, leading: 10)
        return LayoutStyle(
            name: "test", publication: "Test", pageSize: Size(width: 300, height: Double(lines * 10 + 40)),
            margins: Margins(top: 20, right: 20, bottom: 20, left: 20), columns: columns, columnGap: 10,
            body: body, title: body, meta: body, headings: [body], headerFooter: body, alignment: .justify,
            paragraphIndent: 0, paragraphSpacing: 0, hyphenate: false, orphans: 2, widows: 2, header: "", footer: "",
            fallbackFamilies: [])
    }

    static func paragraph(_ count: Int) -> FlowBlock {
        FlowBlock(lines: (0..<count).map { _ in
            TypesetLine(runs: [], links: [], width: 100, leading: 10, size: 10, endsParagraph: false)
        })
    }

    static func heading() -> FlowBlock {
        var block = paragraph(1)
        block.keepWithNextLines = 2
        block.orphans = 1
        block.widows = 1
        return block
    }

    /// Runs the builder over blocks and returns it.
    static func build(_ blocks: [FlowBlock], style: LayoutStyle) -> PageBuilder {
        var builder = PageBuilder(style: style)
        for index in blocks.indices { builder.place(blocks[index], following: blocks[(index + 1)...]) }
        return builder
    }

    @Test func aParagraphThatFitsStaysWhole() {
        let builder = Self.build([Self.paragraph(5)], style: Self.style(lines: 10))
        #expect(builder.pages.count == 1)
        #expect(builder.splits.isEmpty)
    }

    @Test func noSingleLineIsLeftAtTheFootOfAPage() {
        // 9 lines used, 1 left: a 4-line paragraph may not leave one line behind (an orphan).
        let builder = Self.build([Self.paragraph(9), Self.paragraph(4)], style: Self.style(lines: 10))
        #expect(builder.pages.count == 2)
        #expect(builder.splits.isEmpty, "the whole paragraph moves: \(builder.splits)")
    }

    @Test func noSingleLineIsCarriedToTheNextPage() {
        // 7 lines used, 3 left: a 4-line paragraph would carry one line over (a widow), so 2 + 2.
        let builder = Self.build([Self.paragraph(7), Self.paragraph(4)], style: Self.style(lines: 10))
        #expect(builder.splits.map { [$0.linesBefore, $0.linesAfter] } == [[2, 2]])
        #expect(builder.splits.allSatisfy { $0.isClean })
    }

    @Test func headingsTravelWithTheirText() {
        // A heading on the last line would be stranded: it moves to the next page with its text.
        let builder = Self.build([Self.paragraph(9), Self.heading(), Self.paragraph(3)], style: Self.style(lines: 10))
        #expect(builder.strandedHeadings == 0)
        #expect(builder.pages.count == 2)
        #expect(builder.outline.isEmpty)
    }

    @Test func aRunOfHeadingsTravelsTogether() {
        let builder = Self.build(
            [Self.paragraph(7), Self.heading(), Self.heading(), Self.paragraph(4)], style: Self.style(lines: 10))
        #expect(builder.strandedHeadings == 0)
    }

    @Test func aParagraphTallerThanAColumnIsSplitAcrossColumns() {
        let builder = Self.build([Self.paragraph(25)], style: Self.style(lines: 10, columns: 2))
        #expect(builder.pages.count == 2)
        #expect(builder.splits.count == 2)
        #expect(builder.splits.allSatisfy { $0.isClean })
    }
}
