import FolioFonts

/// The room a line's glyphs need above and below its baseline, beyond the box the layout's
/// leading gives every line.
///
/// A layout's leading is chosen for its own (Latin) face, and text in that face keeps exactly
/// that baseline grid. Glyphs of every other face on the line (fallbacks for Myanmar, Tamil,
/// Arabic, Chinese…) are measured by their ink, marks at their shaped offsets: where they reach
/// closer than `clearance` to the edge of the line's box, the line grows on that side, so no two
/// lines touch whatever fonts are on them. Tall scripts get at least their script's usual reach
/// (`TallScript`), so their lines keep an even grid instead of one that follows each line's
/// tallest cluster; ``evenedOut(_:)`` then gives all grown lines of a paragraph the same room.
struct LineHeight {
    /// The layout's leading and the size of the paragraph's type (points).
    let leading: Double
    let size: Double
    /// The style's own face: glyphs of its family (bold and italic included) never grow a line.
    let reference: FontFace?

    /// Least white between the ink of a grown line and the edge of its box, in ems of the
    /// paragraph's size: two grown lines keep twice this between them (1.5 pt at 9.5 pt type,
    /// three pixels at 150 dpi).
    static let clearance = 0.08

    /// Where the layout's box ends above the baseline (as `TypesetLine.baselineOffset` places
    /// the baseline) and below it.
    var boxAbove: Double { (leading - size) / 2 + size * 0.8 }
    var boxBelow: Double { leading - boxAbove }

    /// What the glyphs of one line's runs need beyond the layout's box: (above, below), points.
    func growth(of runs: some Sequence<(face: FontFace, script: String?, size: Double, glyphs: ArraySlice<ShapedGlyph>)>)
        -> (above: Double, below: Double)
    {
        var above = 0.0, below = 0.0
        for run in runs where !run.glyphs.isEmpty && run.face !== reference && run.face.familyName != reference?.familyName {
            var top = 0.0, bottom = 0.0   // y up, points
            for glyph in run.glyphs {
                let ink = run.face.ink(ofGlyph: glyph.id)
                guard ink.top != ink.bottom else { continue }
                top = max(top, ink.top * run.size - glyph.yOffset)
                bottom = min(bottom, ink.bottom * run.size - glyph.yOffset)
            }
            if let tall = run.script.flatMap(TallScript.init(code:)) {
                top = max(top, tall.ascent * run.size)
                bottom = min(bottom, -tall.descent * run.size)
            }
            let margin = Self.clearance * size
            above = max(above, top + margin - boxAbove)
            below = max(below, -bottom + margin - boxBelow)
        }
        return (max(0, above), max(0, below))
    }

    /// A paragraph's lines with every grown line given the largest growth of any, on each
    /// side: a paragraph of Thai or Myanmar keeps one even grid. Lines that needed nothing
    /// (Latin only) keep the layout's.
    static func evenedOut(_ lines: [TypesetLine]) -> [TypesetLine] {
        let above = lines.map(\.extraAbove).max() ?? 0
        let below = lines.map(\.extraBelow).max() ?? 0
        guard above > 0 || below > 0 else { return lines }
        return lines.map { line in
            guard line.extraAbove > 0 || line.extraBelow > 0 else { return line }
            var line = line
            line.leading += above - line.extraAbove + below - line.extraBelow
            line.extraAbove = above
            line.extraBelow = below
            return line
        }
    }
}

/// Scripts whose stacked vowels, tone marks and subjoined consonants reach far above and below
/// the Latin x-height and baseline, with the reach (in ems) their lines are given at least.
///
/// Measured on the ink of running text in the Noto Serif faces (Myanmar's medial ya reaches
/// 1.08 em up and 0.54 em down on every line; Khmer's subscripts and vowel signs 1.21 and 0.59,
/// Thai's stacked tone marks 1.03 and ฤ ญ 0.37, Tamil 0.89 and 0.32); Sinhala and Tibetan from
/// their fonts' outlines. Glyphs that reach further are still measured one by one, so these
/// only even out the grid; they never let anything touch.
struct TallScript {
    let ascent: Double
    let descent: Double

    init?(code: String) {
        switch code {
        case "Mymr": (ascent, descent) = (1.08, 0.55)
        case "Khmr": (ascent, descent) = (1.21, 0.60)
        case "Thai": (ascent, descent) = (1.03, 0.37)
        case "Taml": (ascent, descent) = (0.90, 0.33)
        case "Sinh": (ascent, descent) = (0.95, 0.35)
        case "Tibt": (ascent, descent) = (1.00, 0.90)
        default: return nil
        }
    }
}
