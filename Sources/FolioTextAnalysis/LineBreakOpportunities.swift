/// Where a paragraph may be broken into lines, by the Unicode line breaking algorithm
/// (UAX #14) as ICU implements it.
///
/// ICU's dictionaries find the word boundaries of Thai, Lao, Khmer and Myanmar, which are
/// written without spaces; CJK text may break between ideographs but never before closing
/// punctuation (`，。」）`) nor after opening punctuation (`「（`); numbers such as `3.14`
/// and `1,000` stay whole; English breaks after spaces and after hyphens.
///
/// ```swift
/// let breaks = LineBreakOpportunities("well-known words")
/// breaks.offsets            // [5, 11, 16]: after "well-", after "known ", at the end
/// ```
///
/// All offsets are UTF-8 byte offsets into the analysed string. If ICU cannot open its
/// line-break iterator, the text breaks after runs of spaces and tabs, and mandatorily
/// after line separators, instead; ``usedFallback`` says so, so callers can warn.
public struct LineBreakOpportunities: Sendable, Equatable {
    /// A position where a line may (or must) end.
    public struct Break: Sendable, Hashable {
        /// The UTF-8 offset where the next line would start.
        public var offset: Int
        /// Whether the line must end here (after a line feed, carriage return, form feed,
        /// vertical tab, NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR, and at the end of the text).
        public var isMandatory: Bool

        public init(offset: Int, isMandatory: Bool) {
            self.offset = offset
            self.isMandatory = isMandatory
        }
    }

    /// The opportunities in ascending order, without the start of the text; the last is
    /// the end of the text, mandatory. Empty text has none.
    public let breaks: [Break]

    /// Whether ICU was unavailable and the space-based fallback produced ``breaks``.
    public let usedFallback: Bool

    /// Finds the line-break opportunities of `text`.
    ///
    /// - Parameters:
    ///   - text: one paragraph (or more; hard breaks inside it are reported as mandatory).
    ///   - locale: a BCP 47 or ICU locale ("ja", "zh-Hant", "ja@lb=strict") that tailors the
    ///     rules; nil means the root rules, the same on every machine.
    public init(_ text: String, locale: String? = nil) {
        switch BreakIterator.boundaries(of: text, kind: .line, locale: locale ?? "") {
        case .success(let boundaries):
            breaks = boundaries.map { boundary in
                Break(offset: boundary.utf8Offset,
                      isMandatory: ICU.hardLineBreakStatuses.contains(boundary.ruleStatus))
            }.endingMandatorily()
            usedFallback = false
        case .failure:
            breaks = Self.breaksAfterSpaces(in: text).endingMandatorily()
            usedFallback = true
        }
    }

    /// Finds the line-break opportunities of `text` as a language's typesetting tradition
    /// allows them: strict kinsoku for Japanese, breaks at spaces for Korean (see
    /// ``LineBreakTailoring``).
    public init(_ text: String, tailoring: LineBreakTailoring) {
        let untailored = Self(text, locale: tailoring.icuLocale.isEmpty ? nil : tailoring.icuLocale)
        breaks = tailoring.applied(to: untailored.breaks, in: text)
        usedFallback = untailored.usedFallback
    }

    /// The offsets of ``breaks``, for callers that treat all of them alike.
    public var offsets: [Int] {
        breaks.map(\.offset)
    }

    /// The fallback: a break after every run of spaces or tabs that is followed by more
    /// text, and a mandatory break after each line separator (CR LF counts as one).
    static func breaksAfterSpaces(in text: String) -> [Break] {
        var breaks: [Break] = []
        var offset = 0
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if let previous {
                if previous.isLineSeparator, !(previous == "\r" && scalar == "\n") {
                    breaks.append(Break(offset: offset, isMandatory: true))
                } else if previous.isSpace, !scalar.isSpace, !scalar.isLineSeparator {
                    breaks.append(Break(offset: offset, isMandatory: false))
                }
            }
            previous = scalar
            offset += scalar.utf8.count
        }
        if offset > 0 { breaks.append(Break(offset: offset, isMandatory: true)) }
        return breaks
    }
}

extension [LineBreakOpportunities.Break] {
    /// The breaks with the last one, at the end of the text, made mandatory: a paragraph
    /// always ends its last line.
    fileprivate func endingMandatorily() -> Self {
        guard let last else { return self }
        var breaks = self
        breaks[breaks.count - 1] = .init(offset: last.offset, isMandatory: true)
        return breaks
    }
}

extension Unicode.Scalar {
    /// Spaces that separate words in the fallback (space, tab, ideographic space, NBSP excluded).
    fileprivate var isSpace: Bool {
        self == " " || self == "\t" || self == "\u{3000}" || self == "\u{2009}" || self == "\u{200B}"
    }

    /// Characters after which UAX #14 requires a break (classes BK, CR, LF, NL).
    fileprivate var isLineSeparator: Bool {
        switch value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
