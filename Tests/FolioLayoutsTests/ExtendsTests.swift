import Testing
import FolioLayouts
import FolioTypesetting

@Suite("extends")
struct ExtendsTests {
    @Test("Mappings merge key by key: one margin changes, the other three stay")
    func mergesMappings() throws {
        let a4 = try library.load("a4").style
        let style = try library.load(fileName: "wide.yaml", bytes: Array("extends: a4\nmargins:\n  left: 3cm\n".utf8)).style
        #expect(abs(style.margins.left - 85.04) < 0.01)
        #expect(style.margins.top == a4.margins.top && style.margins.right == a4.margins.right)
        #expect(style.name == "wide" && style.body == a4.body)
    }

    @Test("Spaces and tabs around a value are not part of it, non-breaking ones included")
    func spacesAroundValues() throws {
        let yaml = "extends: a4\nmargins:\n  left: \"\t3 cm \"\ncolumns: \" 2\"\nfallback-families: [\"\u{00A0}Noto Sans CJK SC \"]\n"
        let style = try library.load(fileName: "spaced.yaml", bytes: Array(yaml.utf8)).style
        #expect(abs(style.margins.left - 85.04) < 0.01)
        #expect(style.columns == 2)
        #expect(style.fallbackFamilies == ["Noto Sans CJK SC"])
        #expect(loadError("extends: a4\nmargins:\n  left: \"  \"\n")
            == #"layouts/bad.yaml:3: margins.left: expected a length such as "2cm", found """#)
    }

    @Test("Lists replace the inherited list whole")
    func replacesLists() throws {
        let yaml = "extends: a4\nheadings:\n  - {size: 13pt}\nfallback-families: [Noto Sans CJK SC]\n"
        let style = try library.load(fileName: "plain.yaml", bytes: Array(yaml.utf8)).style
        #expect(style.headings == [TextStyle(family: "Noto Serif", size: 13, leading: 15.6)])
        #expect(style.fallbackFamilies == ["Noto Sans CJK SC"])
    }

    @Test("Landscape turns the inherited page")
    func landscape() throws {
        let style = try library.load(fileName: "wide.yaml", bytes: Array("extends: a4\norientation: landscape\n".utf8)).style
        #expect(style.pageSize.width > style.pageSize.height)
        #expect(style.summary == "A4 landscape, 1 column, Noto Serif 10.5 pt, justified")
    }

    @Test("A custom page size is summarised in millimetres")
    func customPage() throws {
        let style = try library.load(fileName: "book.yaml", bytes: Array("extends: a4\npage: {width: 17cm, height: 24cm}\n".utf8)).style
        #expect(style.summary == "170 × 240 mm portrait, 1 column, Noto Serif 10.5 pt, justified")
    }

    @Test("Extending an unknown layout lists the shipped ones")
    func unknownBase() {
        #expect(loadError("extends: a5\n")
            == #"layouts/bad.yaml:1: extends: unknown layout "a5" (did you mean "a4"? available: a4, large-print, letter, two-column)"#)
        #expect(loadError("extends: ../../etc/passwd\n")
            == #"layouts/bad.yaml:1: extends: unknown layout "../../etc/passwd" (available: a4, large-print, letter, two-column)"#)
    }

    @Test("Cycles are caught, including a layout extending itself")
    func cycles() throws {
        let layouts = try TemporaryLayouts([
            "a.yaml": "extends: b\n",
            "b.yaml": "# b\nextends: a\n",
            "self.yaml": "extends: self\n",
        ])
        #expect(throws: LayoutError.self) { try layouts.library.load("a") }
        do {
            _ = try layouts.library.load("a")
        } catch {
            #expect("\(error)".hasSuffix("b.yaml:2: extends: layouts extend each other in a cycle: a → b → a"))
        }
        do {
            _ = try layouts.library.load("self")
        } catch {
            #expect("\(error)".hasSuffix("self.yaml:1: extends: layouts extend each other in a cycle: self → self"))
        }
    }

    @Test("An error in an inherited value names the base file and its line")
    func errorInBase() throws {
        let layouts = try TemporaryLayouts([
            "base.yaml": try String(contentsOf: shippedLayouts.appendingPathComponent("a4.yaml"), encoding: .utf8)
                .replacingOccurrences(of: "columns: 1", with: "columns: one"),
            "child.yaml": "extends: base\n",
        ])
        do {
            _ = try layouts.library.load("child")
            Issue.record("a broken base layout loaded")
        } catch {
            #expect("\(error)".hasSuffix(#"base.yaml:35: columns: expected a whole number, found "one""#))
        }
    }

    @Test("Without a library, extends is an error, not a crash")
    func parserWithoutLibrary() {
        #expect(throws: LayoutError(file: "x.yaml", line: 1, keyPath: "extends",
                                    message: #"cannot look up "a4" here: no layout library given"#)) {
            try LayoutParser().parse("extends: a4\n", fileName: "x.yaml")
        }
    }

    @Test("A standalone layout parses without a library")
    func standalone() throws {
        let a4 = try String(contentsOf: shippedLayouts.appendingPathComponent("a4.yaml"), encoding: .utf8)
        let style = try LayoutParser().parse(a4, fileName: "copies/mine.yaml")
        #expect(style.name == "mine")
        #expect(style.body.family == "Noto Serif")
    }
}
