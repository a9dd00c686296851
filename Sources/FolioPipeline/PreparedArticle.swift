import FolioLayouts
import FolioModel
import FolioReaders
import FolioTypesetting

/// An article read and ready to typeset: what `ArticleRenderer.prepare` hands to
/// `ArticleRenderer.render(_:format:strict:)`, and what a render started ahead of time
/// (`ArticlePrefetch`) keeps until it is asked for.
public struct PreparedArticle: Sendable {
    public let source: ArticleSource
    let article: Article
    let layout: LoadedLayout
    /// The article's own hyphenation, loading on another thread (`rendersOneArticle`).
    let hyphenation: (@Sendable (String) -> (any Hyphenating)?)?
}
