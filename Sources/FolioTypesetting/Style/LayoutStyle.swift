/// A page design, resolved: everything typesetting needs to know about how pages should look.
///
/// Values come from a human-edited layout file (see `FolioLayouts`); lengths are in points.
public struct LayoutStyle: Sendable, Hashable, Codable {
    /// Short name (`a4`, `letter`), shown by `folio layouts`.
    public var name: String
    /// Publication name printed above the title and in the running header.
    public var publication: String
    public var pageSize: Size
    public var margins: Margins
    /// Number of text columns.
    public var columns: Int
    /// Gap between columns.
    public var columnGap: Double
    /// Whether the last page's columns are evened out (true, newspaper and `multicol` style)
    /// or filled one after the other, leaving the last short.
    public var balanceColumns: Bool = true
    /// Body text.
    public var body: TextStyle
    /// The article title.
    public var title: TextStyle
    /// Section and date lines under the title.
    public var meta: TextStyle
    /// Headings inside the body, level 1 first; the last entry serves deeper levels too.
    public var headings: [TextStyle]
    /// Running header and footer.
    public var headerFooter: TextStyle
    /// Justified or ragged body text.
    public var alignment: Alignment
    /// First-line indent of paragraphs that follow a paragraph.
    public var paragraphIndent: Double
    /// Extra space between paragraphs.
    public var paragraphSpacing: Double
    /// Whether body text may be hyphenated.
    public var hyphenate: Bool
    /// Fewest lines of a paragraph left alone at the bottom of a page.
    public var orphans: Int
    /// Fewest lines of a paragraph carried alone to the top of a page.
    public var widows: Int
    /// Header template; `{publication}`, `{section}`, `{title}`, `{page}`, `{pages}` are replaced.
    public var header: String
    /// Footer template, same placeholders (`Page {page} of {pages}`).
    public var footer: String
    /// Font families tried, in order, for characters the style's own family lacks.
    public var fallbackFamilies: [String]
    /// How links are shown: clickable only, or also numbered with their URLs listed at the end.
    public var links: LinkStyle = .annotations
    /// Most lines the title is set in at its own size (`title.max-lines`); a longer title is set
    /// smaller, down to the body's size, and beyond that continues over pages.
    public var titleMaxLines: Int = LayoutStyle.defaultTitleMaxLines
    public static let defaultTitleMaxLines = 6

    public init(
        name: String, publication: String, pageSize: Size, margins: Margins, columns: Int, columnGap: Double,
        body: TextStyle, title: TextStyle, meta: TextStyle, headings: [TextStyle], headerFooter: TextStyle,
        alignment: Alignment, paragraphIndent: Double, paragraphSpacing: Double, hyphenate: Bool,
        orphans: Int, widows: Int, header: String, footer: String, fallbackFamilies: [String],
        links: LinkStyle = .annotations, balanceColumns: Bool = true, titleMaxLines: Int = LayoutStyle.defaultTitleMaxLines
    ) {
        self.titleMaxLines = titleMaxLines
        self.name = name
        self.publication = publication
        self.pageSize = pageSize
        self.margins = margins
        self.columns = columns
        self.columnGap = columnGap
        self.body = body
        self.title = title
        self.meta = meta
        self.headings = headings
        self.headerFooter = headerFooter
        self.alignment = alignment
        self.paragraphIndent = paragraphIndent
        self.paragraphSpacing = paragraphSpacing
        self.hyphenate = hyphenate
        self.orphans = orphans
        self.widows = widows
        self.header = header
        self.footer = footer
        self.fallbackFamilies = fallbackFamilies
        self.links = links
        self.balanceColumns = balanceColumns
    }

    /// Width between the side margins: the text area, across every column.
    public var textWidth: Double { pageSize.width - margins.left - margins.right }

    /// Width of one text column.
    public var columnWidth: Double {
        (textWidth - columnGap * Double(columns - 1)) / Double(columns)
    }

    /// The heading style for a level (1-based), reusing the deepest defined one below that.
    public func heading(level: Int) -> TextStyle {
        headings[min(max(level, 1), headings.count) - 1]
    }
}

/// Page margins in points.
public struct Margins: Sendable, Hashable, Codable {
    public var top: Double
    public var right: Double
    public var bottom: Double
    public var left: Double
    public init(top: Double, right: Double, bottom: Double, left: Double) {
        self.top = top
        self.right = right
        self.bottom = bottom
        self.left = left
    }
}

/// How links appear in print.
public enum LinkStyle: String, Sendable, Hashable, Codable, CaseIterable {
    /// PDF link annotations only: the text looks as written and is clickable on screen.
    case annotations
    /// Also a number after each linked text (`[1]`) and a "Links" list of the URLs at the end
    /// of the article, for readers of paper, who cannot click.
    case footnotes
}

/// How lines fill the measure.
public enum Alignment: String, Sendable, Hashable, Codable, CaseIterable {
    /// Flush left and right, spaces stretched evenly.
    case justify
    /// Flush left, ragged right.
    case left
    /// Flush right, ragged left.
    case right
    /// Centred.
    case center
}

/// A font family, face and size with its line spacing.
public struct TextStyle: Sendable, Hashable, Codable {
    /// Fontconfig family name, e.g. `Noto Serif`.
    public var family: String
    public var size: Double
    /// Distance between baselines, in points.
    public var leading: Double
    public var bold: Bool
    public var italic: Bool
    public var color: Color
    /// Space before a block in this style.
    public var spaceBefore: Double
    /// Space after a block in this style.
    public var spaceAfter: Double

    public init(
        family: String, size: Double, leading: Double, bold: Bool = false, italic: Bool = false,
        color: Color = .black, spaceBefore: Double = 0, spaceAfter: Double = 0
    ) {
        self.family = family
        self.size = size
        self.leading = leading
        self.bold = bold
        self.italic = italic
        self.color = color
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
    }
}
