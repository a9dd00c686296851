import FolioModel

/// What rendering one article produced: the PDF (or PNG pages) and what it was made from.
public struct RenderedArticle: Sendable {
    /// The article as read.
    public var article: Article
    /// The output file's bytes: one PDF, or one PNG per page for `.png`.
    public var files: [[UInt8]]
    public var pageCount: Int
    /// The layout used, with the exact bytes of its file (the archive stores them).
    public var layout: LoadedLayout
    /// One line each, already naming the input (missing glyphs, overfull lines).
    public var warnings: [String]
    /// The fonts drawn with: "Family Style" → version string.
    public var fonts: [String: String]
    /// The bytes of the figures' images that were drawn, by figure source (the archive stores them).
    public var images: [String: [UInt8]]

    /// The PDF bytes (the first file).
    public var pdf: [UInt8] { files.first ?? [] }

    public init(
        article: Article, files: [[UInt8]], pageCount: Int, layout: LoadedLayout, warnings: [String],
        fonts: [String: String] = [:], images: [String: [UInt8]] = [:]
    ) {
        self.fonts = fonts
        self.images = images
        self.article = article
        self.files = files
        self.pageCount = pageCount
        self.layout = layout
        self.warnings = warnings
    }
}

/// The output format of a render.
public enum OutputFormat: String, Sendable, CaseIterable {
    case pdf
    case png
}
