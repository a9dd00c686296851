/// What a justified line can give to reach its measure, as its glyphs will actually be set:
/// the spaces and letter gaps (which stretch and shrink by a ratio) and the glyphs that font
/// expansion may scale.
///
/// The breaker judged the line with expansion counted as stretch in each word. Once the line
/// is chosen, ``split(ratio:limits:measure:)`` turns the breaker's ratio into a stepped
/// expansion and gives what the step leaves over to the spaces and letter gaps, measured on the
/// line's real glyphs (spaces are scaled with their words; the hyphen is scaled too), so the
/// line ends exactly at the measure.
struct LineAdjustment {
    /// Width of the line's glyphs, unscaled and without extra spacing, hyphen included.
    var naturalWidth = 0.0
    /// Width of the glyphs expansion scales (Latin, Greek and Cyrillic runs).
    var expandableWidth = 0.0
    /// Stretch and shrink of the spaces and letter gaps, in points.
    var stretch = 0.0
    var shrink = 0.0

    /// The expansion for a line the breaker set at `ratio`, and the ratio its spaces and
    /// letter gaps then need to end the line at `measure`: never tighter than fully shrunk,
    /// natural when there is nothing to stretch.
    func split(ratio: Double, limits: FontExpansion, measure: Double) -> (expansion: Double, ratio: Double) {
        var expansion = limits.amount(forRatio: ratio)
        var rest = measure - naturalWidth - expansion * expandableWidth
        // Rounding to a step may narrow the glyphs less than the spaces can make up for.
        if rest < -shrink, expansion - limits.step >= -limits.shrink - 1e-9 {
            expansion -= limits.step
            rest = measure - naturalWidth - expansion * expandableWidth
        }
        let spacesRatio: Double
        if rest > LineFit.slack {
            spacesRatio = stretch > 0 ? rest / stretch : 0
        } else if rest < -LineFit.slack {
            spacesRatio = shrink > 0 ? max(-1, rest / shrink) : -1
        } else {
            spacesRatio = 0
        }
        return (expansion, spacesRatio)
    }
}
