@testable import FolioTypesetting
import Testing

/// Narrow columns may space letters a little, never beyond 0.02 em; a book measure leaves its
/// letters alone (font expansion does that job there).
@Suite struct LetterSpacingTests {
    @Test func aBookMeasureSpacesNoLetters() {
        // a4: 10.5 pt on 16.6 cm (470.6 pt), about 45 em.
        let spacing = LetterSpacing(measure: 470.6, size: 10.5)
        #expect(spacing.stretch == 0 && spacing.shrink == 0 && spacing.isNone)
    }

    @Test func aNewspaperColumnGetsTheMost() {
        // two-column: 9.5 pt on 8.6 cm (243.8 pt), about 25.7 em, and narrower.
        #expect(abs(LetterSpacing(measure: 243.8, size: 9.5).stretch - 0.0191) < 0.0001)
        let spacing = LetterSpacing(measure: 227, size: 9.5)
        #expect(spacing.stretch == 0.02 && spacing.shrink == 0.006)
    }

    @Test func inBetweenTheLimitsRiseEvenly() {
        let spacing = LetterSpacing(measure: 32.5 * 10, size: 10)
        #expect(abs(spacing.stretch - 0.01) < 1e-9 && abs(spacing.shrink - 0.003) < 1e-9)
    }

    @Test func nothingNarrowerGoesFurther() {
        #expect(LetterSpacing(measure: 50, size: 10) == LetterSpacing(measure: 200, size: 10))
        #expect(LetterSpacing(measure: 100, size: 0).isNone)
    }
}
