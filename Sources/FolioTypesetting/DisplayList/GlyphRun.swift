import FolioFonts

/// One glyph, positioned relative to its run's origin (points, y down).
public struct PositionedGlyph: Sendable, Hashable, Codable {
    public var id: UInt32
    public var x: Double
    public var y: Double
    public init(id: UInt32, x: Double, y: Double) {
        self.id = id
        self.x = x
        self.y = y
    }
}

/// A group of source bytes that maps to a group of glyphs (a ligature, a conjunct, one letter).
///
/// This is what lets a PDF keep its text: Cairo writes the mapping into the font's ToUnicode
/// data and the content stream (`cairo_show_text_glyphs`), so `pdftotext` and search give the
/// article's characters back exactly.
public struct TextCluster: Sendable, Hashable, Codable {
    public var byteCount: Int
    public var glyphCount: Int
    public init(byteCount: Int, glyphCount: Int) {
        self.byteCount = byteCount
        self.glyphCount = glyphCount
    }
}

/// A run of glyphs of one font at one size, drawn on one baseline, with its source text.
public struct GlyphRun: Sendable, Hashable, Codable {
    public var font: FontReference
    /// Font size in points.
    public var size: Double
    /// Start of the baseline, in page coordinates.
    public var origin: Point
    /// Glyphs in visual (left-to-right drawing) order.
    public var glyphs: [PositionedGlyph]
    /// The source text of the glyphs, in logical order.
    public var text: String
    /// Clusters in text order; each maps bytes of `text` to glyphs.
    public var clusters: [TextCluster]
    /// True when the clusters take glyphs from the last one back (right-to-left runs, whose
    /// glyphs are stored in visual order).
    public var clustersBackward: Bool
    public var color: Color
    /// Total advance of the run in points.
    public var width: Double
    /// Horizontal scale of the glyphs (font expansion on a justified line; 1 elsewhere). The
    /// glyph positions already use the scaled advances, so a renderer draws the font with its
    /// x axis scaled by this and needs no per-glyph adjustment.
    public var horizontalScale: Double

    public init(
        font: FontReference, size: Double, origin: Point, glyphs: [PositionedGlyph], text: String,
        clusters: [TextCluster], clustersBackward: Bool = false, color: Color = .black, width: Double,
        horizontalScale: Double = 1
    ) {
        self.font = font
        self.size = size
        self.origin = origin
        self.glyphs = glyphs
        self.text = text
        self.clusters = clusters
        self.clustersBackward = clustersBackward
        self.color = color
        self.width = width
        self.horizontalScale = horizontalScale
    }
}
