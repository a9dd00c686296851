/// How much a justified line may space the letters of its words, by the measure.
///
/// On a book measure (40 ems or more) none: there font expansion (``FontExpansion``) gives the
/// words their share of a line's slack, and letter spacing would only cost a number per letter
/// gap in the PDF (Cairo 1.16 cannot write the `Tc` operator, so every spaced gap becomes an
/// entry in the `TJ` array; on a 20-page article that was a quarter of the PDF's time). A
/// narrow column has fewer spaces per line to take up the slack a word that does not fit
/// leaves behind, and expansion alone does not reach the evenness aim there, so it gets room
/// between letters too, rising evenly to 0.02 em stretch and 0.006 em shrink at 25 ems (a
/// newspaper column) and below, as InDesign's narrow-column presets allow more letter spacing.
/// 0.02 em is a fifth of a point in 9.5 pt type, under a tenth of a word space: newspapers
/// commonly allow ±5 % of a space (about 0.013 em) and more, and nothing here comes near the
/// 0.03 em at which spacing starts to show.
struct LetterSpacing: Equatable {
    /// Most spacing added between two letters, in ems.
    var stretch: Double
    /// Most spacing taken away between two letters, in ems.
    var shrink: Double

    /// A measure this many ems wide or wider gets no letter spacing.
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
        stretch = narrowness * Self.narrowStretch
        shrink = narrowness * Self.narrowShrink
    }

    /// Whether the measure allows any letter spacing at all.
    var isNone: Bool { stretch == 0 && shrink == 0 }
}
