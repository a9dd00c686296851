/// How one candidate line fits its measure: TeX's adjustment ratio, badness and fitness class.
struct LineFit: Sendable {
    /// TeX's `inf_bad`: the badness of a line stretched beyond ~4.6 times its stretch, or
    /// short of its measure with nothing to stretch. Overfull lines are charged this too.
    static let infiniteBadness: Double = 10_000
    /// Widths within this many points count as equal, so rounding never makes a line overfull.
    static let slack: Double = 1e-6

    /// How far the glue must stretch (positive, in units of its stretch) or shrink (negative,
    /// in units of its shrink); infinite when it must move but cannot.
    let ratio: Double
    /// 100·|ratio|³, capped at ``infiniteBadness``: how bad the spacing looks.
    let badness: Double
    /// The line cannot shrink to its measure: it runs past the edge.
    let isOverfull: Bool
    let fitness: FitnessClass
    /// The ratio a line builder should apply to the line's real glue: fully shrunk for an
    /// overfull line, natural spacing for a short line with nothing to stretch. Emergency
    /// stretch only helps choose breaks; the spaces themselves must then open wider.
    let appliedRatio: Double

    /// - Parameters:
    ///   - natural: the line's width with glue at its natural size.
    ///   - stretch, shrink: the line's total glue stretch and shrink.
    ///   - measure: the width the line must fill.
    ///   - emergencyStretch: extra stretch counted when judging the line, not when setting it.
    init(natural: Double, stretch: Double, shrink: Double, measure: Double, emergencyStretch: Double = 0) {
        let shortfall = measure - natural
        var ratio = Self.ratio(shortfall: shortfall, stretch: stretch + emergencyStretch, shrink: shrink)
        isOverfull = ratio < -1 - Self.slack
        if isOverfull || ratio.isNaN { ratio = -1 }
        self.ratio = ratio
        badness = isOverfull ? Self.infiniteBadness : min(Self.infiniteBadness, 100 * abs(ratio * ratio * ratio))
        fitness = FitnessClass(adjustmentRatio: ratio)
        let applied = emergencyStretch == 0 ? ratio : Self.ratio(shortfall: shortfall, stretch: stretch, shrink: shrink)
        appliedRatio = isOverfull ? -1 : applied.isFinite ? max(applied, -1) : 0
    }

    /// Whether a line that has to stretch is worse than `threshold`: the breaker's quick test
    /// for the many line starts that cannot end a line yet. Agrees with `badness` exactly.
    static func isTooLoose(
        natural: Double, stretch: Double, measure: Double, emergencyStretch: Double, threshold: Double
    ) -> Bool {
        let shortfall = measure - natural
        guard shortfall > slack else { return false }
        let ratio = ratio(shortfall: shortfall, stretch: stretch + emergencyStretch, shrink: 0)
        return min(infiniteBadness, 100 * abs(ratio * ratio * ratio)) > threshold
    }

    private static func ratio(shortfall: Double, stretch: Double, shrink: Double) -> Double {
        if shortfall > slack {
            stretch > 0 ? shortfall / stretch : .infinity
        } else if shortfall < -slack {
            shrink > 0 ? shortfall / shrink : -.infinity
        } else {
            0
        }
    }
}
