/// CommonMark text to a `MarkdownNode` tree, through cmark (the CommonMark reference parser).
public enum MarkdownParser {
    /// Containers nested deeper than this are flattened into their ancestor at this depth.
    public static let maximumDepth = 100

    /// Parses CommonMark. cmark reads any text (there is no invalid Markdown), so the only
    /// failure is running out of memory, reported as an empty document.
    public static func parse(_ text: String) -> MarkdownNode {
        guard let tree = CmarkTree(parsing: text) else { return MarkdownNode(kind: .document) }
        return tree.convert(maximumDepth: maximumDepth)
    }
}
