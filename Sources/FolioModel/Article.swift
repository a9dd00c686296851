/// A news article as every reader produces it, whatever its source format.
///
/// The model keeps the text as written (quotes, dashes, odd spacing such as "Wuzhen,Zhejiang"):
/// readers drop page chrome but never "fix" the prose. Everything downstream (typesetting,
/// rendering, the archive) reads only this value, so it does not care where an article came from.
public struct Article: Sendable, Hashable, Codable {
    /// The headline.
    public var title: String
    /// The site section, from a breadcrumb such as `home > NEWS`, if the source has one.
    public var section: String?
    /// When the article was published, as printed in the source.
    public var published: PublicationDate
    /// Author line, if any.
    public var byline: String?
    /// BCP 47 language tag (`en`, `zh-Hans`, `ar`), if the source declares one.
    public var language: String?
    /// Canonical URL of the article, if known.
    public var sourceURL: String?
    /// The body, in reading order.
    public var blocks: [Block]

    public init(
        title: String, section: String? = nil, published: PublicationDate, byline: String? = nil,
        language: String? = nil, sourceURL: String? = nil, blocks: [Block]
    ) {
        self.title = title
        self.section = section
        self.published = published
        self.byline = byline
        self.language = language
        self.sourceURL = sourceURL
        self.blocks = blocks
    }

    /// The body as plain text, one block a line: what search indexes and text comparisons use.
    public var plainBody: String {
        blocks.map(\.plainText).joined(separator: "\n")
    }
}
