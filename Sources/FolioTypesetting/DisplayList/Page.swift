/// Something drawn on a page.
public enum PageItem: Sendable, Hashable, Codable {
    /// Text.
    case glyphs(GlyphRun)
    /// A straight line (rules under headers, above footers, thematic breaks).
    case rule(from: Point, to: Point, thickness: Double, color: Color)
    /// A filled or stroked box (image placeholders).
    case box(Rect, stroke: Color?, fill: Color?)
    /// A clickable area pointing at a URL (a PDF link annotation).
    case link(Rect, url: String)
    /// An image scaled into the rectangle (figures).
    case image(Rect, ImageReference)
}

/// One laid-out page: the hand-off from typesetting to every renderer.
public struct Page: Sendable, Hashable, Codable {
    /// 1-based page number.
    public var number: Int
    public var size: Size
    public var items: [PageItem]
    public init(number: Int, size: Size, items: [PageItem] = []) {
        self.number = number
        self.size = size
        self.items = items
    }
}

/// A bookmark in the PDF's outline.
public struct OutlineEntry: Sendable, Hashable, Codable {
    public var title: String
    /// 1 for the article title, 2 for its top headings, and so on.
    public var level: Int
    /// 1-based page number the entry points at.
    public var page: Int
    /// Vertical position on that page.
    public var y: Double
    public init(title: String, level: Int, page: Int, y: Double) {
        self.title = title
        self.level = level
        self.page = page
        self.y = y
    }
}

/// Document information written into the PDF.
public struct DocumentMetadata: Sendable, Hashable, Codable {
    public var title: String
    public var author: String?
    public var subject: String?
    public var keywords: String?
    public var creator: String
    /// `YYYY-MM-DDThh:mm:ss` with `Z` or an offset: the publication time, never the clock,
    /// so the same article gives the same bytes.
    public var creationDate: String
    /// The text's language (BCP 47), for the PDF catalog's `/Lang`; nil when undetermined.
    public var language: String?
    public init(
        title: String, author: String? = nil, subject: String? = nil, keywords: String? = nil,
        creator: String, creationDate: String, language: String? = nil
    ) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.creationDate = creationDate
        self.language = language
    }
}

/// The typeset article: every page, its outline and metadata. Plain values; renderers only read it.
public struct TypesetDocument: Sendable, Hashable, Codable {
    public var pages: [Page]
    public var outline: [OutlineEntry]
    public var metadata: DocumentMetadata
    /// Things a reader of the output should know (missing glyphs, overfull lines), one line each.
    public var warnings: [String]
    /// How the page builder split blocks, so tests can check the typographic rules held.
    public var diagnostics: LayoutDiagnostics

    public init(
        pages: [Page], outline: [OutlineEntry], metadata: DocumentMetadata, warnings: [String] = [],
        diagnostics: LayoutDiagnostics = LayoutDiagnostics()
    ) {
        self.pages = pages
        self.outline = outline
        self.metadata = metadata
        self.warnings = warnings
        self.diagnostics = diagnostics
    }
}

/// A block broken across a column or page boundary.
public struct BlockSplit: Sendable, Hashable, Codable {
    public var linesBefore: Int
    public var linesAfter: Int
    /// The block's own limits.
    public var orphans: Int
    public var widows: Int
    /// True when the part started a column yet could not honour its limits (a block taller than
    /// a column), the one case where the rules give way.
    public var forced: Bool

    /// Whether the split left no orphan and no widow.
    public var isClean: Bool { forced || (linesBefore >= orphans && linesAfter >= widows) }
}

/// What the page builder did, for invariant checks (the display list does not show paragraphs).
public struct LayoutDiagnostics: Sendable, Hashable, Codable {
    public var splits: [BlockSplit] = []
    /// Headings left as the last thing in a column, cut off from their text.
    public var strandedHeadings = 0
    /// Sum of the line breaker's demerits over the body paragraphs: lower is better typesetting.
    public var totalDemerits: Double = 0
    /// The most any body line's spaces were stretched (adjustment ratio; 1 = fully stretched).
    public var largestAdjustmentRatio: Double = 0

    public init(
        splits: [BlockSplit] = [], strandedHeadings: Int = 0, totalDemerits: Double = 0, largestAdjustmentRatio: Double = 0
    ) {
        self.splits = splits
        self.strandedHeadings = strandedHeadings
        self.totalDemerits = totalDemerits
        self.largestAdjustmentRatio = largestAdjustmentRatio
    }
}
