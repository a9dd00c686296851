import Testing
@testable import FolioTypesetting

@Suite struct KnuthPlassBreakerTests {
    /// A newspaper column of about 50 characters.
    let measure = 300.0

    /// The widest adjustment over all lines but the last, which the fill glue sets loose.
    private func widestStretch(_ breaks: LineBreaks) -> Double {
        breaks.adjustmentRatios.dropLast().map(abs).max() ?? 0
    }

    @Test func beatsFirstFitOnANewsParagraph() {
        let paragraph = ParagraphFixture(newsParagraph)
        let totalFit = KnuthPlassBreaker().breakLines(paragraph.items) { _ in measure }
        let firstFit = FirstFitBreaker().breakLines(paragraph.items) { _ in measure }
        #expect(totalFit.totalDemerits < firstFit.totalDemerits)
        #expect(widestStretch(totalFit) < widestStretch(firstFit))
        #expect(totalFit.overfullLines.isEmpty)
        #expect(paragraph.linesPastMeasure(totalFit) { _ in measure }.isEmpty)
        #expect(paragraph.lines(totalFit).first == "The conference opened on a grey Tuesday morning in the old")
        #expect(paragraph.lines(totalFit).last == "ion of public records.")
    }

    @Test func firstPassLeavesWordsWholeWhenSpacingAllows() {
        // At 460 pt the words alone can be set within badness 100, so even free hyphens are
        // not used; skipping that pass shows they would have been.
        let paragraph = ParagraphFixture(newsParagraph, hyphenPenalty: 0)
        let wide = 460.0
        let breaks = KnuthPlassBreaker().breakLines(paragraph.items) { _ in wide }
        #expect(paragraph.hyphenatedLines(breaks).isEmpty)
        #expect(widestStretch(breaks) <= 1)
        let withoutFirstPass = KnuthPlassBreaker(parameters: .init(pretolerance: -1))
            .breakLines(paragraph.items) { _ in wide }
        #expect(!paragraph.hyphenatedLines(withoutFirstPass).isEmpty)
    }

    @Test func hyphenatesOnlyWhenWholeWordsCannotBeSetWell() {
        let whole = ParagraphFixture(newsParagraph, hyphenEvery: 0)
        let bestWithoutHyphens = KnuthPlassBreaker().breakLines(whole.items) { _ in measure }
        #expect(widestStretch(bestWithoutHyphens) > 1, "at 300 pt whole words need very loose lines")
        let paragraph = ParagraphFixture(newsParagraph)
        let breaks = KnuthPlassBreaker().breakLines(paragraph.items) { _ in measure }
        #expect(!paragraph.hyphenatedLines(breaks).isEmpty)
        #expect(widestStretch(breaks) < widestStretch(bestWithoutHyphens))
    }

    @Test(arguments: [1, 2, 3])
    func neverMoreHyphenatedLinesInARowThanAllowed(limit: Int) {
        // A negative hyphen penalty makes every hyphen attractive: only the limit stops a run.
        let paragraph = ParagraphFixture(newsParagraph, hyphenPenalty: -300)
        let breaker = KnuthPlassBreaker(parameters: .init(maximumConsecutiveHyphens: limit))
        let breaks = breaker.breakLines(paragraph.items) { _ in measure }
        let hyphenated = Set(paragraph.hyphenatedLines(breaks))
        let longestRun = breaks.breakIndices.indices.reduce(into: (run: 0, longest: 0)) { state, line in
            state.run = hyphenated.contains(line) ? state.run + 1 : 0
            state.longest = max(state.longest, state.run)
        }.longest
        #expect(longestRun == limit)
    }

    @Test func aBoxWiderThanTheMeasureGetsAnOverfullLineOfItsOwn() throws {
        // A 50,000-character word between short ones, with no emergency breaks inside it.
        let space = LineItem.glue(3.3, stretch: 1.65, shrink: 1.1)
        let longWord = LineItem.box(50_000 * ParagraphFixture.characterWidth)
        let before = ParagraphFixture("Before the long word", hyphenEvery: 0).items.dropLast(2)
        let after = ParagraphFixture("and after it some more words", hyphenEvery: 0).items
        let paragraph = ParagraphFixture(items: Array(before) + [space, longWord, space] + after)
        let longWordIndex = try #require(paragraph.items.firstIndex(of: longWord))
        for breaker in [KnuthPlassBreaker() as any LineBreaker, FirstFitBreaker()] {
            let breaks = breaker.breakLines(paragraph.items) { _ in measure }
            #expect(breaks.overfullLines.count == 1)
            let line = breaks.overfullLines[0]
            #expect(breaks.breakIndices[line] == longWordIndex + 1)
            #expect(line > 0 && breaks.breakIndices[line - 1] == longWordIndex - 1)
            #expect(paragraph.linesPastMeasure(breaks) { _ in measure } == breaks.overfullLines)
        }
    }

    @Test func aParagraphOfOneHugeBoxIsOneOverfullLine() {
        let items = [LineItem.box(1e9)] + LineItem.paragraphEnd
        let breaks = KnuthPlassBreaker().breakLines(items) { _ in measure }
        #expect(breaks.breakIndices == [2])
        #expect(breaks.overfullLines == [0])
        #expect(breaks.totalDemerits == (10 + 10_000) * (10 + 10_000))
        #expect(breaks.adjustmentRatios == [-1])
    }

    @Test func aHalfMillionWordParagraphBreaks() {
        // The news paragraph's ~260 words repeated to 500,000 words (3.3 MB of text); timing
        // belongs to the benchmarks (0.6 s in a release build), this checks that it finishes.
        let words = ParagraphFixture(newsParagraph).items.dropLast(2)
        let wordCount = words.count { $0.kind == .glue } + 1
        var items: [LineItem] = []
        items.reserveCapacity(words.count * (500_000 / wordCount + 1) + 2)
        while items.count < words.count * (500_000 / wordCount) {
            if !items.isEmpty { items.append(.glue(3.3, stretch: 1.65, shrink: 1.1)) }
            items.append(contentsOf: words)
        }
        items += LineItem.paragraphEnd
        let breaks = KnuthPlassBreaker().breakLines(items) { _ in measure }
        #expect(breaks.breakIndices.last == items.count - 1)
        #expect(breaks.breakIndices.count > 50_000)
        #expect(breaks.overfullLines.isEmpty)
    }

    @Test func aMeasureFarWiderThanTheTextStaysFast() {
        // No line can ever be filled, so no break is ever overfull and none drops out of the
        // search by itself: only the bound on fallback nodes keeps this linear.
        let words = newsParagraph.split(separator: " ")
        let text = (0..<20_000).map { String(words[$0 % words.count]) }.joined(separator: " ")
        let paragraph = ParagraphFixture(text)
        let breaks = KnuthPlassBreaker().breakLines(paragraph.items) { _ in 1e9 }
        #expect(breaks.breakIndices == [paragraph.items.count - 1])
        #expect(breaks.overfullLines.isEmpty)
    }

    @Test func eachLineIsSetToItsOwnMeasure() {
        let paragraph = ParagraphFixture(newsParagraph)
        let measures: (Int) -> Double = { line in line < 3 ? 200 : measure }
        let breaks = KnuthPlassBreaker().breakLines(paragraph.items, lineWidth: measures)
        #expect(paragraph.linesPastMeasure(breaks, measure: measures).isEmpty)
        let firstLines = paragraph.lineTotals(breaks).prefix(3)
        #expect(firstLines.allSatisfy { $0.width - $0.shrink <= 200 && $0.width + 2 * $0.stretch >= 200 })
        #expect(paragraph.lineTotals(breaks)[3].width > 250)
    }

    @Test func loosenessAddsALineWhenAsked() {
        let paragraph = ParagraphFixture(newsParagraph)
        let best = KnuthPlassBreaker().breakLines(paragraph.items) { _ in measure }
        let looser = KnuthPlassBreaker(parameters: .init(looseness: 1)).breakLines(paragraph.items) { _ in measure }
        #expect(looser.breakIndices.count == best.breakIndices.count + 1)
        #expect(looser.overfullLines.isEmpty)
        #expect(paragraph.linesPastMeasure(looser) { _ in measure }.isEmpty)
    }

    @Test func forcedBreaksAreAlwaysTaken() {
        var items = ParagraphFixture("First part of the paragraph", hyphenEvery: 0).items.dropLast(2).map { $0 }
        items += [.glue(0, stretch: 1e7, shrink: 0), .penalty(-LineItem.infinity)]
        let forced = items.count - 1
        items += ParagraphFixture("and then the second part after a forced line break", hyphenEvery: 0).items
        let breaks = KnuthPlassBreaker().breakLines(items) { _ in measure }
        #expect(breaks.breakIndices.contains(forced))
        #expect(breaks.breakIndices.last == items.count - 1)
    }

    @Test func oddInputStillGivesLines() {
        #expect(KnuthPlassBreaker().breakLines([]) { _ in measure }.breakIndices.isEmpty)
        // No paragraph end: the last item ends the last line anyway.
        let unterminated: [LineItem] = [.box(20), .glue(3.3, stretch: 1.65, shrink: 1.1), .box(20)]
        #expect(KnuthPlassBreaker().breakLines(unterminated) { _ in measure }.breakIndices == [2])
        // A meaningless measure makes every line overfull, reported rather than trapped.
        let paragraph = ParagraphFixture("a few short words", hyphenEvery: 0)
        let breaks = KnuthPlassBreaker().breakLines(paragraph.items) { _ in .nan }
        #expect(breaks.overfullLines.count == 4)
    }

    @Test func aTinyActiveNodeCapStillBreaksEveryLine() {
        let paragraph = ParagraphFixture(newsParagraph)
        let capped = KnuthPlassBreaker(parameters: .init(maximumActiveNodes: 4))
        let breaks = capped.breakLines(paragraph.items) { _ in measure }
        #expect(breaks.breakIndices.last == paragraph.items.count - 1)
        #expect(paragraph.linesPastMeasure(breaks) { _ in measure } == breaks.overfullLines)
    }
}
