import FolioModel

extension ArticleFlow {
    /// Languages whose titles are balanced: Chinese, Japanese and Korean, where a title broken
    /// at the measure often leaves two or three characters alone on its last line, and no
    /// hyphen or short word evens it out. (CSS `text-wrap: balance`; Japanese and Korean
    /// newspapers set headlines so.) Other titles keep filling the measure, as before.
    static let balancedTitleLanguages: Set<String> = ["ja", "zh", "ko"]
    /// Titles longer than this are set as they come.
    static let mostBalancedTitleLines = 4

    /// The title's lines set in `titleStyle` at the full text width (`lines`), or for a balanced
    /// title the same text at the narrowest measure that keeps as many lines, so the lines come
    /// out of even length.
    mutating func balanced(_ lines: [TypesetLine], titleStyle: TextStyle) throws(FontError) -> [TypesetLine] {
        let title = [Span(article.title)]
        // A title of many lines (or a pasted paragraph) gains nothing worth setting it ten times.
        guard (2...Self.mostBalancedTitleLines).contains(lines.count),
              Self.balancedTitleLanguages.contains(ParagraphAnalysis.primarySubtag(of: language))
        else { return lines }
        // Bisect on the measure, to a point: below the lines' total width over their count
        // no measure can hold them in as many lines.
        let total = lines.reduce(0) { $0 + $1.width }
        var low = total / Double(lines.count), high = style.textWidth
        var best = lines
        while high - low > 1 {
            let middle = (low + high) / 2
            let trial = try set(title, style: titleStyle, measure: middle, alignment: .left)
            if trial.count == lines.count {
                best = trial
                high = middle
            } else {
                low = middle
            }
        }
        return best
    }
}
