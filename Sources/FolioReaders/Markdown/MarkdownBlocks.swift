import FolioMarkdownParsing
import FolioModel

/// A cmark tree mapped to article blocks, headings at their Markdown level.
///
/// An image becomes a `.figure` out of the paragraph that holds it; its caption is the image's
/// title (`![alt](photo.jpg "Caption")`) or, failing that, an emphasised line right after it
/// (`*Caption*`). Code blocks become monospaced paragraphs; soft line breaks become spaces and
/// hard ones `\n`.
struct MarkdownBlocks {
    private(set) var blocks: [Block] = []

    init(document: MarkdownNode) {
        blocks = Self.blocks(document.children)
    }

    private static func blocks(_ nodes: [MarkdownNode]) -> [Block] {
        var result: [Block] = []
        var strayInlines: [MarkdownNode] = []
        for node in nodes {
            // Inlines directly in a container happen only where the parser flattened deep nesting.
            if node.isInline {
                strayInlines.append(node)
                continue
            } else if !strayInlines.isEmpty {
                result += paragraph(strayInlines)
                strayInlines = []
            }
            switch node.kind {
            case .paragraph:
                result += paragraph(node.children)
            case .heading(let level):
                var builder = SpanBuilder()
                inlines(node.children, style: [], link: nil, into: &builder)
                let spans = builder.take()
                if !spans.isEmpty { result.append(.heading(level: level, spans)) }
            case .blockQuote:
                let inner = blocks(node.children)
                if !inner.isEmpty { result.append(.blockQuote(inner)) }
            case .list(let ordered, _):
                let items = node.children.map { blocks($0.children) }
                if !items.isEmpty { result.append(.list(ordered: ordered, items: items)) }
            case .codeBlock:
                var code = node.literal
                while code.hasSuffix("\n") { code.removeLast() }
                if !code.isEmpty { result.append(.paragraph([Span(code, style: .code)])) }
            case .thematicBreak:
                result.append(.rule)
            case .htmlBlock:
                continue
            default:
                result += blocks(node.children)
            }
        }
        if !strayInlines.isEmpty { result += paragraph(strayInlines) }
        return result
    }

    /// A paragraph's inlines, split into paragraphs and figures.
    private static func paragraph(_ nodes: [MarkdownNode]) -> [Block] {
        var result: [Block] = []
        var builder = SpanBuilder()
        func flush() {
            let spans = builder.take()
            if !spans.isEmpty { result.append(.paragraph(spans)) }
        }
        var index = 0
        while index < nodes.count {
            let node = nodes[index]
            index += 1
            guard case .image(let url, let title) = node.kind else {
                inlines([node], style: [], link: nil, into: &builder)
                continue
            }
            flush()
            var caption = title.isEmpty ? [] : [Span(title)]
            var next = index
            while next < nodes.count, nodes[next].isBreakOrSpace { next += 1 }
            if caption.isEmpty, next < nodes.count, nodes[next].kind == .emphasis {
                var captionBuilder = SpanBuilder()
                inlines(nodes[next].children, style: [], link: nil, into: &captionBuilder)
                caption = captionBuilder.take()
                index = next + 1
            }
            result.append(.figure(Figure(source: url, altText: plainText(node.children), caption: caption)))
        }
        flush()
        return result
    }

    private static func inlines(_ nodes: [MarkdownNode], style: InlineStyle, link: String?, into builder: inout SpanBuilder) {
        for node in nodes {
            switch node.kind {
            case .text: builder.append(node.literal, style: style, link: link)
            case .softBreak: builder.append(" ", style: style, link: link)
            case .lineBreak: builder.append("\n", style: style, link: link)
            case .code: builder.append(node.literal, style: style.union(.code), link: link)
            case .emphasis: inlines(node.children, style: style.union(.emphasis), link: link, into: &builder)
            case .strong: inlines(node.children, style: style.union(.strong), link: link, into: &builder)
            case .link(let url, _): inlines(node.children, style: style, link: url.isEmpty ? link : url, into: &builder)
            case .image: builder.append(plainText(node.children), style: style, link: link)
            case .htmlInline: continue
            default: inlines(node.children, style: style, link: link, into: &builder)
            }
        }
    }

    private static func plainText(_ nodes: [MarkdownNode]) -> String {
        var builder = SpanBuilder()
        inlines(nodes, style: [], link: nil, into: &builder)
        return builder.take().plainText
    }
}

extension MarkdownNode {
    fileprivate var isInline: Bool {
        switch kind {
        case .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .link, .image: return true
        default: return false
        }
    }

    /// Line breaks and white-space-only text, which may sit between an image and its caption.
    fileprivate var isBreakOrSpace: Bool {
        switch kind {
        case .softBreak, .lineBreak: return true
        case .text: return literal.isBlank
        default: return false
        }
    }
}
