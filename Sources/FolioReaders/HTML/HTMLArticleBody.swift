import FolioHTMLParsing
import FolioModel

/// The article body of a news page as blocks, with the site's chrome left out.
///
/// The body is the first of: `itemprop="articleBody"`, the `<article>` with the most text, an
/// element whose class names an article body, `<main>`, the element holding the most paragraph
/// text, `<body>`. Inside it, navigation, headers, footers, asides, forms, scripts, styles,
/// share/comment/related boxes and `javascript:` links (print and close buttons) are skipped.
/// Tables become one paragraph per row, cells separated by " | ".
struct HTMLArticleBody {
    private(set) var blocks: [Block] = []
    /// Block texts that are not body text even when inside the body (title, date line, breadcrumb).
    private let consumed: Set<String>

    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
        "input", "select", "textarea", "iframe", "svg", "canvas", "video", "audio", "object", "embed",
        "menu", "dialog", "head", "title", "meta", "link",
    ]
    static let chromeWords: Set<String> = [
        "share", "sharing", "social", "comment", "comments", "related", "advert", "advertisement", "ad", "ads",
        "promo", "newsletter", "breadcrumb", "breadcrumbs", "crumb", "toolbar", "print", "nav", "navigation",
        "menu", "footer", "sidebar", "hidden", "byline", "dateline",
    ]
    static let bodyWords: Set<String> = ["articlebody", "article", "story", "entry", "post", "content", "text", "body"]

    init(root: HTMLElement, all: [HTMLElement], consumed: Set<String>) {
        self.consumed = consumed
        blocks = flow(Self.bodyElement(all) ?? root)
    }

    static func bodyElement(_ all: [HTMLElement]) -> HTMLElement? {
        if let marked = all.first(where: { $0.attribute("itemprop") == "articleBody" }) { return marked }
        let articles = all.filter { $0.name == "article" }
        if let article = mostParagraphText(articles)?.element { return article }
        if let named = all.first(where: { ["div", "section"].contains($0.name) && paragraphText($0) > 0
                && !$0.classWords.isDisjoint(with: bodyWords) && $0.classWords.isDisjoint(with: chromeWords) }) {
            return named
        }
        if let main = all.first(where: { $0.name == "main" }) { return main }
        if let best = mostParagraphText(all), best.count > 0 { return best.element }
        return all.first { $0.name == "body" }
    }

    /// The element with the most paragraph text, each counted once (found by fuzzing: `max(by:)`
    /// recounting the leader at every comparison made 20,000 empty `<p>`s take minutes).
    private static func mostParagraphText(_ elements: [HTMLElement]) -> (element: HTMLElement, count: Int)? {
        var best: (element: HTMLElement, count: Int)?
        for element in elements {
            let count = paragraphText(element)
            if count > (best?.count ?? -1) { best = (element, count) }
        }
        return best
    }

    /// Bytes of text in direct `<p>` children, white space not counted: where the prose is.
    /// (libxml2 wraps a long run of blanks after `</html>` in an implied `<p>`, which must not win.)
    private static func paragraphText(_ element: HTMLElement) -> Int {
        element.elements.filter { $0.name == "p" }.reduce(0) { total, paragraph in
            total + paragraph.textContent.utf8.reduce(0) { $1 > 0x20 ? $0 + 1 : $0 }
        }
    }

    private func isSkipped(_ element: HTMLElement) -> Bool {
        Self.skippedElements.contains(element.name) || !element.classWords.isDisjoint(with: Self.chromeWords)
            || element.attribute("hidden") != nil || element.attribute("aria-hidden") == "true"
            || (element.attribute("style") ?? "").replacingSpaces.contains("display:none")
            || (element.name == "a" && (element.attribute("href") ?? "").lowercased().hasPrefix("javascript:"))
    }

    /// Block-level content: block elements become blocks, runs of inline content paragraphs.
    private func flow(_ element: HTMLElement) -> [Block] {
        var result: [Block] = []
        var inline = SpanBuilder(collapsesWhitespace: true)
        func flushInline() { append(.paragraph(inline.take()), to: &result) }
        for child in element.children {
            switch child {
            case .text(let text):
                inline.append(text)
            case .element(let child) where isSkipped(child):
                continue
            case .element(let child) where Self.isInline(child):
                // An image among inline content ends the paragraph so far: `inlines` hands back
                // that text as a paragraph before the figure (a closure touching `inline` and
                // `result` here would overlap their inout accesses, which traps at run time).
                var pieces: [Block] = []
                inlines(child, style: [], link: nil, into: &inline, figures: &pieces, splitsAtImages: true)
                for piece in pieces {
                    if case .figure = piece { result.append(piece) } else { append(piece, to: &result) }
                }
            case .element(let child):
                flushInline()
                block(child, into: &result)
            }
        }
        flushInline()
        return result
    }

    private func block(_ element: HTMLElement, into result: inout [Block]) {
        switch element.name {
        case "p", "dt", "dd", "caption", "address", "center":
            var builder = SpanBuilder(collapsesWhitespace: true)
            var figures: [Block] = []
            inlines(element, style: element.name == "dt" ? .strong : [], link: nil, into: &builder, figures: &figures)
            append(.paragraph(builder.take()), to: &result)
            result += figures
        case "h1", "h2", "h3", "h4", "h5", "h6":
            var builder = SpanBuilder(collapsesWhitespace: true)
            var figures: [Block] = []
            inlines(element, style: [], link: nil, into: &builder, figures: &figures)
            append(.heading(level: Int(String(element.name.dropFirst())) ?? 2, builder.take()), to: &result)
        case "blockquote":
            let inner = flow(element)
            if !inner.isEmpty { result.append(.blockQuote(inner)) }
        case "ul", "ol":
            let items = element.elements.filter { $0.name == "li" && !isSkipped($0) }.map(flow).filter { !$0.isEmpty }
            if !items.isEmpty { result.append(.list(ordered: element.name == "ol", items: items)) }
        case "pre":
            var code = element.textContent
            while code.hasSuffix("\n") { code.removeLast() }
            if !code.isBlank { result.append(.paragraph([Span(code, style: .code)])) }
        case "hr":
            result.append(.rule)
        case "figure":
            let caption: [Span] = element.descendants.first { $0.name == "figcaption" }.map { captionElement -> [Span] in
                var builder = SpanBuilder(collapsesWhitespace: true)
                var ignored: [Block] = []
                inlines(captionElement, style: [], link: nil, into: &builder, figures: &ignored)
                return builder.take()
            } ?? []
            if let image = element.descendants.first(where: { $0.name == "img" }), let source = image.attribute("src") {
                result.append(.figure(Figure(source: source, altText: image.attribute("alt") ?? "", caption: caption)))
            } else {
                append(.paragraph(caption), to: &result)
            }
        case "table":
            for row in element.descendants where row.name == "tr" {
                var builder = SpanBuilder(collapsesWhitespace: true)
                for (index, cell) in row.elements.filter({ $0.name == "td" || $0.name == "th" }).enumerated() {
                    if index > 0 { builder.append(" | ") }
                    var ignored: [Block] = []
                    inlines(cell, style: cell.name == "th" ? .strong : [], link: nil, into: &builder, figures: &ignored)
                    builder.append(" ")
                }
                append(.paragraph(builder.take()), to: &result)
            }
        default:
            result += flow(element)
        }
    }

    private func inlines(
        _ element: HTMLElement, style: InlineStyle, link: String?, into builder: inout SpanBuilder,
        figures: inout [Block], splitsAtImages: Bool = false
    ) {
        var style = style
        var link = link
        switch element.name {
        case "em", "i", "cite", "dfn", "var": style.insert(.emphasis)
        case "strong", "b": style.insert(.strong)
        case "code", "kbd", "samp", "tt": style.insert(.code)
        case "a":
            if let href = element.attribute("href")?.trimmedSpace, !href.isEmpty, !href.hasPrefix("#") { link = href }
        case "br":
            builder.append("\n", style: style, link: link, verbatim: true)
            return
        case "img":
            guard let source = element.attribute("src") else { return }
            if splitsAtImages { figures.append(.paragraph(builder.take())) }
            figures.append(.figure(Figure(source: source, altText: element.attribute("alt") ?? "")))
            return
        default: break
        }
        for child in element.children {
            switch child {
            case .text(let text): builder.append(text, style: style, link: link)
            case .element(let child) where isSkipped(child): continue
            case .element(let child): inlines(child, style: style, link: link, into: &builder, figures: &figures, splitsAtImages: splitsAtImages)
            }
        }
    }

    /// Appends a text block unless it is empty, page chrome, or metadata printed elsewhere.
    private func append(_ block: Block, to result: inout [Block]) {
        let text = block.plainText.trimmedSpace
        guard !text.isEmpty, !PageChrome.isChromeLine(text), !consumed.contains(text) else { return }
        result.append(block)
    }

    static func isInline(_ element: HTMLElement) -> Bool {
        [
            "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "font", "i", "img", "kbd", "mark",
            "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "label",
        ].contains(element.name)
    }
}

extension String {
    fileprivate var replacingSpaces: String { String(unicodeScalars.filter { $0 != " " }.map(Character.init)).lowercased() }
}
