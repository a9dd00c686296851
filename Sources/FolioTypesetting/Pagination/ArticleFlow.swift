import FolioModel

/// The article's blocks typeset into `FlowBlock`s: the title block, then the body in order.
struct ArticleFlow {
    let article: Article
    let style: LayoutStyle
    let paragraphs: ParagraphTypesetter
    let hyphenation: @Sendable (String) -> (any Hyphenating)?
    private(set) var warnings: [String] = []
    private(set) var missingScalars: [Unicode.Scalar] = []
    private var seenMissing = Set<Unicode.Scalar>()

    init(
        article: Article, style: LayoutStyle, paragraphs: ParagraphTypesetter,
        hyphenation: @escaping @Sendable (String) -> (any Hyphenating)?
    ) {
        self.article = article
        self.style = style
        self.paragraphs = paragraphs
        self.hyphenation = hyphenation
    }

    private var language: String { article.language ?? "en" }
    /// Right-to-left articles indent quotes and lists from the right and hang markers there.
    private var isRightToLeft: Bool {
        ParagraphAnalysis.rightToLeftLanguages.contains(String(language.split(separator: "-").first ?? "").lowercased())
    }
    /// Where a block indented by `indent` starts: lines of right-to-left text align right in
    /// their shortened measure, so the indent falls on the right by itself.
    private func blockX(_ indent: Double) -> Double { isRightToLeft ? 0 : indent }
    private var textWidth: Double { style.pageSize.width - style.margins.left - style.margins.right }

    /// Publication name, title, then section and date, then a rule: across all columns.
    mutating func titleBlock() throws(FontError) -> FlowBlock {
        var lines: [TypesetLine] = []
        lines += try set([Span(style.publication.uppercased())], style: style.meta, measure: textWidth, alignment: .left)
        lines += try set([Span(article.title)], style: style.title, measure: textWidth, alignment: .left)
        // Each part is a bidi isolate (FSI … PDI): an English date after Arabic section names
        // keeps its own order instead of being pulled apart by the Arabic around it.
        let dateLine = [article.section, article.byline, DateFormatting.long(article.published)]
            .compactMap { $0 }.filter { !$0.isEmpty }.map { "\u{2068}\($0)\u{2069}" }.joined(separator: "  ·  ")
        lines += try set([Span(dateLine)], style: style.meta, measure: textWidth, alignment: .left)
        var block = FlowBlock(lines: lines)
        block.outline = (article.title, 1)
        block.spaceAfter = style.body.leading * 0.6
        let ruleGap = style.body.leading * 0.4
        block.fixed = FixedDrawing(height: ruleGap + style.body.leading * 0.6) { width in
            [.rule(from: Point(x: 0, y: ruleGap), to: Point(x: width, y: ruleGap), thickness: 0.6, color: .black)]
        }
        return block
    }

    mutating func bodyBlocks() throws(FontError) -> [FlowBlock] {
        var blocks: [FlowBlock] = []
        var previousWasParagraph = false
        for block in article.blocks {
            try append(block, to: &blocks, indent: 0, previousWasParagraph: &previousWasParagraph)
        }
        return blocks
    }

    private mutating func append(
        _ block: Block, to blocks: inout [FlowBlock], indent: Double, previousWasParagraph: inout Bool
    ) throws(FontError) {
        let measure = style.columnWidth - indent
        switch block {
        case .paragraph(let spans):
            let firstIndent = previousWasParagraph ? style.paragraphIndent : 0
            var flow = FlowBlock(lines: try set(
                spans, style: style.body, measure: measure, firstIndent: firstIndent, alignment: style.alignment,
                hyphenate: style.hyphenate))
            flow.indent = blockX(indent)
            flow.spaceBefore = style.paragraphSpacing
            flow.orphans = style.orphans
            flow.widows = style.widows
            blocks.append(flow)
            previousWasParagraph = true
        case .heading(let level, let spans):
            let headingStyle = style.heading(level: level)
            var flow = FlowBlock(lines: try set(spans, style: headingStyle, measure: measure, alignment: .left))
            flow.indent = blockX(indent)
            flow.spaceBefore = headingStyle.spaceBefore
            flow.spaceAfter = headingStyle.spaceAfter
            flow.keepWithNextLines = 2
            flow.orphans = 1
            flow.widows = 1
            flow.outline = (spans.plainText, level + 1)
            blocks.append(flow)
            previousWasParagraph = false
        case .blockQuote(let inner):
            let quoteIndent = style.body.size * 1.5
            var innerPrevious = false
            for child in inner {
                try append(child, to: &blocks, indent: indent + quoteIndent, previousWasParagraph: &innerPrevious)
            }
            previousWasParagraph = false
        case .list(let ordered, let items):
            let listIndent = style.body.size * 1.8
            for (number, item) in items.enumerated() {
                let firstBlock = blocks.count
                var innerPrevious = false
                for child in item {
                    try append(child, to: &blocks, indent: indent + listIndent, previousWasParagraph: &innerPrevious)
                }
                guard firstBlock < blocks.count else { continue }
                let marker = ordered ? "\(number + 1)." : "•"
                let gap = style.body.size * 0.5
                let markerLines = try set(
                    [Span(marker)], style: style.body, measure: listIndent - gap, alignment: isRightToLeft ? .left : .right)
                if let markerLine = markerLines.first {
                    let x = isRightToLeft ? style.columnWidth - indent - listIndent + gap : -listIndent
                    blocks[firstBlock].firstLineDecorations = markerLine.placed(x: x, baseline: 0)
                }
            }
            previousWasParagraph = false
        case .figure(let figure):
            try appendFigure(figure, to: &blocks, indent: indent)
            previousWasParagraph = false
        case .rule:
            var flow = FlowBlock(lines: [])
            let height = style.body.leading
            flow.fixed = FixedDrawing(height: height) { width in
                [.rule(from: Point(x: width * 0.35, y: height / 2), to: Point(x: width * 0.65, y: height / 2),
                       thickness: 0.5, color: .gray)]
            }
            flow.indent = blockX(indent)
            blocks.append(flow)
            previousWasParagraph = false
        }
    }

    /// Images are drawn by the renderer once image support lands; until then a placeholder box
    /// with the alternative text keeps the figure visible, and its caption follows.
    private mutating func appendFigure(_ figure: Figure, to blocks: inout [FlowBlock], indent: Double) throws(FontError) {
        let height = style.body.leading * 6
        var box = FlowBlock(lines: [])
        box.indent = blockX(indent)
        box.spaceBefore = style.body.leading * 0.5
        box.fixed = FixedDrawing(height: height) { width in
            [.box(Rect(x: 0, y: 0, width: width, height: height - 4), stroke: .gray, fill: nil)]
        }
        blocks.append(box)
        let caption = figure.caption.isEmpty ? [Span(figure.altText)] : figure.caption
        if !caption.plainText.isEmpty {
            var captionStyle = style.meta
            captionStyle.italic = true
            var flow = FlowBlock(lines: try set(caption, style: captionStyle, measure: style.columnWidth - indent, alignment: .left))
            flow.indent = blockX(indent)
            flow.spaceAfter = style.body.leading * 0.5
            blocks.append(flow)
        }
    }

    private mutating func set(
        _ spans: [Span], style textStyle: TextStyle, measure: Double, firstIndent: Double = 0, alignment: Alignment,
        hyphenate: Bool = false
    ) throws(FontError) -> [TypesetLine] {
        let hyphenator = hyphenate ? hyphenation(language) : nil
        let paragraph = try paragraphs.typeset(
            spans, style: textStyle, measure: measure, firstIndent: firstIndent, alignment: alignment,
            language: language, hyphenator: hyphenator)
        for scalar in paragraph.missingScalars where seenMissing.insert(scalar).inserted {
            missingScalars.append(scalar)
        }
        if !paragraph.breaks.overfullLines.isEmpty {
            warnings.append("\(paragraph.breaks.overfullLines.count) line(s) run past the measure in “\(spans.plainText.prefix(40))…”")
        }
        return paragraph.lines
    }
}
