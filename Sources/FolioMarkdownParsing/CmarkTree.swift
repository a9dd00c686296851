internal import CCmark

/// Owns one cmark document tree (`cmark_parse_document` / `cmark_node_free`).
final class CmarkTree {
    private let root: OpaquePointer

    /// Parses CommonMark text; cmark accepts any input, so this fails only when out of memory.
    init?(parsing text: String) {
        var text = text
        let parsed = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_DEFAULT) }
        }
        guard let parsed else { return nil }
        root = parsed
    }

    deinit { cmark_node_free(root) }

    /// The tree as Swift values, built iteratively (`cmark_iter`) so depth costs no stack.
    func convert(maximumDepth: Int) -> MarkdownNode {
        guard let iterator = cmark_iter_new(root) else { return MarkdownNode(kind: .document) }
        defer { cmark_iter_free(iterator) }
        var stack: [MarkdownNode] = []
        var flattened = 0
        var result = MarkdownNode(kind: .document)
        loop: while true {
            let event = cmark_iter_next(iterator)
            guard let node = cmark_iter_get_node(iterator) else { break }
            switch event {
            case CMARK_EVENT_ENTER:
                let converted = Self.node(node)
                if Self.isLeaf(node) {
                    if stack.isEmpty { result = converted } else { stack[stack.count - 1].children.append(converted) }
                } else if stack.count >= maximumDepth {
                    flattened += 1
                } else {
                    stack.append(converted)
                }
            case CMARK_EVENT_EXIT:
                if flattened > 0 {
                    flattened -= 1
                } else if let finished = stack.popLast() {
                    if stack.isEmpty { result = finished } else { stack[stack.count - 1].children.append(finished) }
                }
            default:
                break loop
            }
        }
        return result
    }

    /// Nodes cmark reports with an enter event only.
    private static func isLeaf(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
             CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            return true
        default:
            return false
        }
    }

    private static func node(_ node: OpaquePointer) -> MarkdownNode {
        let kind: MarkdownNode.Kind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: kind = .document
        case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote
        case CMARK_NODE_LIST:
            kind = .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                         start: Int(cmark_node_get_list_start(node)))
        case CMARK_NODE_ITEM: kind = .item
        case CMARK_NODE_CODE_BLOCK: kind = .codeBlock(info: string(cmark_node_get_fence_info(node)))
        case CMARK_NODE_HTML_BLOCK: kind = .htmlBlock
        case CMARK_NODE_PARAGRAPH: kind = .paragraph
        case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
        case CMARK_NODE_TEXT: kind = .text
        case CMARK_NODE_SOFTBREAK: kind = .softBreak
        case CMARK_NODE_LINEBREAK: kind = .lineBreak
        case CMARK_NODE_CODE: kind = .code
        case CMARK_NODE_HTML_INLINE: kind = .htmlInline
        case CMARK_NODE_EMPH: kind = .emphasis
        case CMARK_NODE_STRONG: kind = .strong
        case CMARK_NODE_LINK:
            kind = .link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            kind = .image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default: kind = .custom
        }
        return MarkdownNode(kind: kind, literal: string(cmark_node_get_literal(node)))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
