import FolioMarkdownParsing
import FolioModel

/// Reads CommonMark with optional YAML front matter (see `FrontMatter`).
///
/// Without a front-matter title, a first `# Heading` is the title; without a front-matter date,
/// a timestamp paragraph right after the title (the seed's shape) is the date. Body headings are
/// renumbered so the highest one is level 1. Raw HTML blocks and inline HTML are dropped: they
/// are markup for browsers, not text for print.
public struct MarkdownReader: ArticleReader {
    public init() {}

    public func read(_ bytes: [UInt8]) throws(ReaderError) -> Article {
        let (frontMatter, body) = try FrontMatter.split(SourceText(bytes).text)
        var blocks = MarkdownBlocks(document: MarkdownParser.parse(body)).blocks

        var title = frontMatter?.title
        if title == nil, case .heading(1, let spans)? = blocks.first {
            title = spans.plainText.trimmedSpace
            blocks.removeFirst()
        }
        guard let title, !title.isEmpty else { throw .noTitle }

        let published: PublicationDate
        if let date = frontMatter?.date {
            published = try PublicationDate(reading: date, at: "front matter 'date'")
        } else if case .paragraph(let spans)? = blocks.first, ScrapedPageReader.startsLikeDate(spans.plainText) {
            published = try PublicationDate(reading: spans.plainText, at: "the paragraph after the title")
            blocks.removeFirst()
        } else {
            throw .noDate(hint: "add 'date: 2018-11-09 11:11:21' to the front matter")
        }

        let topLevel = blocks.lazy.compactMap(\.headingLevel).min() ?? 1
        return Article(
            title: title, section: frontMatter?.section, published: published, byline: frontMatter?.byline,
            language: frontMatter?.language, sourceURL: frontMatter?.url,
            blocks: blocks.map { $0.shiftingHeadings(by: topLevel - 1) })
    }
}

extension Block {
    /// The level of a heading block, nil for others.
    var headingLevel: Int? {
        if case .heading(let level, _) = self { return level }
        return nil
    }

    /// The block with heading levels lowered by `shift` (never below 1), nested blocks included.
    func shiftingHeadings(by shift: Int) -> Block {
        guard shift > 0 else { return self }
        switch self {
        case .heading(let level, let spans): return .heading(level: max(1, level - shift), spans)
        case .blockQuote(let blocks): return .blockQuote(blocks.map { $0.shiftingHeadings(by: shift) })
        case .list(let ordered, let items):
            return .list(ordered: ordered, items: items.map { $0.map { $0.shiftingHeadings(by: shift) } })
        default: return self
        }
    }
}
