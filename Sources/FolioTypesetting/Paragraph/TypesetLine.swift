/// One finished line: glyph runs positioned from the line's start on its baseline (y = 0).
public struct TypesetLine: Sendable, Hashable {
    /// Runs in visual order; their origins are relative to the line's left end and baseline.
    public var runs: [GlyphRun]
    /// Clickable stretches, relative like the runs: x range and URL.
    public var links: [(range: ClosedRange<Double>, url: String)]
    /// Width actually covered by the glyphs.
    public var width: Double
    /// Distance from this baseline to the next: the layout's leading, plus `extraAbove` and
    /// `extraBelow`.
    public var leading: Double
    /// Font size of the paragraph, for placing the baseline inside the line's box.
    public var size: Double
    /// True for the last line of its paragraph.
    public var endsParagraph: Bool
    /// Room added above and below the layout's box for glyphs that reach beyond it (tall
    /// scripts, deep Arabic descenders; see `LineHeight`); zero for Latin text.
    public var extraAbove: Double = 0
    public var extraBelow: Double = 0

    public init(
        runs: [GlyphRun], links: [(range: ClosedRange<Double>, url: String)], width: Double, leading: Double, size: Double,
        endsParagraph: Bool, extraAbove: Double = 0, extraBelow: Double = 0
    ) {
        self.runs = runs
        self.links = links
        self.width = width
        self.leading = leading
        self.size = size
        self.endsParagraph = endsParagraph
        self.extraAbove = extraAbove
        self.extraBelow = extraBelow
    }

    /// The baseline of the line whose box starts at `top`: as far below the top as the
    /// layout's leading puts it for the paragraph's size, and `extraAbove` lower.
    public func baseline(top: Double) -> Double {
        top + extraAbove + (leading - extraAbove - extraBelow - size) / 2 + size * 0.8
    }

    /// How far the baseline sits below the top of the line's box (`baseline(top: 0)`).
    public var baselineOffset: Double {
        extraAbove + (leading - extraAbove - extraBelow - size) / 2 + size * 0.8
    }

    public static func == (lhs: TypesetLine, rhs: TypesetLine) -> Bool {
        lhs.runs == rhs.runs && lhs.width == rhs.width && lhs.leading == rhs.leading
            && lhs.links.map(\.url) == rhs.links.map(\.url)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(runs)
        hasher.combine(width)
    }

    /// The line moved by `dx`, `dy`, as absolute page items.
    public func placed(x: Double, baseline: Double) -> [PageItem] {
        var items: [PageItem] = runs.map { run in
            var run = run
            run.origin = Point(x: run.origin.x + x, y: baseline)
            return .glyphs(run)
        }
        for link in links {
            items.append(.link(
                Rect(x: x + link.range.lowerBound, y: baseline - size, width: link.range.upperBound - link.range.lowerBound,
                     height: size * 1.3),
                url: link.url))
        }
        return items
    }
}
