import FolioArchive
import FolioPipeline

extension ArchiveSubmission {
    /// What to archive for one render: the PDF, the input bytes, the layout file and the fonts used.
    init(rendered: RenderedArticle, source: ArticleSource) {
        self.init(article: rendered.article, pdf: rendered.pdf, source: source, layout: rendered.layout, fonts: rendered.fonts)
    }
}
