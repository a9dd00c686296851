import FolioArchive

extension ArchiveSubmission {
    /// What the archive keeps of one rendered article: the PDF, the input's bytes, the layout
    /// file and the fonts used. `archive add` and `batch --archive` both build it here, so the
    /// same article gives the same submission (and adds nothing the second time) either way.
    public init(article: Article, pdf: [UInt8], source: ArticleSource, layout: LoadedLayout, fonts: [String: String]) {
        self.init(
            article: article, pdf: pdf, input: ArchivedFile(name: source.displayName, bytes: source.bytes),
            layout: ArchivedFile(name: layout.fileName, bytes: layout.bytes), renderer: Self.renderer, fonts: fonts)
    }

    /// The renderer named in every archived version.
    public static let renderer = "folio \(FolioVersion.string)"
}
