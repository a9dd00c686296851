/// Running sums of widths, stretch and shrink over a stretch of line items.
///
/// Both breakers keep one running total while scanning and remember it at each line start, so
/// a line's sums are one subtraction: no per-item prefix arrays for paragraphs of millions of
/// items.
struct ItemTotals: Sendable {
    var width: Double = 0
    var stretch: Double = 0
    var shrink: Double = 0
    /// Glue items that can stretch (spaces, CJK glue): a line without any is a lone word, which
    /// emergency stretch must not make look acceptable.
    var stretchableGlues: Int32 = 0

    /// Adds `item` as the scan passes it; penalties contribute only when chosen as a break.
    mutating func add(_ item: LineItem) {
        switch item.kind {
        case .box:
            // Boxes may carry a little stretch and shrink of their own (letter spacing and font
            // expansion of Latin words); unlike glue they are never a place to break.
            width += item.width
            stretch += item.stretch
            shrink += item.shrink
        case .glue:
            width += item.width
            stretch += item.stretch
            shrink += item.shrink
            if item.stretch > 0 { stretchableGlues += 1 }
        case .penalty:
            break
        }
    }

    /// The totals where a line starts after a break at `index`: glue and penalties after a
    /// break are discarded (TeX's rule), up to the next box or forced break.
    static func afterBreak(at index: Int, in items: [LineItem], totals: ItemTotals) -> ItemTotals {
        var result = totals
        var next = index
        while next < items.count {
            let item = items[next]
            if item.kind == .box || (item.kind == .penalty && item.penalty <= -LineItem.infinity && next > index) {
                break
            }
            result.add(item)
            next += 1
        }
        return result
    }
}
