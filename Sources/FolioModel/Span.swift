/// A stretch of text with one inline style: the unit paragraphs are made of.
///
/// Inline structure is kept flat (a list of spans rather than a tree) because that is what
/// typesetting consumes: each span maps to one font choice and, at most, one link.
public struct Span: Sendable, Hashable, Codable {
    public var text: String
    public var style: InlineStyle
    /// Target of a hyperlink covering this span, if any.
    public var link: String?

    public init(_ text: String, style: InlineStyle = [], link: String? = nil) {
        self.text = text
        self.style = style
        self.link = link
    }
}

/// Inline emphasis, combinable (`[.emphasis, .strong]` is bold italic).
public struct InlineStyle: OptionSet, Sendable, Hashable, Codable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Italic.
    public static let emphasis = InlineStyle(rawValue: 1 << 0)
    /// Bold.
    public static let strong = InlineStyle(rawValue: 1 << 1)
    /// Monospaced code.
    public static let code = InlineStyle(rawValue: 1 << 2)
}

extension Array where Element == Span {
    /// The spans' text, concatenated.
    public var plainText: String { map(\.text).joined() }
}
