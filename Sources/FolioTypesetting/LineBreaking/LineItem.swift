/// The paragraph as the line breaker sees it: Knuth and Plass's boxes, glue and penalties.
///
/// Widths are in points. Items carry no text: the paragraph builder keeps the mapping from items
/// back to shaped glyphs, so breakers stay pure arithmetic and testable without fonts.
public struct LineItem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Material that cannot be broken (a word, a syllable, a CJK character); stretches only
        /// by the letter spacing and font expansion it carries, if any.
        case box
        /// Space that may stretch or shrink, and a legal break when it follows a box.
        case glue
        /// A possible break with a cost; `flagged` marks hyphen breaks (two in a row cost extra).
        case penalty
    }

    public var kind: Kind
    public var width: Double
    public var stretch: Double
    public var shrink: Double
    /// Penalty cost; `≥ LineItem.infinity` forbids a break, `≤ -LineItem.infinity` forces one.
    public var penalty: Double
    public var flagged: Bool

    public static let infinity: Double = 10_000

    public static func box(_ width: Double) -> LineItem {
        LineItem(kind: .box, width: width, stretch: 0, shrink: 0, penalty: 0, flagged: false)
    }
    /// A box that may grow or shrink a little when the line is justified (letter spacing, font
    /// expansion).
    public static func box(_ width: Double, stretch: Double, shrink: Double) -> LineItem {
        LineItem(kind: .box, width: width, stretch: stretch, shrink: shrink, penalty: 0, flagged: false)
    }
    public static func glue(_ width: Double, stretch: Double, shrink: Double) -> LineItem {
        LineItem(kind: .glue, width: width, stretch: stretch, shrink: shrink, penalty: 0, flagged: false)
    }
    public static func penalty(_ cost: Double, width: Double = 0, flagged: Bool = false) -> LineItem {
        LineItem(kind: .penalty, width: width, stretch: 0, shrink: 0, penalty: cost, flagged: flagged)
    }
    /// The end of a paragraph: infinitely stretchable glue, then a forced break.
    public static let paragraphEnd: [LineItem] = [
        .glue(0, stretch: 1e7, shrink: 0), .penalty(-infinity),
    ]
}

/// Where the breaker chose to end lines, and how hard each line had to be stretched.
public struct LineBreaks: Sendable, Hashable {
    /// For each line, the index of the item it breaks at (a glue or penalty); the last is the
    /// paragraph's final forced break.
    public var breakIndices: [Int]
    /// For each line, the adjustment ratio: 0 natural, 1 fully stretched, -1 fully shrunk.
    public var adjustmentRatios: [Double]
    /// Sum of the demerits of all lines (Knuth–Plass); greedy breakers report the same measure.
    public var totalDemerits: Double
    /// Lines that had to run past the measure (emergency breaks), by line index.
    public var overfullLines: [Int]

    public init(breakIndices: [Int], adjustmentRatios: [Double], totalDemerits: Double, overfullLines: [Int] = []) {
        self.breakIndices = breakIndices
        self.adjustmentRatios = adjustmentRatios
        self.totalDemerits = totalDemerits
        self.overfullLines = overfullLines
    }
}

/// A line-breaking algorithm: the replaceable stage between shaping and line building.
public protocol LineBreaker: Sendable {
    /// Breaks `items` into lines; `lineWidth(n)` is the measure of line `n` (0-based).
    ///
    /// `items` always end with `LineItem.paragraphEnd`. Implementations must return at least one
    /// line, never hang, and keep every line inside its measure unless no legal break allows it
    /// (then the line is listed in `overfullLines`).
    func breakLines(_ items: [LineItem], lineWidth: (Int) -> Double) -> LineBreaks

    /// As `breakLines(_:lineWidth:)`, but gives up and returns `nil` once `cancellation` says
    /// so: one paragraph of megabytes takes seconds to break, longer than a render deadline.
    func breakLines(_ items: [LineItem], lineWidth: (Int) -> Double, cancellation: TypesetCancellation) -> LineBreaks?
}

extension LineBreaker {
    /// Breakers fast enough not to need it ignore cancellation.
    public func breakLines(_ items: [LineItem], lineWidth: (Int) -> Double, cancellation: TypesetCancellation) -> LineBreaks? {
        breakLines(items, lineWidth: lineWidth)
    }
}
