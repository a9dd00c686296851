/// How a language's typesetting tradition tailors the Unicode line-breaking rules.
///
/// - Japanese gets strict kinsoku (JIS X 4051, CSS `line-break: strict`): small kana
///   (ぁぃぅぇぉっゃゅょゎ, ァィゥェォッャュョヮヵヶ), the prolonged sound mark ー, iteration
///   marks, closing brackets and 、。 never start a line. ICU's `ja` locale data asks for the
///   "normal" rules, which allow a break before small kana and ー, so the iterator is opened
///   with ICU's `@lb=strict` keyword.
/// - Korean breaks at spaces (CSS `word-break: keep-all`): Korean is written with spaces
///   between words, and a word split between two syllables ("사용하십시/오.") reads as a
///   typo. ICU 72 has no keep-all keyword (`@lw=phrase` came in ICU 73, and only for
///   Japanese), so the breaks between two letters or digits are removed afterwards; breaks
///   after spaces, hyphens and punctuation stay.
/// - Every other language uses its own tag as the ICU locale (the root rules where ICU has
///   no tailoring), as before.
public struct LineBreakTailoring: Sendable, Hashable {
    /// The locale the ICU line-break iterator is opened with; empty for the root rules.
    public var icuLocale: String
    /// Whether breaks between two letters or digits are suppressed (`keep-all`).
    public var keepsWordsWhole: Bool

    /// The tailoring for a BCP 47 tag (`ja`, `ko-KR`, `zh-Hant`); `nil` gives the root rules.
    public init(language: String?) {
        let tag = language ?? ""
        let primary = String(tag.split(separator: "-").first ?? "").lowercased()
        switch primary {
        case "ja":
            icuLocale = "ja@lb=strict"
            keepsWordsWhole = false
        case "ko":
            icuLocale = tag
            keepsWordsWhole = true
        default:
            icuLocale = tag
            keepsWordsWhole = false
        }
    }

    /// `breaks` of `text` without those the tailoring forbids (never a mandatory one).
    func applied(to breaks: [LineBreakOpportunities.Break], in text: String) -> [LineBreakOpportunities.Break] {
        guard keepsWordsWhole else { return breaks }
        // The scalar before and after every break, found in one walk over the text.
        var kept: [LineBreakOpportunities.Break] = []
        kept.reserveCapacity(breaks.count)
        var next = breaks.startIndex
        var offset = 0
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            while next < breaks.endIndex, breaks[next].offset <= offset {
                let candidate = breaks[next]
                if candidate.isMandatory || candidate.offset < offset
                    || !(previous.map(Self.isWordCharacter) ?? false) || !Self.isWordCharacter(scalar) {
                    kept.append(candidate)
                }
                next += 1
            }
            previous = scalar
            offset += scalar.utf8.count
        }
        kept.append(contentsOf: breaks[next...])
        return kept
    }

    /// Letters, digits and combining marks: the characters CSS `keep-all` keeps together
    /// (UAX #14 classes AL, NU, ID, H2, H3, JL, JV, JT, roughly).
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }
}
