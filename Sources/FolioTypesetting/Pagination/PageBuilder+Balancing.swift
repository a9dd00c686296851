extension PageBuilder {
    /// Evens out the columns of the last page, as newspapers and LaTeX's `multicol` end an
    /// article: instead of filling the first column and leaving the last one short, the page's
    /// text is set again with every column's foot raised to the lowest height at which it all
    /// still fits on the page.
    ///
    /// The page is set by the same rules as every other (orphans, widows, headings kept with
    /// their text, figures whole), so a height is accepted only if nothing moves to a new page,
    /// nothing hangs below the raised foot, and no heading is stranded or split forced that was
    /// not before. Column heights then differ by at most a line, or by a block that the rules
    /// do not let break. Does nothing for one column or when the layout turns it off
    /// (`balance-columns: false`).
    mutating func balanceLastPage() {
        guard style.columns > 1, style.balanceColumns, !pageBlocks.isEmpty else { return }
        let blocks = pageBlocks
        let pageCount = pages.count
        let forcedSplits = splits.count(where: { $0.forced })
        let stranded = strandedHeadings
        /// The last page set again with its columns ending at `foot`, if everything fits.
        func attempt(_ foot: Double) -> PageBuilder? {
            var trial = self
            trial.restartColumns(foot: foot)
            for index in blocks.indices { trial.place(blocks[index], following: blocks[(index + 1)...]) }
            guard trial.pages.count == pageCount, trial.deepest <= foot + 0.01,
                  trial.strandedHeadings <= stranded, trial.splits.count(where: { $0.forced }) <= forcedSplits
            else { return nil }
            return trial
        }
        // Bisect on the foot, to a quarter point: the lowest foot that fits gives the evenest columns.
        var low = columnTop
        var high = bottom
        var best: PageBuilder?
        while high - low > 0.25 {
            let middle = (low + high) / 2
            if let trial = attempt(middle) {
                best = trial
                high = middle
            } else {
                low = middle
            }
        }
        if let best { self = best }
    }
}
