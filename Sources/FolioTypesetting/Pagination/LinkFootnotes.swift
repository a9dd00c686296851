import FolioModel

/// The `links: footnotes` layout option, as a rewrite of the article before it is set: a
/// number after each linked text and a "Links" list at the end, so a printed page keeps the
/// addresses a reader cannot click. The linked text stays a link annotation as well.
///
/// Numbers follow first appearance; a URL linked again reuses its number. Only web and mail
/// addresses are listed; in-page anchors and scripts are not addresses a reader can type.
struct LinkFootnotes {
    private(set) var urls: [String] = []
    private var numbers: [String: Int] = [:]

    /// The article with markers and, if it has any links, the list at the end.
    static func apply(to article: Article) -> Article {
        var notes = LinkFootnotes()
        var result = article
        result.blocks = article.blocks.map { notes.mark($0) }
        guard !notes.urls.isEmpty else { return article }
        result.blocks.append(.heading(level: 2, [Span("Links")]))
        result.blocks.append(.list(ordered: true, items: notes.urls.map { [.paragraph([Span($0, link: $0)])] }))
        return result
    }

    private mutating func mark(_ block: Block) -> Block {
        switch block {
        case .paragraph(let spans): return .paragraph(mark(spans))
        case .heading(let level, let spans): return .heading(level: level, mark(spans))
        case .blockQuote(let inner): return .blockQuote(inner.map { mark($0) })
        case .list(let ordered, let items): return .list(ordered: ordered, items: items.map { $0.map { mark($0) } })
        case .figure(var figure):
            figure.caption = mark(figure.caption)
            return .figure(figure)
        case .rule: return .rule
        }
    }

    /// Inserts ` [n]` after each run of spans sharing one listed link.
    private mutating func mark(_ spans: [Span]) -> [Span] {
        var result: [Span] = []
        for (index, span) in spans.enumerated() {
            result.append(span)
            guard let url = span.link, Self.isListed(url) else { continue }
            let next = index + 1 < spans.count ? spans[index + 1].link : nil
            guard next != url else { continue }
            result.append(Span("\u{00A0}[\(number(for: url))]", style: span.style.subtracting(.code)))
        }
        return result
    }

    private mutating func number(for url: String) -> Int {
        if let known = numbers[url] { return known }
        urls.append(url)
        numbers[url] = urls.count
        return urls.count
    }

    private static func isListed(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:")
            || lower.hasPrefix("ftp://") || lower.hasPrefix("www.")
    }
}
