/// How much a justified line may space the letters of its words, by the measure.
///
/// On a book measure (40 ems or more) the limits are ``ParagraphItems/letterStretch`` and
/// ``ParagraphItems/letterShrink``. A narrow column has fewer spaces per line to take up the
/// slack a word that does not fit leaves behind, so it gets more room between letters, rising
/// evenly to 0.02 em stretch and 0.006 em shrink at 25 ems (a newspaper column) and below, as
/// InDesign's narrow-column presets allow more letter spacing. 0.02 em is a fifth of a point in
/// 9.5 pt type, under a tenth of a word space: newspapers commonly allow ±5 % of a space (about
/// 0.013 em) and more, and nothing here comes near the 0.03 em at which spacing starts to show.
struct LetterSpacing: Equatable {
    /// Most spacing added between two letters, in ems.
    var stretch: Double
    /// Most spacing taken away between two letters, in ems.
    var shrink: Double

    /// A measure this many ems wide or wider keeps the book limits.
    static let wideMeasure = 40.0
    /// A measure this many ems wide or narrower gets the most spacing.
    static let narrowMeasure = 25.0
    static let narrowStretch = 0.02
    static let narrowShrink = 0.006

    /// - Parameters:
    ///   - measure: the line width, in points.
    ///   - size: the font size, in points.
    init(measure: Double, size: Double) {
        let ems = size > 0 ? measure / size : Self.wideMeasure
        let narrowness = min(1, max(0, (Self.wideMeasure - ems) / (Self.wideMeasure - Self.narrowMeasure)))
        stretch = ParagraphItems.letterStretch + narrowness * (Self.narrowStretch - ParagraphItems.letterStretch)
        shrink = ParagraphItems.letterShrink + narrowness * (Self.narrowShrink - ParagraphItems.letterShrink)
    }
}
