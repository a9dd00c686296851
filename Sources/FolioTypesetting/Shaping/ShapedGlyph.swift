/// A glyph as HarfBuzz placed it, before line breaking.
///
/// Lengths are in points at the run's size; `yOffset` is already flipped to y-down.
/// `cluster` is the UTF-8 byte offset, in the paragraph text, of the first character the glyph
/// belongs to: the link from glyphs back to text that clusters, widths and links all use.
struct ShapedGlyph: Sendable, Hashable {
    var id: UInt32
    var cluster: Int
    var advance: Double
    var xOffset: Double
    var yOffset: Double
}
