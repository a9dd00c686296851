import FolioModel

/// The article's blocks typeset into `FlowBlock`s: the title block, then the body in order.
struct ArticleFlow {
    let article: Article
    let style: LayoutStyle
    let paragraphs: ParagraphTypesetter
    let hyphenation: @Sendable (String) -> (any Hyphenating)?
    let localizedDate: @Sendable (PublicationDate, String) -> String?
    /// Figure images by figure source, loaded by the caller (the typesetter opens no files).
    var images: [String: ImageAsset] = [:]
    private(set) var warnings: [String] = []
    private(set) var missingScalars: [Unicode.Scalar] = []
    /// Line-breaking quality over the body paragraphs.
    private(set) var totalDemerits: Double = 0
    private(set) var largestAdjustmentRatio: Double = 0
    private var seenMissing = Set<Unicode.Scalar>()

    init(
        article: Article, style: LayoutStyle, paragraphs: ParagraphTypesetter,
        hyphenation: @escaping @Sendable (String) -> (any Hyphenating)?,
        localizedDate: @escaping @Sendable (PublicationDate, String) -> String? = { _, _ in nil }
    ) {
        self.article = article
        self.style = style
        self.paragraphs = paragraphs
        self.hyphenation = hyphenation
        self.localizedDate = localizedDate
        // Decided once, by the readers (`ArticleLanguage`); an article made in code without
        // one is "undetermined": no hyphenation, Folio's own (English) date.
        language = article.language ?? "und"
        isRightToLeft = ParagraphAnalysis.isRightToLeft(language: language)
    }

    let language: String
    /// Right-to-left articles indent quotes and lists from the right and hang markers there,
    /// and fill their columns from the right.
    let isRightToLeft: Bool
    /// Where a block indented by `indent` starts: lines of right-to-left text align right in
    /// their shortened measure, so the indent falls on the right by itself.
    private func blockX(_ indent: Double) -> Double { isRightToLeft ? 0 : indent }
    private var textWidth: Double { style.textWidth }

    /// Publication name, title, then section and date, then a rule: across all columns.
    mutating func titleBlock() throws(FontError) -> FlowBlock {
        var lines: [TypesetLine] = []
        lines += try set([Span(style.publication.uppercased())], style: style.meta, measure: textWidth, alignment: .left)
        lines += try titleLines()
        // Each part is a bidi isolate (FSI … PDI): an English date after Arabic section names
        // keeps its own order instead of being pulled apart by the Arabic around it.
        // English is Folio's own form; only other languages ask the platform's locale data.
        let isEnglish = ParagraphAnalysis.primarySubtag(of: language) == "en"
        let date = (isEnglish ? nil : localizedDate(article.published, language)) ?? DateFormatting.long(article.published)
        let dateLine = [article.section, article.byline, date]
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

    /// The title's lines: at the layout's size when they are at most `title.max-lines`; else set
    /// smaller, a step (10 %) at a time, until they are, but never below the body's size. A
    /// title still longer is set at that size whatever its length (the page builder carries it
    /// over to further pages): text is never dropped. Either way a warning says so.
    private mutating func titleLines() throws(FontError) -> [TypesetLine] {
        let spans = [Span(article.title)]
        var titleStyle = style.title
        var lines = try set(spans, style: titleStyle, measure: textWidth, alignment: .left)
        let maximum = style.titleMaxLines
        guard lines.count > maximum else { return try balanced(lines, titleStyle: titleStyle) }
        let floor = min(style.title.size, style.body.size)
        let naturalCount = lines.count
        while lines.count > maximum, titleStyle.size > floor + 0.01 {
            let size = max(floor, titleStyle.size * 0.9)
            titleStyle.leading *= size / titleStyle.size
            titleStyle.size = size
            lines = try set(spans, style: titleStyle, measure: textWidth, alignment: .left)
        }
        let from = Self.points(style.title.size), to = Self.points(titleStyle.size)
        if lines.count <= maximum {
            lines = try balanced(lines, titleStyle: titleStyle)
            warnings.append("the title is long (\(naturalCount) lines at \(from) pt, more than title.max-lines \(maximum)): set at \(to) pt")
        } else {
            let pageHeight = style.pageSize.height - style.margins.top - style.margins.bottom
            let overflow = lines.reduce(0) { $0 + $1.leading } > pageHeight ? ", continuing over the next page" : ""
            warnings.append("the title is very long: \(lines.count) lines even at \(to) pt, the body's size (title.max-lines is \(maximum)); set in full\(overflow)")
        }
        return lines
    }

    private static func points(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// The body's blocks. Walks the article twice: the first walk only records the paragraphs
    /// to set, which are then set all at once on every core (`ParagraphBatch`); the second walk
    /// builds the blocks, taking the results in the same order.
    mutating func bodyBlocks() throws(FontError) -> [FlowBlock] {
        recorded = []
        _ = try walkBody()
        let requests = recorded ?? []
        recorded = nil
        prepared = ParagraphBatch(paragraphs: paragraphs, cancellation: cancellation).typeset(requests).enumerated().map {
            (requests[$0], $1)
        }
        nextPrepared = 0
        defer { prepared = [] }
        return try walkBody()
    }

    private mutating func walkBody() throws(FontError) -> [FlowBlock] {
        var blocks: [FlowBlock] = []
        var previousWasParagraph = false
        for block in article.blocks {
            if cancellation.isCancelled { break }
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
                hyphenate: style.hyphenate, isBody: true))
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

    /// A figure is one fixed drawing, image and caption together, so they are never split.
    ///
    /// The image is scaled to the column, never beyond its natural size at
    /// `ImageAsset.naturalResolution`, and down further if image and caption would be taller than
    /// a column. A figure whose image is not in `images` (missing or broken file) becomes a grey
    /// placeholder box naming the file, followed by its caption. A caption longer than half a
    /// column is set as a separate block after the image so that it may break across pages.
    private mutating func appendFigure(_ figure: Figure, to blocks: inout [FlowBlock], indent: Double) throws(FontError) {
        let measure = style.columnWidth - indent
        let columnHeight = style.pageSize.height - style.margins.top - style.margins.bottom
        let caption = figure.caption.isEmpty ? [Span(figure.altText)] : figure.caption
        var captionStyle = style.meta
        captionStyle.italic = true
        var captionLines = caption.plainText.isEmpty
            ? [] : try set(caption, style: captionStyle, measure: measure, alignment: .left)
        var captionHeight = captionLines.reduce(0) { $0 + $1.leading }
        var separateCaption: [TypesetLine] = []
        if captionHeight > columnHeight / 2 {
            separateCaption = captionLines
            captionLines = []
            captionHeight = 0
        }
        let gap = captionLines.isEmpty ? 0 : style.meta.leading * 0.4
        let imageItems: [PageItem]
        let imageHeight: Double
        if let asset = images[figure.source], asset.pixelWidth > 0, asset.pixelHeight > 0 {
            let natural = asset.naturalSize
            let room = max(columnHeight - captionHeight - gap, columnHeight / 4)
            let scale = min(1, measure / natural.width, room / natural.height)
            let size = Size(width: natural.width * scale, height: natural.height * scale)
            let x = (measure - size.width) / 2
            imageItems = [.image(Rect(x: x, y: 0, width: size.width, height: size.height),
                                 ImageReference(source: figure.source, asset: asset))]
            imageHeight = size.height
        } else {
            imageHeight = style.body.leading * 6
            let label = try set([Span("image not available: \(figure.source)")], style: style.meta,
                                measure: max(measure - 12, style.meta.size * 4), alignment: .center)
            var items: [PageItem] = [.box(Rect(x: 0, y: 0, width: measure, height: imageHeight),
                                          stroke: .gray, fill: Color(red: 0.9, green: 0.9, blue: 0.9))]
            var labelY = max(0, (imageHeight - label.reduce(0) { $0 + $1.leading }) / 2)
            for line in label.prefix(5) {
                items += line.placed(x: 6, baseline: labelY + line.baselineOffset)
                labelY += line.leading
            }
            imageItems = items
        }
        var captionItems: [PageItem] = []
        var y = imageHeight + gap
        for line in captionLines {
            captionItems += line.placed(x: 0, baseline: y + line.baselineOffset)
            y += line.leading
        }
        let items = imageItems + captionItems
        var block = FlowBlock(lines: [])
        block.indent = blockX(indent)
        block.spaceBefore = style.body.leading * 0.5
        block.spaceAfter = separateCaption.isEmpty ? style.body.leading * 0.5 : 0
        block.fixed = FixedDrawing(height: y) { _ in items }
        blocks.append(block)
        if !separateCaption.isEmpty {
            var flow = FlowBlock(lines: separateCaption)
            flow.indent = blockX(indent)
            flow.spaceBefore = gap
            flow.spaceAfter = style.body.leading * 0.5
            blocks.append(flow)
        }
    }

    private var hyphenationMemo: HyphenationMemo?
    /// While `bodyBlocks` records: the paragraphs asked for so far.
    private var recorded: [ParagraphRequest]?
    /// While `bodyBlocks` builds: the recorded paragraphs, set, and the next one to hand out.
    /// Asked between paragraphs; once true the flow stops setting them (see `TypesetCancellation`).
    var cancellation = TypesetCancellation.never
    private var prepared: [(request: ParagraphRequest, result: Result<TypesetParagraph, FontError>)] = []
    private var nextPrepared = 0

    /// The article language's hyphenator, with its answers remembered for this document; asked
    /// for only when a paragraph first needs it (see `HyphenationMemo`).
    private mutating func memoizedHyphenator() -> HyphenationMemo {
        if let memo = hyphenationMemo { return memo }
        let (hyphenation, language) = (hyphenation, language)
        let memo = HyphenationMemo(resolving: { hyphenation(language) })
        hyphenationMemo = memo
        return memo
    }

    mutating func set(
        _ spans: [Span], style textStyle: TextStyle, measure: Double, firstIndent: Double = 0, alignment: Alignment,
        hyphenate: Bool = false, isBody: Bool = false
    ) throws(FontError) -> [TypesetLine] {
        let request = ParagraphRequest(
            spans: spans, style: textStyle, measure: measure, firstIndent: firstIndent, alignment: alignment,
            language: language, hyphenator: hyphenate ? memoizedHyphenator() : nil)
        if recorded != nil {
            recorded?.append(request)
            return []
        }
        let paragraph: TypesetParagraph
        if nextPrepared < prepared.count, prepared[nextPrepared].request.isSame(as: request) {
            paragraph = try prepared[nextPrepared].result.get()
            nextPrepared += 1
        } else {
            paragraph = try paragraphs.typeset(
                spans, style: textStyle, measure: measure, firstIndent: firstIndent, alignment: alignment,
                language: language, hyphenator: request.hyphenator, cancellation: cancellation)
        }
        for scalar in paragraph.missingScalars where seenMissing.insert(scalar).inserted {
            missingScalars.append(scalar)
        }
        if isBody {
            totalDemerits += paragraph.breaks.totalDemerits
            // The last line's ratio is the paragraph-end fill's, not the spaces'.
            largestAdjustmentRatio = max(largestAdjustmentRatio, paragraph.breaks.adjustmentRatios.dropLast().max() ?? 0)
        }
        if !paragraph.breaks.overfullLines.isEmpty {
            warnings.append("\(paragraph.breaks.overfullLines.count) line(s) run past the measure in “\(spans.plainText.prefix(40))…”")
        }
        return paragraph.lines
    }
}
