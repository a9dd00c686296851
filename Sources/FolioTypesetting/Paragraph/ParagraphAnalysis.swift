import FolioTextAnalysis

/// Stage 2a (analyse): the Unicode facts about a paragraph that shaping and breaking need,
/// from ICU (UAX #9 bidi, UAX #14 line breaks with dictionaries, scripts, UAX #29 clusters).
///
/// All offsets are UTF-8 byte offsets into the paragraph text.
struct ParagraphAnalysis {
    /// Runs of one script (ISO 15924 code), covering the text in order.
    var scriptRuns: [(range: Range<Int>, script: String?)]
    /// Runs of one bidi embedding level (odd = right to left), covering the text in order.
    var bidiRuns: [(range: Range<Int>, level: UInt8)]
    /// True when the paragraph's base direction is right to left.
    var baseIsRightToLeft: Bool
    /// Offsets where a line may end, with `mandatory` for forced breaks; excludes 0, includes the end.
    var breaks: [(offset: Int, mandatory: Bool)]
    /// Grapheme cluster start offsets, ascending, starting with 0.
    var graphemeStarts: [Int]

    /// Languages written right to left: their paragraphs start right to left even when the
    /// first strong letter is Latin (a brand name, say).
    static let rightToLeftLanguages: Set<String> = ["ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"]

    /// Whether a BCP 47 tag's language is written right to left (`ar`, `fa-IR`, `he`).
    static func isRightToLeft(language: String) -> Bool {
        rightToLeftLanguages.contains(primarySubtag(of: language))
    }

    /// `zh` of `zh-Hans-CN`, lower-cased.
    static func primarySubtag(of language: String) -> String {
        String(language.split(separator: "-").first ?? "").lowercased()
    }

    init(text: String, language: String?) {
        let count = text.utf8.count
        let scripts = ScriptItemizer.runs(in: text)
        scriptRuns = scripts.isEmpty
            ? [(0..<count, nil)]
            : scripts.map { ($0.range, $0.script == .common ? nil : $0.script.description) }

        let direction: BidiParagraph.BaseDirection
        switch language {
        case .some(let tag) where Self.isRightToLeft(language: tag): direction = .rightToLeft
        case .some(let tag) where !Self.primarySubtag(of: tag).isEmpty: direction = .leftToRight
        default: direction = .auto
        }
        if let bidi = try? BidiParagraph(text, baseDirection: direction), !bidi.runs.isEmpty {
            bidiRuns = bidi.runs.map { ($0.range, $0.level) }
            baseIsRightToLeft = bidi.isRightToLeft
        } else {
            bidiRuns = [(0..<count, direction == .rightToLeft ? 1 : 0)]
            baseIsRightToLeft = direction == .rightToLeft
        }

        breaks = LineBreakOpportunities(text, tailoring: LineBreakTailoring(language: language)).breaks
            .filter { $0.offset > 0 }
            .map { ($0.offset, $0.isMandatory) }
        if breaks.last?.offset != count { breaks.append((count, true)) }
        graphemeStarts = Array(GraphemeClusters(text).boundaries.dropLast())
        if graphemeStarts.isEmpty { graphemeStarts = [0] }
    }
}
