import Testing
import FolioLayouts
import FolioTypesetting

@Suite("Shipped layouts")
struct ShippedLayoutTests {
    @Test("The shipped layouts are a4, large-print, letter and two-column")
    func names() {
        #expect(library.names == ["a4", "large-print", "letter", "two-column"])
    }

    @Test("Every shipped layout loads", arguments: ["a4", "large-print", "letter", "two-column"])
    func loads(name: String) throws {
        let layout = try library.load(name)
        #expect(layout.name == name)
        #expect(layout.fileName == "\(name).yaml")
        #expect(layout.style.name == name)
        #expect(!layout.bytes.isEmpty)
        #expect(layout.style.columnWidth > 8 * layout.style.body.size)
    }

    @Test("a4 is A4 portrait with 10.5 pt Noto Serif on 14 pt, justified and hyphenated")
    func a4Values() throws {
        let style = try library.load("a4").style
        #expect(abs(style.pageSize.width - 595.28) < 0.01)
        #expect(abs(style.pageSize.height - 841.89) < 0.01)
        #expect(abs(style.margins.top - 56.69) < 0.01)
        #expect(abs(style.margins.left - 62.36) < 0.01)
        #expect(style.columns == 1)
        #expect(style.body == TextStyle(family: "Noto Serif", size: 10.5, leading: 14))
        #expect(style.title.family == "Noto Sans" && style.title.bold && style.title.size == 22)
        #expect(style.meta.size == 9 && style.meta.color == Color(red: 89 / 255, green: 89 / 255, blue: 89 / 255))
        #expect(style.headings.count == 3 && style.headings.allSatisfy { $0.family == "Noto Sans" && $0.bold })
        #expect(style.alignment == .justify && style.hyphenate)
        #expect(style.paragraphIndent == 10.5 && style.paragraphSpacing == 0)
        #expect(style.orphans == 2 && style.widows == 2)
        #expect(style.publication == "Folio News Archive")
        #expect(style.header == "{publication}" && style.footer == "Page {page} of {pages}")
        #expect(style.fallbackFamilies.prefix(2) == ["Noto Serif CJK SC", "Noto Naskh Arabic"])
    }

    @Test("letter changes page and margins and inherits the rest of a4")
    func letterExtendsA4() throws {
        let a4 = try library.load("a4").style
        let letter = try library.load("letter").style
        #expect(letter.pageSize == Size(width: 612, height: 792))
        #expect(letter.margins == Margins(top: 54, right: 64.8, bottom: 54, left: 64.8))
        #expect(letter.body == a4.body && letter.headings == a4.headings && letter.footer == a4.footer)
    }

    @Test("two-column and large-print differ from a4 where they should")
    func variants() throws {
        let twoColumn = try library.load("two-column").style
        #expect(twoColumn.columns == 2 && twoColumn.body.size == 9.5)
        #expect(abs(twoColumn.columnGap - 17.01) < 0.01)
        let largePrint = try library.load("large-print").style
        #expect(largePrint.body.size == 16 && largePrint.alignment == .left && !largePrint.hyphenate)
        #expect(largePrint.meta.family == "Noto Sans" && largePrint.meta.size == 14)
    }

    @Test("Columns are balanced unless a layout says balance-columns: false")
    func balanceColumns() throws {
        #expect(try library.load("a4").style.balanceColumns)
        #expect(try library.load("two-column").style.balanceColumns)
        let unbalanced = try library.load(fileName: "mine.yaml", bytes: Array("extends: two-column\nbalance-columns: false\n".utf8))
        #expect(!unbalanced.style.balanceColumns)
        #expect(loadError("extends: a4\nbalance-columns: yes please\n")?.hasPrefix("layouts/bad.yaml:2: balance-columns:") == true)
    }

    @Test("Summaries name paper, columns, body font and alignment")
    func summaries() throws {
        #expect(try library.load("a4").summary == "a4  A4 portrait, 1 column, Noto Serif 10.5 pt, justified")
        #expect(library.summaries() == [
            "a4           A4 portrait, 1 column, Noto Serif 10.5 pt, justified",
            "large-print  A4 portrait, 1 column, Noto Sans 16 pt, ragged right",
            "letter       Letter portrait, 1 column, Noto Serif 10.5 pt, justified",
            "two-column   A4 portrait, 2 columns, Noto Serif 9.5 pt, justified",
        ])
    }
}
