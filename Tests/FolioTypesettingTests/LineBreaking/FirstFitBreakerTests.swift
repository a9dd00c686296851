import Testing
@testable import FolioTypesetting

@Suite struct FirstFitBreakerTests {
    @Test func eachLineTakesAsManyWordsAsFit() {
        let measure = 300.0
        let paragraph = ParagraphFixture(newsParagraph, hyphenEvery: 0)
        let breaks = FirstFitBreaker().breakLines(paragraph.items) { _ in measure }
        #expect(breaks.overfullLines.isEmpty)
        let lines = paragraph.lineTotals(breaks)
        for (line, end) in breaks.breakIndices.enumerated().dropLast() {
            // The next word, after a space, would not fit even with every space shrunk.
            let nextWord = paragraph.items[end + 1].width
            #expect(lines[line].width + 3.3 + nextWord - lines[line].shrink - 1.1 > measure)
            #expect(lines[line].width - lines[line].shrink <= measure)
        }
    }

    @Test func aLineShrinksToTakeOneMoreWord() {
        // Three 22 pt words and two spaces: 72.6 pt natural, 70.4 pt fully shrunk.
        let paragraph = ParagraphFixture("aaaa bbbb cccc dddd", hyphenEvery: 0)
        let breaks = FirstFitBreaker().breakLines(paragraph.items) { _ in 71 }
        #expect(paragraph.lines(breaks) == ["aaaa bbbb cccc", "dddd"])
        #expect(abs(breaks.adjustmentRatios[0] - (71 - 72.6) / 2.2) < 1e-9)
    }

    @Test func hyphensAreUsedOnlyWhenAllowed() {
        let paragraph = ParagraphFixture(newsParagraph)
        let hyphenating = FirstFitBreaker().breakLines(paragraph.items) { _ in 300 }
        let whole = FirstFitBreaker(hyphenating: false).breakLines(paragraph.items) { _ in 300 }
        #expect(!paragraph.hyphenatedLines(hyphenating).isEmpty)
        #expect(paragraph.hyphenatedLines(whole).isEmpty)
    }

    @Test func demeritsAreTheSumOfTeXLineDemerits() {
        // Two lines: "aaaa bbbb" stretched by r = 1 (badness 100), then the last line at r ≈ 0.
        let paragraph = ParagraphFixture("aaaa bbbb cccc", hyphenEvery: 0)
        let breaks = FirstFitBreaker().breakLines(paragraph.items) { _ in 44 + 3.3 + 1.65 }
        #expect(paragraph.lines(breaks) == ["aaaa bbbb", "cccc"])
        // Line 1: (10 + 100)², loose; line 2: (10 + 0)², decent, one class away: no extra.
        #expect(abs(breaks.totalDemerits - (110 * 110 + 10 * 10)) < 1)
    }
}
