extension KnuthPlassBreaker {
    /// The costs and limits of total-fit breaking, with TeX's defaults where TeX has one.
    ///
    /// Badness is 100·|r|³ for an adjustment ratio r (0 natural, 1 fully stretched, −1 fully
    /// shrunk), capped at 10,000. A line's demerits are (linePenalty + badness)² plus the
    /// break's penalty squared, plus the pairwise costs below; the breaker minimises their sum.
    public struct Parameters: Sendable, Hashable {
        /// Badness allowed in the first pass, which does not hyphenate (TeX's `\pretolerance`,
        /// 100: spaces up to fully stretched). Negative skips that pass.
        public var pretolerance: Double = 100
        /// Badness allowed once hyphenating (TeX's `\tolerance`, 200: ratio ≈ 1.26).
        public var tolerance: Double = 200
        /// Extra stretch given to every line in the emergency pass, as a fraction of the line's
        /// measure (TeX's `\emergencystretch`): 0.03 is about 1.2 em on a book measure and 0.8 em
        /// on a newspaper column; 0 skips the pass. Kept small on purpose: the pass judges every
        /// line against the extra stretch, so loose lines look cheap next to hyphens and the
        /// paragraph comes out loose throughout. Measured on the two-column sample, a tenth of
        /// the measure (our earlier value) made more loose lines than this (p95 gap 0.393 em
        /// against 0.378) and nothing was gained on the book measure, where the pass never runs.
        public var emergencyStretch: Double = 0.03
        /// Added to every line's badness before squaring (TeX's `\linepenalty`, 10): makes
        /// fewer lines cheaper even when each is a little looser.
        public var linePenalty: Double = 10
        /// For a line whose fitness class is two or more away from the line above's, such as
        /// very loose after decent (TeX's `\adjdemerits`, 10,000: as bad as a badness-90 line).
        public var adjacentFitnessDemerits: Double = 10_000
        /// For two hyphenated lines in a row (TeX's `\doublehyphendemerits`, 10,000).
        public var doubleHyphenDemerits: Double = 10_000
        /// For a hyphen at the end of the paragraph's second-last line, which leaves a word
        /// fragment alone on the last line (TeX's `\finalhyphendemerits`, 5,000).
        public var finalHyphenDemerits: Double = 5_000
        /// Lines to add (positive) or remove (negative) against the optimum, when some feasible
        /// breaking allows it (TeX's `\looseness`; 0 takes the best). Used to pull up a widow.
        public var looseness: Int = 0
        /// Most hyphenated lines in a row, a hard limit (house style in most newsrooms: 2).
        /// Breaks forced by the paragraph are exempt.
        public var maximumConsecutiveHyphens: Int = 2
        /// Most candidate line starts kept alive at once. Normal text needs a few dozen (those
        /// within one measure of the current point); the cap only bites on degenerate input
        /// (a measure far wider than the text) and keeps the work linear, as Typst and SILE
        /// bound theirs. The oldest starts, the farthest behind, are dropped first.
        public var maximumActiveNodes: Int = 2_000

        /// Most fallback nodes (line ends looser than `tolerance`) the last pass keeps alive.
        /// They exist so that a word wider than the measure gets a line of its own rather than
        /// joining the words before it; a few recent ones suffice, and without a bound a measure
        /// far wider than the text would keep every break alive.
        static let maximumFallbackNodes = 32

        public init(
            pretolerance: Double = 100, tolerance: Double = 200, emergencyStretch: Double = 0.03,
            linePenalty: Double = 10, adjacentFitnessDemerits: Double = 10_000,
            doubleHyphenDemerits: Double = 10_000, finalHyphenDemerits: Double = 5_000,
            looseness: Int = 0, maximumConsecutiveHyphens: Int = 2, maximumActiveNodes: Int = 2_000
        ) {
            self.pretolerance = pretolerance
            self.tolerance = tolerance
            self.emergencyStretch = emergencyStretch
            self.linePenalty = linePenalty
            self.adjacentFitnessDemerits = adjacentFitnessDemerits
            self.doubleHyphenDemerits = doubleHyphenDemerits
            self.finalHyphenDemerits = finalHyphenDemerits
            self.looseness = looseness
            self.maximumConsecutiveHyphens = maximumConsecutiveHyphens
            self.maximumActiveNodes = maximumActiveNodes
        }
    }
}
