/// One block of an article body.
public enum Block: Sendable, Hashable, Codable {
    /// A paragraph of styled text.
    case paragraph([Span])
    /// A heading; `level` 1 is the highest level inside the body (the title is not a block).
    case heading(level: Int, [Span])
    /// Quoted material, itself made of blocks.
    case blockQuote([Block])
    /// A bulleted (`ordered == false`) or numbered list; each item is a list of blocks.
    case list(ordered: Bool, items: [[Block]])
    /// An image with its caption.
    case figure(Figure)
    /// A thematic break.
    case rule

    /// The block's text without styling, nested blocks joined by newlines.
    public var plainText: String {
        switch self {
        case .paragraph(let spans), .heading(_, let spans):
            return spans.plainText
        case .blockQuote(let blocks):
            return blocks.map(\.plainText).joined(separator: "\n")
        case .list(_, let items):
            return items.map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
        case .figure(let figure):
            return figure.caption.plainText
        case .rule:
            return ""
        }
    }
}

/// An image placed in the text flow.
public struct Figure: Sendable, Hashable, Codable {
    /// Path of the image as given by the source, relative to the article file.
    public var source: String
    /// Short description for readers who cannot see the image.
    public var altText: String
    /// The caption printed under the image.
    public var caption: [Span]

    public init(source: String, altText: String = "", caption: [Span] = []) {
        self.source = source
        self.altText = altText
        self.caption = caption
    }
}
