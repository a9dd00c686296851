/// A block ready for page building: its lines and the rules for breaking it across pages.
struct FlowBlock {
    /// A slice, so the rest of a long paragraph carried to the next column shares the lines
    /// instead of copying them (copying made a paragraph of 40,000 lines quadratic).
    var lines: ArraySlice<TypesetLine>
    /// Extra items drawn beside the first line (list bullets, numbers), relative to the line.
    var firstLineDecorations: [PageItem] = []
    /// Horizontal offset of the block inside the column (quotes, lists).
    var indent: Double = 0
    var spaceBefore: Double = 0
    var spaceAfter: Double = 0
    /// Fewest lines left at the bottom of a column when the block is split.
    var orphans: Int = 2
    /// Fewest lines carried to the top of the next column when the block is split.
    var widows: Int = 2
    /// Headings: never the last thing in a column; at least this many lines of the next block follow.
    var keepWithNextLines: Int = 0
    /// An outline entry pointing at the block's first line.
    var outline: (title: String, level: Int)?
    /// A drawing with a fixed height instead of lines (figures, rules).
    var fixed: FixedDrawing?
}

extension FlowBlock {
    init(lines: [TypesetLine]) {
        self.init(lines: lines[...])
    }
}

/// Something drawn at a fixed height in the flow (a rule, an image placeholder), never split.
struct FixedDrawing {
    var height: Double
    /// Items relative to the top-left of the drawing's box.
    var items: (_ width: Double) -> [PageItem]
}
