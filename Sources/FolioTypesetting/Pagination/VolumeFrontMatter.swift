import FolioModel

/// What a bound volume's cover says.
public struct VolumeCover: Sendable, Hashable {
    /// The collection's name (`5th World Internet Conference`).
    public var collection: String
    /// Publication dates of the earliest and the latest article.
    public var first: PublicationDate
    public var last: PublicationDate
    public var articleCount: Int
    public var pageCount: Int

    public init(collection: String, first: PublicationDate, last: PublicationDate, articleCount: Int, pageCount: Int) {
        self.collection = collection
        self.first = first
        self.last = last
        self.articleCount = articleCount
        self.pageCount = pageCount
    }

    /// `5–9 November 2018`.
    public var dateRange: String { DateFormatting.range(first, last) }
}

/// One line of a volume's table of contents.
public struct ContentsEntry: Sendable, Hashable {
    public var title: String
    public var published: PublicationDate
    /// The volume page the article starts on.
    public var page: Int
    /// The named destination on that page the line links to.
    public var destination: String

    public init(title: String, published: PublicationDate, page: Int, destination: String) {
        self.title = title
        self.published = published
        self.page = page
        self.destination = destination
    }
}

/// Typesets a bound volume's front matter (cover and contents) in an article layout's styles.
///
/// Each contents entry is exactly one line, so the contents' length follows from the number of
/// articles alone (`contentsPageCount`) and the page numbers it prints can be computed before
/// any article is drawn.
public struct VolumeFrontMatter: Sendable {
    public let style: LayoutStyle
    let paragraphs: ParagraphTypesetter

    public init(typesetter: DocumentTypesetter, style: LayoutStyle) {
        self.style = style
        paragraphs = ParagraphTypesetter(
            fonts: typesetter.fonts, lineBreaker: typesetter.lineBreaker, fallbackFamilies: style.fallbackFamilies)
    }

    var textWidth: Double { style.textWidth }
    var bottom: Double { style.pageSize.height - style.margins.bottom }

    /// Sets text in one style and places its lines from `y` down; returns the items and the new `y`.
    func lines(
        _ text: String, style textStyle: TextStyle, x: Double, y: Double, measure: Double, alignment: Alignment
    ) throws(FontError) -> (items: [PageItem], y: Double, count: Int) {
        guard !text.isEmpty else { return ([], y, 0) }
        let paragraph = try paragraphs.typeset(
            [Span(text)], style: textStyle, measure: measure, alignment: alignment, language: nil, hyphenator: nil)
        var items: [PageItem] = []
        var y = y
        for line in paragraph.lines {
            items += line.placed(x: x, baseline: line.baseline(top: y))
            y += line.leading
        }
        return (items, y, paragraph.lines.count)
    }

    /// The layout's footer with volume page numbers, for front-matter pages.
    func footer(page: Int, of pages: Int, title: String) throws(FontError) -> [PageItem] {
        guard !style.footer.isEmpty else { return [] }
        let text = style.footer
            .replacingAll("{publication}", with: style.publication)
            .replacingAll("{section}", with: "")
            .replacingAll("{title}", with: title)
            .replacingAll("{page}", with: String(page))
            .replacingAll("{pages}", with: String(pages))
        // The same baseline as an article's footer (see `RunningHeads`).
        let footerStyle = style.headerFooter
        let baseline = bottom + footerStyle.leading * 2
        let top = baseline - (footerStyle.leading - footerStyle.size) / 2 - footerStyle.size * 0.8
        return try lines(text, style: style.headerFooter, x: style.margins.left, y: top, measure: textWidth,
                         alignment: .center).items
    }
}
