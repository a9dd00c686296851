/// One node of a parsed CommonMark document, as plain Swift values.
///
/// The tree mirrors cmark's node types one to one, so readers can map it without knowing cmark.
/// It is at most `MarkdownParser.maximumDepth` levels deep: deeper containers are flattened
/// into their ancestor, so walking the tree recursively cannot exhaust the stack.
public struct MarkdownNode: Sendable, Hashable {
    /// What a node is, with the attributes that kind carries.
    public enum Kind: Sendable, Hashable {
        case document
        case blockQuote
        /// A list; `start` is the first number of an ordered list.
        case list(ordered: Bool, start: Int)
        case item
        /// Fenced or indented code; `info` is the fence's info string (`swift`).
        case codeBlock(info: String)
        case htmlBlock
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case text
        case softBreak
        case lineBreak
        case code
        case htmlInline
        case emphasis
        case strong
        case link(url: String, title: String)
        case image(url: String, title: String)
        /// Extension nodes cmark knows but CommonMark does not define.
        case custom
    }

    public var kind: Kind
    /// The text of leaf nodes (text, code, code blocks, HTML); empty for containers.
    public var literal: String
    public var children: [MarkdownNode]

    public init(kind: Kind, literal: String = "", children: [MarkdownNode] = []) {
        self.kind = kind
        self.literal = literal
        self.children = children
    }
}
