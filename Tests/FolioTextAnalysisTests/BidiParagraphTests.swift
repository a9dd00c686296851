import FolioTextAnalysis
import Testing

/// The text and level of each run, for readable expectations.
private func describe(_ runs: [BidiParagraph.Run], in text: String) -> [String] {
    let bytes = Array(text.utf8)
    return runs.map { "\(String(decoding: bytes[$0.range], as: UTF8.self))@\($0.level)" }
}

@Suite("Bidi paragraphs (UAX #9)")
struct BidiParagraphTests {
    /// "I went to Apple in 2024." in Arabic, with an English word and a number.
    let arabic = "ذهبت إلى Apple في 2024."

    @Test("An Arabic sentence is right to left, with the English word and the number embedded")
    func arabicWithEnglishAndNumber() throws {
        let paragraph = try BidiParagraph(arabic)
        #expect(paragraph.isRightToLeft)
        #expect(paragraph.paragraphLevel == 1)
        #expect(describe(paragraph.runs, in: arabic) ==
            ["ذهبت إلى @1", "Apple@2", " في @1", "2024@2", ".@1"])
    }

    @Test("Displayed left to right, the runs of an RTL line come in reverse")
    func arabicVisualOrder() throws {
        let paragraph = try BidiParagraph(arabic)
        let line = 0..<arabic.utf8.count
        #expect(BidiParagraph.visualOrder(levels: paragraph.runs(forLine: line).map(\.level)) == [4, 3, 2, 1, 0])
        #expect(describe(paragraph.visualRuns(forLine: line), in: arabic) ==
            [".@1", "2024@2", " في @1", "Apple@2", "ذهبت إلى @1"])
    }

    @Test("Hebrew inside English is one RTL run in an LTR paragraph")
    func hebrewInEnglish() throws {
        let text = "The word שלום means peace."
        let paragraph = try BidiParagraph(text)
        #expect(!paragraph.isRightToLeft)
        #expect(describe(paragraph.runs, in: text) == ["The word @0", "שלום@1", " means peace.@0"])
    }

    @Test("An explicit base direction wins over the text")
    func explicitDirection() throws {
        let text = "Hello עולם"
        #expect(try BidiParagraph(text, baseDirection: .rightToLeft).isRightToLeft)
        #expect(try !BidiParagraph("שלום world", baseDirection: .leftToRight).isRightToLeft)
        #expect(try describe(BidiParagraph(text, baseDirection: .rightToLeft).runs, in: text) ==
            ["Hello@2", " עולם@1"])
    }

    @Test("Text with no strong letter is left to right under .auto")
    func neutralText() throws {
        #expect(try !BidiParagraph("123 — 456").isRightToLeft)
        #expect(try BidiParagraph("", baseDirection: .rightToLeft).runs.isEmpty)
    }

    @Test("RLO … PDF overrides the letters inside to right to left")
    func rightToLeftOverride() throws {
        let text = "abc \u{202E}def\u{202C} ghi"
        let paragraph = try BidiParagraph(text)
        #expect(!paragraph.isRightToLeft)
        let levels = paragraph.runs.map(\.level)
        #expect(levels == [0, 1, 0])
        // "def" (bytes 7..<10) is inside the level-1 run and shown reversed, between the others.
        let rtl = try #require(paragraph.runs.first { $0.isRightToLeft })
        #expect(rtl.range.contains(7) && rtl.range.contains(9))
        #expect(BidiParagraph.visualOrder(levels: levels) == [0, 1, 2])
    }

    @Test("An isolate keeps its contents from affecting the surrounding direction")
    func isolate() throws {
        // FSI … PDI around a Hebrew name: the paragraph stays LTR, the name is RTL.
        let text = "\u{2068}שלום\u{2069} said hi"
        let paragraph = try BidiParagraph(text)
        #expect(!paragraph.isRightToLeft)
        #expect(paragraph.runs.contains { $0.isRightToLeft && $0.range.contains(4) })
    }

    @Test("Trailing spaces of a line go to the paragraph level (rule L1)")
    func lineEndWhitespace() throws {
        let text = "مرحبا hello world بكم"
        let paragraph = try BidiParagraph(text)
        // A line ending after "hello " : the space after "hello" is inside the LTR run
        // in the paragraph, but ends the line, so it returns to level 1.
        let lineEnd = "مرحبا hello ".utf8.count
        #expect(describe(paragraph.runs(forLine: 0..<lineEnd), in: text) == ["مرحبا @1", "hello@2", " @1"])
        #expect(describe(paragraph.runs(forLine: lineEnd..<text.utf8.count), in: text) == ["world@2", " بكم@1"])
    }

    @Test("A number after an English word joins its LTR run (rule W7)")
    func numberAfterEnglish() throws {
        let text = "مرحبا Swift 6 يا عالم"
        #expect(try describe(BidiParagraph(text).runs, in: text) == ["مرحبا @1", "Swift 6@2", " يا عالم@1"])
    }

    @Test("Hundreds of unbalanced overrides are survived, levels stay within UAX #9's bound")
    func overflowingOverrides() throws {
        let text = String(repeating: "\u{202E}\u{2067}", count: 300) + "abc" + String(repeating: "\u{202C}", count: 5)
        let paragraph = try BidiParagraph(text)
        #expect(paragraph.runs.allSatisfy { $0.level <= 126 })
        #expect(paragraph.runs.last?.range.upperBound == text.utf8.count)
        #expect(paragraph.runs(forLine: 0..<text.utf8.count).allSatisfy { $0.level <= 126 })
    }

    @Test("Line ranges outside the text are clamped")
    func clampedLine() throws {
        let paragraph = try BidiParagraph("abc")
        #expect(paragraph.runs(forLine: 2..<99) == [.init(range: 2..<3, level: 0)])
        #expect(paragraph.runs(forLine: 5..<9).isEmpty)
    }

    @Test("visualOrder reverses odd-level stretches, deepest first")
    func visualOrderOfLevels() {
        #expect(BidiParagraph.visualOrder(levels: [0, 1, 1, 0]) == [0, 2, 1, 3])
        #expect(BidiParagraph.visualOrder(levels: [1, 2, 2, 1]) == [3, 1, 2, 0])
        #expect(BidiParagraph.visualOrder(levels: []) == [])
        #expect(BidiParagraph.visualOrder(levels: [200, 1]) == [0, 1])
    }

    @Test("A 3 MB paragraph resolves")
    func largeText() throws {
        let text = String(repeating: "Folio prints שלום and مرحبا. ", count: 80_000)
        let paragraph = try BidiParagraph(text)
        #expect(paragraph.runs.count == 4 * 80_000 + 1)
    }
}
