/// How a justified line's slack is shared among its spaces, letter gaps and cluster gaps, each
/// within its limit; or that the line cannot be justified within them and is set ragged.
///
/// The breaker chooses lines whose spaces stretch at most about 1.26 times their stretch, but
/// a narrow column with long words (Tamil, Georgian, Bengali) leaves it lines it cannot set
/// that well: two words, or one, and a wide gap. Applying the breaker's ratio to such a line
/// opened 8–17 em gaps and letter-spaced a lone word across the column. Here, in order:
/// 1. spaces and letter gaps share the slack in proportion to their stretch, up to full stretch
///    (what the breaker planned for a good line);
/// 2. spaces alone open further, until the widest reaches ``LineBuilder/widestSpace``, and only
///    then the glue between CJK characters; letter spacing never goes past its limit
///    (``LetterSpacing``), whatever the line's ratio;
/// 3. the gaps between the clusters of Thai, Lao, Khmer and Myanmar words take what is left,
///    within their limit (they come first, in step 1, on a line without spaces);
/// 4. whatever still remains means the line is set ragged, at natural spacing, as TeX users set
///    an underfull line `\raggedright` and InDesign a lone word flush left.
///
/// Shrinking is shared by all parts in proportion to their shrink, never past full shrink (the
/// breaker already kept lines from needing more).
struct LineSlack {
    enum Kind {
        /// A space between words.
        case space
        /// The glue between two CJK characters: opens past its stretch only on a line whose
        /// spaces cannot take the slack (a gap there reads as a break inside a word).
        case interCharacter
        /// The letter spacing of a Latin, Greek or Cyrillic word.
        case letters
        /// The spacing between the grapheme clusters of a Thai, Lao, Khmer or Myanmar word.
        case clusters
    }

    struct Part {
        var kind: Kind
        var stretch: Double
        var shrink: Double
        /// For a space: the most it may widen, in points (its limit less its natural width).
        var room: Double = .infinity
    }

    var parts: [Part]

    /// Extra width for each part (negative to narrow it), adding up to `amount`; `nil` when
    /// the limits cannot reach it and the line is to be set ragged.
    func distribute(_ amount: Double) -> [Double]? {
        var extras = [Double](repeating: 0, count: parts.count)
        let hasSpaces = parts.contains { $0.kind == .space || $0.kind == .interCharacter }
        // Cluster gaps are a reserve while the line has spaces to stretch.
        func isPrimary(_ part: Part) -> Bool { part.kind != .clusters || !hasSpaces }
        if amount <= LineFit.slack {
            // Every part shrinks, cluster gaps too: the breaker counted on all of them, and a
            // few thousandths of an em less between clusters open no gap inside a word.
            let shrink = parts.lazy.map(\.shrink).reduce(0, +)
            guard amount < -LineFit.slack, shrink > 0 else { return extras }
            let ratio = max(-1, amount / shrink)
            for (index, part) in parts.enumerated() { extras[index] = ratio * part.shrink }
            return extras
        }
        var left = amount
        // 1. Everything primary, up to full stretch.
        let primary = parts.lazy.filter(isPrimary).map(\.stretch).reduce(0, +)
        if primary > 0 {
            let ratio = min(1, left / primary)
            for (index, part) in parts.enumerated() where isPrimary(part) { extras[index] = ratio * part.stretch }
            left -= ratio * primary
        }
        if left <= LineFit.slack { return extras }
        // 2. Spaces, further, evenly in proportion to their stretch, until the first reaches its
        // room; then the glue between CJK characters, likewise.
        for kind in [Kind.space, .interCharacter] {
            let spaces = parts.indices.filter { parts[$0].kind == kind && parts[$0].stretch > 0 }
            let spaceStretch = spaces.reduce(0) { $0 + parts[$1].stretch }
            guard spaceStretch > 0 else { continue }
            let reachable = spaces.map { (parts[$0].room - extras[$0]) / parts[$0].stretch }.min() ?? 0
            let ratio = min(max(0, reachable), left / spaceStretch)
            for index in spaces { extras[index] += ratio * parts[index].stretch }
            left -= ratio * spaceStretch
            if left <= LineFit.slack { return extras }
        }
        // 3. The cluster gaps held in reserve.
        let reserve = parts.indices.filter { !isPrimary(parts[$0]) && parts[$0].stretch > 0 }
        let reserveStretch = reserve.reduce(0) { $0 + parts[$1].stretch }
        guard reserveStretch >= left - LineFit.slack else { return nil }
        let ratio = min(1, left / reserveStretch)
        for index in reserve { extras[index] = ratio * parts[index].stretch }
        return extras
    }
}
