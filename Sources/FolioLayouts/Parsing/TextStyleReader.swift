import FolioTypesetting

/// Reads one text style (`body`, `title`, a heading…): family, size, leading, weight, slant,
/// colour and the space around its blocks.
struct TextStyleReader {
    static let keys = ["family", "size", "leading", "bold", "italic", "color", "space-before", "space-after"]
    /// Font sizes outside this range are typing mistakes, not typography.
    static let sizes: ClosedRange<Double> = 3...500

    /// The body family, which other styles use when they name none; `nil` while reading the body itself.
    let bodyFamily: String?

    /// - Parameter extraKeys: keys the caller reads itself from this mapping (`title.max-lines`).
    func read(_ node: LayoutNode, path: String, extraKeys: [String] = []) throws -> TextStyle {
        let style = try LayoutMapping(node, path: path, knownKeys: Self.keys + extraKeys, expected: "a mapping (family, size, leading, …)")
        let family = try bodyFamily.map { try style["family"]?.nonEmptyText(style.keyPath("family")) ?? $0 }
            ?? style.required("family").nonEmptyText(style.keyPath("family"))
        let sizeNode = try style.required("size")
        let size = try sizeNode.length(style.keyPath("size"))
        guard Self.sizes.contains(size) else {
            let bound = size < Self.sizes.lowerBound ? "at least \(PointsFormat.points(Self.sizes.lowerBound))"
                : "at most \(PointsFormat.points(Self.sizes.upperBound))"
            throw LayoutError(at: sizeNode.location, style.keyPath("size"), "font size \(PointsFormat.points(size)) is impossible (\(bound))")
        }
        let leading = try style["leading"]?.length(style.keyPath("leading"), em: size) ?? size * 1.2
        if leading < size * 0.8, let leadingNode = style["leading"] {
            throw LayoutError(at: leadingNode.location, style.keyPath("leading"),
                              "\(PointsFormat.points(leading)) is less than 0.8 × size (\(PointsFormat.points(size))): lines would overlap")
        }
        return try TextStyle(
            family: family, size: size, leading: leading,
            bold: style["bold"]?.bool(style.keyPath("bold")) ?? false,
            italic: style["italic"]?.bool(style.keyPath("italic")) ?? false,
            color: style["color"]?.color(style.keyPath("color")) ?? .black,
            spaceBefore: style["space-before"]?.length(style.keyPath("space-before"), em: size) ?? 0,
            spaceAfter: style["space-after"]?.length(style.keyPath("space-after"), em: size) ?? 0
        )
    }
}
