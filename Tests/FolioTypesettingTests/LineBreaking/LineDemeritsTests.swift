import Testing
@testable import FolioTypesetting

@Suite struct LineDemeritsTests {
    let demerits = LineDemerits(parameters: .init())
    /// Stretched to r = 1: badness 100, loose.
    let looseLine = LineFit(natural: 90, stretch: 10, shrink: 0, measure: 100)
    let hyphen = LineItem.penalty(50, width: 3, flagged: true)

    @Test func badnessIsAHundredTimesTheCubedRatio() {
        #expect(looseLine.badness == 100)
        #expect(LineFit(natural: 95, stretch: 10, shrink: 0, measure: 100).badness == 12.5)
        #expect(LineFit(natural: 100, stretch: 0, shrink: 0, measure: 100).badness == 0)
        #expect(LineFit(natural: 50, stretch: 0, shrink: 0, measure: 100).badness == 10_000)
        #expect(LineFit(natural: 105, stretch: 0, shrink: 10, measure: 100).fitness == .decent)
        #expect(LineFit(natural: 111, stretch: 0, shrink: 10, measure: 100).isOverfull)
    }

    @Test func emergencyStretchJudgesTheLineButDoesNotSetIt() {
        let fit = LineFit(natural: 80, stretch: 10, shrink: 0, measure: 100, emergencyStretch: 10)
        #expect(fit.badness == 100)
        #expect(fit.appliedRatio == 2)
    }

    @Test func hyphensCostTheirPenaltyAndMoreInPairs() {
        let glue = LineItem.glue(3, stretch: 1, shrink: 1)
        let plain = demerits.demerits(of: looseLine, breakingAt: glue, endsParagraph: false,
                                      previousHyphenated: false, previousFitness: .decent)
        #expect(plain == 110 * 110)
        let hyphenated = demerits.demerits(of: looseLine, breakingAt: hyphen, endsParagraph: false,
                                           previousHyphenated: false, previousFitness: .decent)
        #expect(hyphenated == 110 * 110 + 50 * 50)
        let second = demerits.demerits(of: looseLine, breakingAt: hyphen, endsParagraph: false,
                                       previousHyphenated: true, previousFitness: .decent)
        #expect(second == hyphenated + 10_000)
        let last = demerits.demerits(of: looseLine, breakingAt: LineItem.paragraphEnd[1], endsParagraph: true,
                                     previousHyphenated: true, previousFitness: .decent)
        #expect(last == 110 * 110 + 5_000)
    }

    @Test func fitnessClassesTwoApartCostAdjacentDemerits() {
        let veryLoose = LineFit(natural: 80, stretch: 10, shrink: 0, measure: 100)
        #expect(veryLoose.fitness == .veryLoose)
        let next = demerits.demerits(of: veryLoose, breakingAt: .glue(3, stretch: 1, shrink: 1),
                                     endsParagraph: false, previousHyphenated: false, previousFitness: .decent)
        #expect(next == 810 * 810 + 10_000)  // r = 2: badness 800.
    }
}
