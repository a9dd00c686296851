/// Stage 2a (analyse): the Unicode facts about a paragraph that shaping and breaking need.
///
/// All offsets are UTF-8 byte offsets into the paragraph text.
struct ParagraphAnalysis {
    /// Runs of one script (ISO 15924 code, `nil` where unknown), covering the text in order.
    var scriptRuns: [(range: Range<Int>, script: String?)]
    /// Runs of one bidi embedding level (odd = right to left), covering the text in order.
    var bidiRuns: [(range: Range<Int>, level: UInt8)]
    /// True when the paragraph's base direction is right to left.
    var baseIsRightToLeft: Bool
    /// Offsets where a line may end, with `mandatory` for forced breaks; excludes 0, includes the end.
    var breaks: [(offset: Int, mandatory: Bool)]
    /// Grapheme cluster start offsets, ascending, starting with 0.
    var graphemeStarts: [Int]

    init(text: String, language: String?) {
        // Interim analysis without ICU (replaced by FolioTextAnalysis): left to right, script
        // guessed by HarfBuzz, breaks after spaces and hyphens and between CJK characters.
        let count = text.utf8.count
        scriptRuns = [(0..<count, nil)]
        bidiRuns = [(0..<count, 0)]
        baseIsRightToLeft = false
        var breaks: [(Int, Bool)] = []
        var graphemes: [Int] = []
        var offset = 0
        var previous: Character?
        for character in text {
            if let previous {
                let breakHere = previous == " " && character != " "
                    || previous == "-" && character.isLetter
                    || previous.isCJK || (character.isCJK && previous != " ")
                if previous == "\u{2028}" {
                    breaks.append((offset, true))
                } else if breakHere {
                    breaks.append((offset, false))
                }
            }
            graphemes.append(offset)
            offset += character.utf8.count
            previous = character
        }
        breaks.append((count, true))
        self.breaks = breaks
        graphemeStarts = graphemes
    }
}

extension Character {
    fileprivate var isCJK: Bool {
        guard let value = unicodeScalars.first?.value else { return false }
        return (0x2E80..<0xA000).contains(value) || (0xF900..<0xFB00).contains(value)
            || (0xFF00..<0xFFF0).contains(value) || (0x20000..<0x30000).contains(value)
    }
}
