/// A line end the total-fit search has found worth keeping: one link of a chain back to the
/// paragraph start.
///
/// Kept for every feasible break of a pass, so it is small (16 bytes); what only the search
/// front needs lives in ``ActiveNode``.
struct Breakpoint: Sendable {
    /// The glue or penalty the line ends at; −1 for the paragraph start.
    var itemIndex: Int32
    /// The breakpoint that starts this line, in the pass's history; −1 for the paragraph start.
    var previous: Int32
    /// The line's adjustment ratio, as a line builder should apply it.
    var ratio: Float
    var isOverfull: Bool
}

/// A breakpoint from which a next line may still start: the front of the total-fit search.
struct ActiveNode: Sendable {
    /// This node's entry in the pass's history.
    var breakpoint: Int32
    var itemIndex: Int
    /// Lines before the next one, which is measured with `lineWidth(line)`.
    var line: Int
    /// Fitness class of the line ending here.
    var fitness: FitnessClass
    /// Hyphenated lines in a row ending here (0 when this break is not a hyphen).
    var consecutiveHyphens: Int
    var totalDemerits: Double
    /// Running totals where the next line starts (after discarded glue).
    var lineStart: ItemTotals
    /// The line ending here was worse than the pass allows: kept only by the last pass, and
    /// only a few at a time.
    var isFallback: Bool
}
