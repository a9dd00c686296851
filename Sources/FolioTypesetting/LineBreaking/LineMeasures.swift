/// The measure of each line, asked once per line and cleaned of impossible values.
struct LineMeasures {
    /// How many leading lines are probed for a changing measure (indents, runarounds).
    static let probedLines = 256

    private let lineWidth: (Int) -> Double
    private var widths: [Double] = []
    /// From this line on, every measure is taken to equal the last probed one, so the breaker may
    /// merge paths that differ only in line count (TeX's `easy_line`). Lines are still measured
    /// with their own width; only that merging assumes it.
    let firstUniformLine: Int

    init(_ lineWidth: @escaping (Int) -> Double) {
        self.lineWidth = lineWidth
        var firstUniformLine = 0
        for line in 0..<Self.probedLines {
            widths.append(Self.sanitized(lineWidth(line)))
            if line > 0, widths[line] != widths[line - 1] { firstUniformLine = line }
        }
        self.firstUniformLine = firstUniformLine
    }

    mutating func width(ofLine line: Int) -> Double {
        while widths.count <= line { widths.append(Self.sanitized(lineWidth(widths.count))) }
        return widths[line]
    }

    /// A NaN, infinite or negative measure becomes 0: every line is then overfull and reported.
    private static func sanitized(_ width: Double) -> Double {
        width.isFinite && width > 0 ? width : 0
    }
}
