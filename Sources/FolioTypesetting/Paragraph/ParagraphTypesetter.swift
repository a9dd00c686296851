import FolioFonts
import FolioModel

/// One paragraph, typeset: its lines and what went wrong on the way.
public struct TypesetParagraph: Sendable {
    public var lines: [TypesetLine]
    /// The breaker's verdict, for quality measurements (demerits, adjustment ratios).
    public var breaks: LineBreaks
    /// Characters no installed font covers.
    public var missingScalars: [Unicode.Scalar]
}

/// Sets one paragraph of styled text into lines of a given measure.
///
/// The stages run in pipeline order, each producing a value the next consumes:
/// collect → analyse → itemize and shape → segment → break → finalize.
public struct ParagraphTypesetter: Sendable {
    public let fonts: FontLibrary
    public let lineBreaker: any LineBreaker
    public let fallbackFamilies: [String]
    /// Words shaped once for the whole document (long articles only; see `WordShapes`).
    var wordShapes: WordShapes?

    public init(fonts: FontLibrary, lineBreaker: any LineBreaker, fallbackFamilies: [String]) {
        self.fonts = fonts
        self.lineBreaker = lineBreaker
        self.fallbackFamilies = fallbackFamilies
    }

    public func typeset(
        _ spans: [Span], style: TextStyle, measure: Double, firstIndent: Double = 0, alignment: Alignment,
        language: String?, hyphenator: (any Hyphenating)?, cancellation: TypesetCancellation = .never
    ) throws(FontError) -> TypesetParagraph {
        // Collect all text into one string, keeping each span's style.
        let text = ParagraphText(spans: spans, style: style)
        // Analyse: bidi levels, scripts, break opportunities, grapheme clusters.
        let analysis = ParagraphAnalysis(text: text.text, language: language)
        // A paragraph of megabytes takes seconds a stage: a render past its deadline stops
        // between stages and inside them (see `TypesetCancellation`).
        if cancellation.isCancelled { return .cancelled }
        // Itemize by font (with fallback per cluster), script and direction; shape each item.
        let selector = FontSelector(
            library: fonts, fallbackFamilies: fallbackFamilies, isSerif: Self.isSerif, language: language)
        let shaped = try ShapedParagraph(
            text: text, analysis: analysis, style: style, language: language, fonts: selector, wordShapes: wordShapes,
            cancellation: cancellation)
        // Segment into boxes, glue and penalties, with hyphenation points.
        if cancellation.isCancelled { return .cancelled }
        let expansion = alignment == .justify ? FontExpansion.standard : nil
        let items = ParagraphItems(
            shaped, measure: measure, firstIndent: firstIndent, expansion: expansion, hyphenator: hyphenator,
            cancellation: cancellation)
        if cancellation.isCancelled { return .cancelled }
        // Break into lines.
        guard let breaks = lineBreaker.breakLines(items.items, lineWidth: { _ in measure }, cancellation: cancellation)
        else { return .cancelled }
        // Finalize: justify, reorder for bidi, place glyphs.
        let builder = LineBuilder(
            shaped: shaped, items: items, measure: measure, alignment: alignment, leading: style.leading, size: style.size,
            reference: try fonts.face(family: style.family, bold: style.bold, italic: style.italic))
        let lines = builder.lines(from: breaks, cancellation: cancellation)
        if cancellation.isCancelled { return .cancelled }
        return TypesetParagraph(lines: lines, breaks: breaks, missingScalars: shaped.missingScalars)
    }

    /// Serif families get serif fallbacks, so a Chinese quotation in a serif text is set in Song, not Hei.
    static func isSerif(_ family: String) -> Bool {
        let lower = family.lowercased()
        return !["sans", "gothic", "hei", "mono"].contains { lower.containsUTF8($0) }
    }
}
