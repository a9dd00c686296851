internal import CHarfBuzz
import Synchronization

/// How far a glyph's outline reaches above and below the baseline, in ems (y up: `top` is
/// positive above the baseline, `bottom` negative below it).
public struct GlyphInk: Sendable, Hashable {
    public var top: Double
    public var bottom: Double
}

/// Each glyph's ink bounds, read once per face: outlines of CFF fonts (the CJK faces) must be
/// interpreted to find them, and a page asks for the same glyphs again and again.
final class GlyphInkCache: Sendable {
    private let known = Mutex<[UInt32: GlyphInk]>([:])

    func ink(of glyph: UInt32, measure: (UInt32) -> GlyphInk) -> GlyphInk {
        if let ink = known.withLock({ $0[glyph] }) { return ink }
        let ink = measure(glyph)
        known.withLock { $0[glyph] = ink }
        return ink
    }
}

extension FontFace {
    /// The ink bounds of a glyph, from its outline's bounding box; zero for glyphs that draw
    /// nothing (spaces). The corresponding C function is `hb_font_get_glyph_extents`.
    public func ink(ofGlyph glyph: UInt32) -> GlyphInk {
        inkCache.ink(of: glyph) { glyph in
            var extents = hb_glyph_extents_t()
            guard hb_font_get_glyph_extents(hbFont, glyph, &extents) != 0, extents.height != 0 else {
                return GlyphInk(top: 0, bottom: 0)
            }
            let upem = Double(unitsPerEm)
            return GlyphInk(top: Double(extents.y_bearing) / upem, bottom: Double(extents.y_bearing + extents.height) / upem)
        }
    }
}
