import FolioArchive

extension ArchiveSubmission {
    /// What the archive keeps of one rendered article: the PDF, the input's bytes, the layout
    /// file, the fonts used and the images drawn (by figure source). `archive add`,
    /// `archive rerender` and `batch --archive` all build it here, so the same article gives the
    /// same submission (and adds nothing the second time) either way.
    public init(
        article: Article, pdf: [UInt8], source: ArticleSource, layout: LoadedLayout, fonts: [String: String],
        images: [String: [UInt8]] = [:]
    ) {
        self.init(
            article: article, pdf: pdf, input: ArchivedFile(name: source.displayName, bytes: source.bytes),
            layout: ArchivedFile(name: layout.fileName, bytes: layout.bytes), renderer: Self.renderer, fonts: fonts,
            images: images.reduce(into: [:]) { $0[$1.key] = ArchivedFile(name: $1.key, bytes: $1.value) })
    }

    /// What to archive for one render of `source`.
    public init(rendered: RenderedArticle, source: ArticleSource) {
        self.init(
            article: rendered.article, pdf: rendered.pdf, source: source, layout: rendered.layout, fonts: rendered.fonts,
            images: rendered.images)
    }

    /// The renderer named in every archived version.
    public static let renderer = "folio \(FolioVersion.string)"
}
