extension LineItem {
    /// Whether a line may end at `items[index]` (Knuth and Plass's legal breakpoints).
    ///
    /// A penalty below ``LineItem/infinity`` is a break; a flagged one (a hyphen) only when
    /// `hyphenating`. Glue is a break only right after a box, so a run of spaces breaks once,
    /// and not right before a forced break: the paragraph's fill glue would leave an empty line.
    static func isLegalBreak(at index: Int, in items: [LineItem], hyphenating: Bool) -> Bool {
        let item = items[index]
        switch item.kind {
        case .box:
            return false
        case .glue:
            return index > 0 && items[index - 1].kind == .box
                && !(index + 1 < items.count && items[index + 1].isForcedBreak)
        case .penalty:
            return item.penalty < LineItem.infinity && (hyphenating || !item.flagged)
        }
    }

    /// Whether a line must end here.
    var isForcedBreak: Bool {
        kind == .penalty && penalty <= -LineItem.infinity
    }

    /// Width added to a line that ends at this item: a hyphen's width for a penalty, the box
    /// itself if a malformed paragraph ends in one, nothing for glue (it vanishes at a break).
    var widthAtBreak: Double {
        kind == .glue ? 0 : width
    }
}
