import FolioArchive
import FolioPipeline

extension ArchiveSubmission {
    /// What to archive for one render: the PDF, the input bytes and the layout file used.
    init(rendered: RenderedArticle, source: ArticleSource) {
        self.init(
            article: rendered.article, pdf: rendered.pdf,
            input: ArchivedFile(name: source.displayName, bytes: source.bytes),
            layout: ArchivedFile(name: rendered.layout.fileName, bytes: rendered.layout.bytes),
            renderer: "folio \(FolioVersion.string)")
    }
}
