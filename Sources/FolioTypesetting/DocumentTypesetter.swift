import FolioFonts
import FolioModel

/// Article + layout style → pages: the whole typesetting stage.
///
/// Pure with respect to the outside world: fonts come in through `FontLibrary`, hyphenation
/// through `hyphenation`, and the result is a plain `TypesetDocument` for any renderer.
public struct DocumentTypesetter: Sendable {
    public let fonts: FontLibrary
    public let lineBreaker: any LineBreaker
    /// The hyphenator for a language tag, or `nil` where there is none.
    public let hyphenation: @Sendable (String) -> (any Hyphenating)?
    /// Name and version written as the PDF's Creator.
    public let creator: String
    /// The publication date as the article's language writes it (`2018年11月9日 11:11`), or
    /// `nil` for Folio's own English form (`9 November 2018, 11:11`). Not asked for English
    /// articles, which always get that form. Comes from outside because locale data belongs
    /// to the platform, not to the typesetter.
    public let localizedDate: @Sendable (PublicationDate, _ language: String) -> String?
    /// The footer's "Page X of Y" wording and digits in a language, or `nil` for English (not
    /// asked for English articles). Comes from outside for the same reason as ``localizedDate``.
    public let pageWording: @Sendable (_ language: String) -> PageWording?

    public init(
        fonts: FontLibrary, lineBreaker: any LineBreaker, creator: String,
        hyphenation: @escaping @Sendable (String) -> (any Hyphenating)?,
        localizedDate: @escaping @Sendable (PublicationDate, _ language: String) -> String? = { _, _ in nil },
        pageWording: @escaping @Sendable (_ language: String) -> PageWording? = { _ in nil }
    ) {
        self.fonts = fonts
        self.lineBreaker = lineBreaker
        self.creator = creator
        self.hyphenation = hyphenation
        self.localizedDate = localizedDate
        self.pageWording = pageWording
    }

    /// Lays out an article.
    ///
    /// - Parameters:
    ///   - images: each figure's image by its source path, as loaded by the caller; a figure
    ///     whose source is absent is drawn as a placeholder box with its caption.
    ///   - numbering: places the article inside a volume (page numbers and header).
    ///   - hyphenation: hyphenators for this article only, instead of ``hyphenation``.
    ///   - cancellation: asked between paragraphs and blocks; once it answers true the result
    ///     is incomplete and must be discarded (see `TypesetCancellation`).
    public func typeset(
        _ article: Article, style: LayoutStyle, images: [String: ImageAsset] = [:], numbering: PageNumbering = .standalone,
        hyphenation: (@Sendable (String) -> (any Hyphenating)?)? = nil, cancellation: TypesetCancellation = .never
    ) throws(FontError) -> TypesetDocument {
        let article = style.links == .footnotes ? LinkFootnotes.apply(to: article) : article
        var paragraphs = ParagraphTypesetter(
            fonts: fonts, lineBreaker: lineBreaker, fallbackFamilies: style.fallbackFamilies)
        if article.plainBody.utf8.count >= WordShapes.worthwhileBytes { paragraphs.wordShapes = WordShapes() }
        var flow = ArticleFlow(
            article: article, style: style, paragraphs: paragraphs, hyphenation: hyphenation ?? self.hyphenation,
            localizedDate: localizedDate)
        flow.images = images
        flow.cancellation = cancellation
        // Lay out the title block and the body into blocks of lines.
        let title = try flow.titleBlock()
        let body = try flow.bodyBlocks()
        // Pour the blocks into columns and pages.
        var builder = PageBuilder(style: style, rightToLeft: flow.isRightToLeft)
        builder.placeSpanning(title)
        for (index, block) in body.enumerated() {
            if cancellation.isCancelled { break }
            builder.place(block, following: body[(index + 1)...])
        }
        // End the article with even columns.
        builder.balanceLastPage()
        // Running header and footer need the page count, so they come last.
        var pages = builder.pages
        var heads = RunningHeads(style: style, article: article, paragraphs: paragraphs, numbering: numbering)
        // An article on its own has its language's footer; in a bound volume the page numbers
        // belong to the volume and keep the layout's one wording throughout.
        if numbering.totalPages == nil, let language = article.language, ParagraphAnalysis.primarySubtag(of: language) != "en" {
            heads.wording = pageWording(language)
        }
        for (index, items) in try heads.items(pages: pages.count).enumerated() {
            pages[index].items += items
        }
        var warnings = flow.warnings
        if !flow.missingScalars.isEmpty {
            let names = flow.missingScalars.prefix(12).map(\.codePointName).joined(separator: ", ")
            let more = flow.missingScalars.count > 12 ? " and \(flow.missingScalars.count - 12) more" : ""
            warnings.append("no installed font has \(names)\(more); drawn as missing-glyph boxes")
        }
        return TypesetDocument(
            pages: pages, outline: builder.outline, metadata: metadata(article, style: style), warnings: warnings,
            diagnostics: LayoutDiagnostics(
                splits: builder.splits, strandedHeadings: builder.strandedHeadings, totalDemerits: flow.totalDemerits,
                largestAdjustmentRatio: flow.largestAdjustmentRatio))
    }

    private func metadata(_ article: Article, style: LayoutStyle) -> DocumentMetadata {
        let date = article.published.utcOffsetSeconds == nil ? article.published.iso8601 + "Z" : article.published.inUTC.iso8601
        return DocumentMetadata(
            title: article.title,
            author: article.byline ?? article.section ?? style.publication,
            subject: [style.publication, article.section].compactMap { $0 }.joined(separator: " — "),
            keywords: article.section,
            creator: creator,
            creationDate: date,
            language: article.language.flatMap { $0 == "und" || $0.isEmpty ? nil : $0 })
    }
}

extension Unicode.Scalar {
    /// `U+1F600`, as warnings name characters.
    var codePointName: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
