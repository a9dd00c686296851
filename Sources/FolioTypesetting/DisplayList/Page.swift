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
    public init(
        title: String, author: String? = nil, subject: String? = nil, keywords: String? = nil,
        creator: String, creationDate: String
    ) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.creationDate = creationDate
    }
}

/// The typeset article: every page, its outline and metadata. Plain values; renderers only read it.
public struct TypesetDocument: Sendable, Hashable, Codable {
    public var pages: [Page]
    public var outline: [OutlineEntry]
    public var metadata: DocumentMetadata
    /// Things a reader of the output should know (missing glyphs, overfull lines), one line each.
    public var warnings: [String]
    public init(pages: [Page], outline: [OutlineEntry], metadata: DocumentMetadata, warnings: [String] = []) {
        self.pages = pages
        self.outline = outline
        self.metadata = metadata
        self.warnings = warnings
    }
}
