/// A run of letters inside a word, lowercased for the patterns, that remembers where each of
/// its characters came from.
///
/// Patterns are lowercase and match Unicode scalars; callers think in grapheme clusters and
/// UTF-8 offsets into the word they passed. Lowercasing can change the number of scalars
/// ("İ" becomes "i̇"), so each lowered scalar records whether it ends an original character.
struct LetterRun {
    /// The run's characters, lowercased, as scalars for the dictionary.
    private(set) var loweredScalars: [Unicode.Scalar] = []
    /// For each lowered scalar: the number of the run's characters that end at or before it,
    /// when it is the last scalar of one; otherwise `nil` (a break there would split a character).
    private(set) var characterBoundaryAfter: [Int?] = []
    /// UTF-8 offset, in the whole word, of the boundary before each character and after the last.
    private(set) var utf8Boundaries: [Int] = []
    /// Whether the run holds no lowercase letter but at least one uppercase one (an acronym).
    private(set) var isAllUppercase = true

    var characterCount: Int { utf8Boundaries.count - 1 }

    /// Collects `characters`, which start at UTF-8 offset `start` in the word.
    init(_ characters: Substring, startingAt start: Int) {
        var offset = start
        var sawUppercase = false
        utf8Boundaries.append(offset)
        for character in characters {
            if let ascii = character.asciiValue {
                // English words are all ASCII: skip the Unicode property tables for them.
                let lower = ascii | 0x20
                if ascii == lower { isAllUppercase = false } else { sawUppercase = true }
                loweredScalars.append(Unicode.Scalar(lower))
                characterBoundaryAfter.append(utf8Boundaries.count)
                offset += 1
                utf8Boundaries.append(offset)
                continue
            }
            if character.isLowercase { isAllUppercase = false }
            if character.isUppercase { sawUppercase = true }
            let scalars = character.unicodeScalars
            for (index, scalar) in scalars.enumerated() {
                let lowered = scalar.properties.lowercaseMapping.unicodeScalars
                let isLastScalar = index == scalars.count - 1
                for (loweredIndex, loweredScalar) in lowered.enumerated() {
                    loweredScalars.append(loweredScalar)
                    let endsCharacter = isLastScalar && loweredIndex == lowered.count - 1
                    characterBoundaryAfter.append(endsCharacter ? utf8Boundaries.count : nil)
                }
            }
            offset += character.utf8.count
            utf8Boundaries.append(offset)
        }
        if !sawUppercase { isAllUppercase = false }
    }

    /// Splits `word` into runs of letters; the punctuation, digits and spaces between them are
    /// left out, so "«Wort»" or "well-known" still hyphenate their letters.
    static func runs(in word: String) -> [LetterRun] {
        var runs: [LetterRun] = []
        var runStart: String.Index?
        var runStartOffset = 0
        var offset = 0
        for index in word.indices {
            let character = word[index]
            let isLetter = character.asciiValue.map { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } ?? character.isLetter
            if isLetter {
                if runStart == nil { runStart = index; runStartOffset = offset }
            } else if let start = runStart {
                runs.append(LetterRun(word[start..<index], startingAt: runStartOffset))
                runStart = nil
            }
            offset += character.utf8.count
        }
        if let start = runStart {
            runs.append(LetterRun(word[start...], startingAt: runStartOffset))
        }
        return runs
    }
}
