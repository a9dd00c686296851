/// The words of a text (UAX #29 word boundaries, with ICU's dictionaries for Thai, Lao,
/// Khmer, Myanmar, Chinese and Japanese), for picking the words to hyphenate.
///
/// Only words are listed; the spaces and punctuation between them are not.
///
/// ```swift
/// WordBoundaries("Hyphenate this, 42 times.").words.map(\.range)
/// // [0..<9, 10..<14, 16..<18, 19..<24]
/// ```
///
/// All offsets are UTF-8 byte offsets into the analysed string. If ICU cannot open its
/// word iterator, every run of characters between whitespace counts as one ``Kind/letters``
/// word instead; ``usedFallback`` says so.
public struct WordBoundaries: Sendable, Equatable {
    /// One word and what it is made of.
    public struct Word: Sendable, Hashable {
        /// The UTF-8 range of the word.
        public var range: Range<Int>
        /// What the word is made of.
        public var kind: Kind

        public init(range: Range<Int>, kind: Kind) {
            self.range = range
            self.kind = kind
        }
    }

    /// What a word is made of, as ICU classifies it.
    public enum Kind: Sendable, Hashable {
        /// Letters (Latin, Cyrillic, Thai, …): the only kind worth hyphenating.
        case letters
        /// A number such as "42" or "3.14".
        case number
        /// Japanese kana outside ICU's dictionary (rare: dictionary words report ``ideographs``).
        case kana
        /// Chinese and Japanese words found by ICU's dictionary, kana words included.
        case ideographs
    }

    /// The words in order.
    public let words: [Word]

    /// Whether ICU was unavailable and whitespace-separated runs were used.
    public let usedFallback: Bool

    /// Finds the words of `text`.
    ///
    /// - Parameters:
    ///   - text: the text to segment.
    ///   - locale: an ICU locale that tailors the rules; nil means the root rules.
    public init(_ text: String, locale: String? = nil) {
        switch BreakIterator.boundaries(of: text, kind: .word, locale: locale ?? "") {
        case .success(let boundaries):
            var start = 0
            words = boundaries.compactMap { boundary in
                defer { start = boundary.utf8Offset }
                return Self.kind(ofRuleStatus: boundary.ruleStatus).map {
                    Word(range: start..<boundary.utf8Offset, kind: $0)
                }
            }
            usedFallback = false
        case .failure:
            words = Self.wordsBetweenWhitespace(in: text)
            usedFallback = true
        }
    }

    /// The kind of the segment that ends at a boundary with this ICU rule status, or nil
    /// for spaces and punctuation.
    private static func kind(ofRuleStatus status: Int32) -> Kind? {
        if ICU.letterWordStatuses.contains(status) { return .letters }
        if ICU.numberWordStatuses.contains(status) { return .number }
        if ICU.kanaWordStatuses.contains(status) { return .kana }
        if ICU.ideographicWordStatuses.contains(status) { return .ideographs }
        return nil
    }

    /// The fallback: maximal runs of non-whitespace scalars.
    static func wordsBetweenWhitespace(in text: String) -> [Word] {
        var words: [Word] = []
        var start: Int?
        var offset = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if let wordStart = start { words.append(Word(range: wordStart..<offset, kind: .letters)) }
                start = nil
            } else if start == nil {
                start = offset
            }
            offset += scalar.utf8.count
        }
        if let wordStart = start { words.append(Word(range: wordStart..<offset, kind: .letters)) }
        return words
    }
}
