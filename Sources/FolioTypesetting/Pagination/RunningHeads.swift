import Dispatch
import FolioModel

/// The running header (from page 2) and footer (every page), filled from the layout's templates.
struct RunningHeads {
    let style: LayoutStyle
    let article: Article
    let paragraphs: ParagraphTypesetter
    var numbering: PageNumbering = .standalone
    /// The article's language's footer wording and digits; nil keeps the layout's as written.
    var wording: PageWording?

    /// One line of a page's header or footer, before it is set.
    private struct Line: Hashable {
        var content: String
        var alignment: Alignment
        var baseline: Double
        /// The header, above the columns (the footer is below them).
        var isHeader = false

        /// Where the set line's baseline goes: a line grown for tall glyphs moves away from
        /// the text area by its growth on that side, so it never reaches the columns or the
        /// header's rule.
        func baseline(of set: TypesetLine) -> Double {
            isHeader ? baseline - set.extraBelow : baseline + set.extraAbove
        }
    }

    /// Header and footer items for each of the article's `pages`, in page order.
    ///
    /// Each distinct line is set once, and the distinct lines are set on every core: a header
    /// without `{page}` is the same line on every page, and a long article's footers were a
    /// tenth of its page building.
    func items(pages: Int) throws(FontError) -> [[PageItem]] {
        let lines = (0..<pages).map { self.lines(page: $0 + 1, of: pages) }
        var seen = Set<Line>()
        let distinct = lines.flatMap { $0.map(\.line) }.filter { seen.insert($0).inserted }
        let set = ResultSlots<TypesetLine?>(count: distinct.count)
        DispatchQueue.concurrentPerform(iterations: distinct.count) { index in
            set.store(index, Result { () throws(FontError) in try typeset(distinct[index]) })
        }
        var setLines: [Line: TypesetLine?] = [:]
        for (index, line) in distinct.enumerated() { setLines[line] = try set[index].get() }
        return lines.map { page in
            page.flatMap { entry in
                var items = setLines[entry.line].flatMap { set in
                    set.map { $0.placed(x: style.margins.left, baseline: entry.line.baseline(of: $0)) }
                } ?? []
                items += entry.extra
                return items
            }
        }
    }

    /// The lines of `page` (1-based) of `pages`, each with the items drawn after it (the
    /// header's rule); the header is left off the first page, which carries the title block.
    private func lines(page: Int, of pages: Int) -> [(line: Line, extra: [PageItem])] {
        let header = numbering.header ?? style.header
        let shown = (page: page + numbering.pagesBefore, of: numbering.totalPages ?? pages)
        var lines: [(line: Line, extra: [PageItem])] = []
        let width = style.textWidth
        let text = style.headerFooter
        if page > 1, !header.isEmpty {
            let baseline = style.margins.top - text.leading * 1.2
            let ruleY = baseline + text.size * 0.45
            let rule = PageItem.rule(
                from: Point(x: style.margins.left, y: ruleY), to: Point(x: style.margins.left + width, y: ruleY),
                thickness: 0.4, color: .gray)
            lines.append((
                Line(content: fill(header, page: shown.page, of: shown.of), alignment: .left, baseline: baseline, isHeader: true),
                [rule]))
        }
        if !style.footer.isEmpty {
            let baseline = style.pageSize.height - style.margins.bottom + text.leading * 2
            lines.append((Line(content: fill(style.footer, page: shown.page, of: shown.of), alignment: .center, baseline: baseline), []))
        }
        return lines
    }

    private func typeset(_ line: Line) throws(FontError) -> TypesetLine? {
        guard !line.content.isEmpty else { return nil }
        let paragraph = try paragraphs.typeset(
            [Span(line.content)], style: style.headerFooter, measure: style.textWidth, alignment: line.alignment,
            language: article.language, hyphenator: nil)
        return paragraph.lines.first
    }

    private func fill(_ template: String, page: Int, of pages: Int) -> String {
        let template = template == PageWording.englishTemplate ? wording?.template ?? template : template
        return template
            .replacingAll("{publication}", with: style.publication)
            .replacingAll("{section}", with: article.section ?? "")
            .replacingAll("{title}", with: article.title)
            .replacingAll("{page}", with: wording?.format(page) ?? String(page))
            .replacingAll("{pages}", with: wording?.format(pages) ?? String(pages))
    }
}
