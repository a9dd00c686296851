/// How far a justified line may widen or narrow its letters, as pdfTeX's font expansion
/// (microtype's `expansion`, InDesign's glyph scaling) does.
///
/// Spaces alone take up a line's slack unevenly: a line with few spaces, such as a paragraph's
/// first line followed by a word that neither fits nor hyphenates, opens each of them wide.
/// Expansion lets the words themselves take a share of the slack, in proportion to their width,
/// so such a line's spaces open less. Each line gets one scale for all its Latin, Greek and
/// Cyrillic glyphs, chosen from the line's adjustment ratio and rounded to a step, so a page
/// uses a handful of scales (as pdfTeX, so that scaled fonts can be reused); whatever the step
/// leaves over goes to the spaces and the letter spacing, so the line still ends at the measure.
///
/// The limits are microtype's defaults: 2 % either way in steps of 0.5 %. Hermann Zapf's hz
/// program and InDesign's usual settings (97–103 %) stay in the same range; at 2 % a letter of
/// body text changes by less than a hundredth of an em, which a reader does not see, while a
/// line of 50 letters gains half an em to spread among its words.
struct FontExpansion: Equatable {
    /// Most widening, as a fraction of a glyph's width.
    var stretch: Double
    /// Most narrowing, as a fraction of a glyph's width.
    var shrink: Double
    /// The scales a line may take are whole multiples of this.
    var step: Double

    /// microtype's defaults (`stretch=20, shrink=20, step=5`, in thousandths).
    static let standard = FontExpansion(stretch: 0.02, shrink: 0.02, step: 0.005)

    /// The expansion for a line justified with adjustment ratio `ratio` (1 fully stretched, −1
    /// fully shrunk, beyond 1 looser than planned): the ratio's share of the limit, rounded to
    /// the nearest step and never past the limit. Negative values narrow the glyphs.
    func amount(forRatio ratio: Double) -> Double {
        guard ratio.isFinite, step > 0 else { return 0 }
        let wanted = ratio >= 0 ? ratio * stretch : ratio * shrink
        let stepped = (wanted / step).rounded() * step
        return min(stretch, max(-shrink, stepped))
    }
}
