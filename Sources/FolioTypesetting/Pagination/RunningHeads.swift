import FolioModel

/// The running header (from page 2) and footer (every page), filled from the layout's templates.
struct RunningHeads {
    let style: LayoutStyle
    let article: Article
    let paragraphs: ParagraphTypesetter
    var numbering: PageNumbering = .standalone

    /// Header and footer for the article's `page` (1-based) of its `pages`; the header is left
    /// off its first page, which carries the title block.
    func items(page: Int, of pages: Int) throws(FontError) -> [PageItem] {
        let header = numbering.header ?? style.header
        let shown = (page: page + numbering.pagesBefore, of: numbering.totalPages ?? pages)
        var items: [PageItem] = []
        let width = style.pageSize.width - style.margins.left - style.margins.right
        let text = style.headerFooter
        if page > 1, !header.isEmpty {
            let baseline = style.margins.top - text.leading * 1.2
            items += try line(fill(header, page: shown.page, of: shown.of), width: width, baseline: baseline, alignment: .left)
            let ruleY = baseline + text.size * 0.45
            items.append(.rule(
                from: Point(x: style.margins.left, y: ruleY), to: Point(x: style.margins.left + width, y: ruleY),
                thickness: 0.4, color: .gray))
        }
        if !style.footer.isEmpty {
            let baseline = style.pageSize.height - style.margins.bottom + text.leading * 2
            items += try line(fill(style.footer, page: shown.page, of: shown.of), width: width, baseline: baseline, alignment: .center)
        }
        return items
    }

    private func line(_ content: String, width: Double, baseline: Double, alignment: Alignment) throws(FontError) -> [PageItem] {
        guard !content.isEmpty else { return [] }
        let paragraph = try paragraphs.typeset(
            [Span(content)], style: style.headerFooter, measure: width, alignment: alignment, language: article.language,
            hyphenator: nil)
        guard let first = paragraph.lines.first else { return [] }
        return first.placed(x: style.margins.left, baseline: baseline)
    }

    private func fill(_ template: String, page: Int, of pages: Int) -> String {
        template
            .replacingAll("{publication}", with: style.publication)
            .replacingAll("{section}", with: article.section ?? "")
            .replacingAll("{title}", with: article.title)
            .replacingAll("{page}", with: String(page))
            .replacingAll("{pages}", with: String(pages))
    }
}

extension String {
    /// Every occurrence of `target` replaced (the standard library has no non-Foundation version).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
