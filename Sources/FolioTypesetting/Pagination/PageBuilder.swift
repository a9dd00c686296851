/// Stage 6 (paginate): flow blocks into columns and pages.
///
/// Greedy by column, as newspapers and books are set, with the classic constraints: a
/// paragraph split across columns leaves at least `orphans` lines before the break and carries
/// at least `widows` lines after it, and a heading is never stranded at the foot of a column.
/// With several columns, ``balanceLastPage()`` then evens out the columns of the last page.
/// Columns are filled in reading order: left to right, or right to left for an article in a
/// right-to-left language, whose reader starts at the right-hand column.
struct PageBuilder {
    let style: LayoutStyle
    /// The article reads right to left: its first column is the rightmost.
    let isRightToLeft: Bool
    private(set) var pages: [Page] = []
    private(set) var outline: [OutlineEntry] = []
    /// How blocks were split across columns, for invariant checks.
    private(set) var splits: [BlockSplit] = []
    /// Headings that ended up as the last lines of a column.
    private(set) var strandedHeadings = 0
    private var column = 0
    private var y: Double
    /// Top of the column area on the current page (below a title block on page 1).
    private(set) var columnTop: Double
    private var columnIsEmpty = true
    /// Foot of the columns: the bottom margin, or higher while the last page is balanced.
    var bottom: Double
    /// The lowest point lines or drawings reach on the current page.
    private(set) var deepest: Double
    /// What the current page's columns hold, in order (the first may be the rest of a block
    /// begun on the page before), and the builder's counts where they begin: enough to set
    /// the page's columns again.
    private(set) var pageBlocks: [FlowBlock] = []
    private(set) var columnsStart = ColumnsStart()

    /// Counts at the top of a page's columns, to take back what was placed there.
    struct ColumnsStart {
        var items = 0
        var outline = 0
        var splits = 0
        var strandedHeadings = 0
    }

    init(style: LayoutStyle, rightToLeft: Bool = false) {
        self.style = style
        isRightToLeft = rightToLeft
        y = style.margins.top
        columnTop = style.margins.top
        bottom = style.pageSize.height - style.margins.bottom
        deepest = y
        pages = [Page(number: 1, size: style.pageSize)]
    }
    /// Left edge of the current column: `column` counts in reading order, so a right-to-left
    /// article's column 0 is the one on the right.
    private var columnX: Double {
        let position = isRightToLeft ? style.columns - 1 - column : column
        return style.margins.left + Double(position) * (style.columnWidth + style.columnGap)
    }
    private var textWidth: Double { style.textWidth }

    /// Places a block across the full text width at the top of the first page (the title block);
    /// columns begin below it. A block taller than the page continues at the top of the next
    /// (full-width) page, and the columns begin below its end: nothing is drawn past the foot.
    mutating func placeSpanning(_ block: FlowBlock) {
        y += block.spaceBefore
        if let outline = block.outline { addOutline(outline, y: y) }
        for line in block.lines {
            if y + line.leading > bottom + 0.01, y > style.margins.top + 0.01 { startSpanningPage() }
            draw(line, x: style.margins.left + block.indent)
        }
        if let fixed = block.fixed {
            if y + fixed.height > bottom + 0.01, y > style.margins.top + 0.01 { startSpanningPage() }
            append(items: fixed.items(textWidth), dx: style.margins.left, dy: y)
            y += fixed.height
        }
        y += block.spaceAfter
        columnTop = y
        columnIsEmpty = true
        deepest = y
        markColumnsStart()
    }

    /// Places a block in the column flow; `following` are the blocks after it (for keep-with-next).
    mutating func place(_ block: FlowBlock, following: ArraySlice<FlowBlock>) {
        pageBlocks.append(block)
        if !columnIsEmpty { y += block.spaceBefore }
        if let fixed = block.fixed {
            // A figure that does not fit moves on, also from under the title block to a full page.
            while y + fixed.height > bottom, !columnIsEmpty || y > style.margins.top + 0.01 { nextColumn(carrying: block) }
            append(items: fixed.items(style.columnWidth - block.indent), dx: columnX + block.indent, dy: y)
            deepest = max(deepest, y + fixed.height)
            y += fixed.height + block.spaceAfter
            columnIsEmpty = false
            lastPlacedWasHeading = false
            return
        }
        if block.keepWithNextLines > 0, !columnIsEmpty {
            let needed = block.lines.reduce(0) { $0 + $1.leading } + block.spaceAfter
                + followingHeight(following, lines: block.keepWithNextLines)
            if y + needed > bottom { nextColumn(carrying: block) }
        }
        var remaining = block.lines[...]
        var first = true
        while !remaining.isEmpty {
            let fit = linesFitting(remaining)
            var take = fit
            if take < remaining.count {
                if take < block.orphans && first { take = 0 }
                if remaining.count - take < block.widows { take = max(0, remaining.count - block.widows) }
                if take < block.orphans && first { take = 0 }
                if take == 0, columnIsEmpty { take = max(1, fit) }   // a block taller than a column must still go
            }
            if take == 0 {
                nextColumn(carrying: first ? block : block.continuation(remaining))
                continue
            }
            let startedEmptyColumn = columnIsEmpty
            if first, let outline = block.outline { addOutline(outline, y: y) }
            for (index, line) in remaining.prefix(take).enumerated() {
                let baseline = draw(line, x: columnX + block.indent)
                if first, index == 0 {
                    append(items: block.firstLineDecorations, dx: columnX + block.indent, dy: baseline)
                }
            }
            if take < remaining.count {
                splits.append(BlockSplit(
                    linesBefore: take, linesAfter: remaining.count - take, orphans: block.orphans, widows: block.widows,
                    forced: startedEmptyColumn && (take < block.orphans || remaining.count - take < block.widows)))
            }
            remaining = remaining.dropFirst(take)
            first = false
            columnIsEmpty = false
            lastPlacedWasHeading = block.keepWithNextLines > 0
            if !remaining.isEmpty { nextColumn(carrying: block.continuation(remaining)) }
        }
        y += block.spaceAfter
    }

    /// Height the next blocks need at the foot of this column for a heading to stay with them:
    /// a run of further headings whole, then as many lines of the first text block as its orphan
    /// and widow limits let it start with (all of it when short).
    private func followingHeight(_ following: ArraySlice<FlowBlock>, lines count: Int) -> Double {
        guard let next = following.first else { return 0 }
        if let fixed = next.fixed { return next.spaceBefore + fixed.height }
        let own = next.lines.reduce(0) { $0 + $1.leading }
        if next.keepWithNextLines > 0 {
            return next.spaceBefore + own + next.spaceAfter + followingHeight(following.dropFirst(), lines: next.keepWithNextLines)
        }
        let total = next.lines.count
        let needed = total - max(count, next.orphans) >= next.widows ? max(count, next.orphans) : total
        return next.spaceBefore + next.lines.prefix(needed).reduce(0) { $0 + $1.leading }
    }

    private func linesFitting(_ lines: ArraySlice<TypesetLine>) -> Int {
        var height = y
        var count = 0
        for line in lines {
            height += line.leading
            if height > bottom + 0.01 { break }
            count += 1
        }
        return count
    }

    /// Draws a line at the current position and moves down; returns its baseline.
    @discardableResult
    private mutating func draw(_ line: TypesetLine, x: Double) -> Double {
        let baseline = line.baseline(top: y)
        append(items: line.placed(x: x, baseline: baseline), dx: 0, dy: 0)
        y += line.leading
        deepest = max(deepest, y)
        return baseline
    }

    private mutating func append(items: [PageItem], dx: Double, dy: Double) {
        guard !items.isEmpty else { return }
        pages[pages.count - 1].items += items.map { $0.offsetBy(dx: dx, dy: dy) }
    }

    private mutating func addOutline(_ entry: (title: String, level: Int), y: Double) {
        outline.append(OutlineEntry(title: entry.title, level: entry.level, page: pages.count, y: y))
    }

    private var lastPlacedWasHeading = false

    /// Moves to the next column, or the next page; `rest` is what of the current block is still
    /// to place, the first thing on a new page.
    private mutating func nextColumn(carrying rest: FlowBlock) {
        if lastPlacedWasHeading, !columnIsEmpty { strandedHeadings += 1 }
        lastPlacedWasHeading = false
        columnIsEmpty = true
        if column + 1 < style.columns {
            column += 1
            y = columnTop
            return
        }
        column = 0
        pages.append(Page(number: pages.count + 1, size: style.pageSize))
        columnTop = style.margins.top
        y = columnTop
        deepest = y
        bottom = style.pageSize.height - style.margins.bottom
        pageBlocks = [rest]
        markColumnsStart()
    }

    /// A new page for the rest of a spanning block (a title longer than a page).
    private mutating func startSpanningPage() {
        pages.append(Page(number: pages.count + 1, size: style.pageSize))
        y = style.margins.top
        deepest = y
    }

    private mutating func markColumnsStart() {
        columnsStart = ColumnsStart(
            items: pages[pages.count - 1].items.count, outline: outline.count, splits: splits.count,
            strandedHeadings: strandedHeadings)
    }

    /// Takes back everything placed in the current page's columns and starts them again with
    /// their foot at `foot`.
    mutating func restartColumns(foot: Double) {
        pages[pages.count - 1].items.removeSubrange(columnsStart.items...)
        outline.removeSubrange(columnsStart.outline...)
        splits.removeSubrange(columnsStart.splits...)
        strandedHeadings = columnsStart.strandedHeadings
        column = 0
        y = columnTop
        deepest = y
        bottom = foot
        columnIsEmpty = true
        lastPlacedWasHeading = false
        pageBlocks = []
    }
}

extension FlowBlock {
    /// The block's lines from `remaining` on, as they continue at the head of another column:
    /// no space above, and the outline entry and list marker stay with the first part.
    func continuation(_ remaining: ArraySlice<TypesetLine>) -> FlowBlock {
        var rest = self
        rest.lines = remaining
        rest.spaceBefore = 0
        rest.firstLineDecorations = []
        rest.outline = nil
        return rest
    }
}

extension PageItem {
    /// The same item moved by (`dx`, `dy`).
    func offsetBy(dx: Double, dy: Double) -> PageItem {
        guard dx != 0 || dy != 0 else { return self }
        switch self {
        case .glyphs(var run):
            run.origin = Point(x: run.origin.x + dx, y: run.origin.y + dy)
            return .glyphs(run)
        case .rule(let from, let to, let thickness, let color):
            return .rule(
                from: Point(x: from.x + dx, y: from.y + dy), to: Point(x: to.x + dx, y: to.y + dy),
                thickness: thickness, color: color)
        case .box(let rect, let stroke, let fill):
            return .box(Rect(x: rect.minX + dx, y: rect.minY + dy, width: rect.size.width, height: rect.size.height),
                        stroke: stroke, fill: fill)
        case .link(let rect, let url):
            return .link(Rect(x: rect.minX + dx, y: rect.minY + dy, width: rect.size.width, height: rect.size.height), url: url)
        case .image(let rect, let image):
            return .image(Rect(x: rect.minX + dx, y: rect.minY + dy, width: rect.size.width, height: rect.size.height), image)
        }
    }
}
