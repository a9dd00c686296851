/// Stage 3 (segment): the shaped paragraph as Knuth–Plass boxes, glue and penalties.
///
/// A box is a word or a syllable, glue is the space after it (stretch half the font's space as
/// in TeX, shrink two fifths rather than TeX's third: measured on our samples it lowers the
/// widest gaps by about 0.01 em at no cost in evenness), penalties mark hyphenation points and the
/// emergency breaks inside words too long for the measure. `ranges[i]` is the text of item `i`.
struct ParagraphItems {
    var items: [LineItem] = []
    var ranges: [Range<Int>] = []
    /// For glue items: the byte whose glyph takes the glue's extra width when a line is justified.
    var anchors: [Int] = []
    /// The width lines are broken to.
    let measure: Double
    /// How far justified lines may scale their glyphs; `nil` for text that is not justified.
    let expansion: FontExpansion?
    /// For each byte offset of the paragraph (and its end), how many grapheme clusters start
    /// before it, which is also the index in `graphemeStarts` of the first cluster starting
    /// there or later: a word's cluster count is one subtraction instead of two binary searches
    /// per box, which were a twentieth of typesetting a long article.
    private let graphemesBefore: [Int32]

    /// TeX's `\hyphenpenalty`: a hyphen costs about as much as a moderately loose line.
    static let hyphenPenalty: Double = 50
    /// TeX's `\exhyphenpenalty`: breaking after a hyphen the text already has.
    static let explicitHyphenPenalty: Double = 50
    /// Breaking inside a word with no hyphen, only when the word is wider than the measure.
    static let emergencyPenalty: Double = 5000
    /// Words shorter than this many characters are never hyphenated.
    static let minimumHyphenatedWord = 5
    /// Scripts whose letters may be spaced and whose glyphs may be expanded: not Arabic
    /// (spacing breaks joining, and its justification is kashida), not Devanagari and other
    /// scripts whose clusters join, not CJK (which has its own glue).
    static let spaceableScripts: Set<String> = ["Latn", "Grek", "Cyrl"]
    /// Scripts written without spaces between words, which ICU breaks by dictionary: Thai,
    /// Lao, Khmer and Myanmar. Their lines justify at real spaces only, and a line without one
    /// spreads its slack evenly between grapheme clusters (as Thai "distributed" justification
    /// does), within ``LetterSpacing/narrowStretch``.
    static let clusterSpacedScripts: Set<String> = ["Thai", "Laoo", "Khmr", "Mymr"]

    /// - Parameters:
    ///   - expansion: the font expansion justified lines may use, or `nil` (ragged or centred
    ///     text, whose lines are never stretched).
    init(
        _ shaped: ShapedParagraph, measure: Double, firstIndent: Double, expansion: FontExpansion? = nil,
        hyphenator: (any Hyphenating)?, cancellation: TypesetCancellation = .never
    ) {
        self.measure = measure
        self.expansion = expansion
        graphemesBefore = Self.graphemesBefore(shaped.analysis.graphemeStarts, byteCount: shaped.text.bytes.count)
        let bytes = shaped.text.bytes
        if firstIndent > 0 { append(.box(firstIndent), 0..<0) }
        var previous = 0
        for (number, (offset, mandatory)) in shaped.analysis.breaks.enumerated() {
            // Stopped early, the items are incomplete; the typesetter then discards them.
            if number & 1023 == 1023, cancellation.isCancelled { break }
            var wordEnd = offset
            while wordEnd > previous, bytes[wordEnd - 1] == 0x20 { wordEnd -= 1 }
            let endsWithLineSeparator = wordEnd - previous >= 3
                && bytes[wordEnd - 3] == 0xE2 && bytes[wordEnd - 2] == 0x80 && bytes[wordEnd - 1] == 0xA8
            if endsWithLineSeparator { wordEnd -= 3 }
            if wordEnd > previous {
                appendWord(previous..<wordEnd, shaped: shaped, hyphenator: hyphenator)
            }
            if offset == bytes.count { break }
            if mandatory {
                append(.glue(0, stretch: 1e7, shrink: 0), wordEnd..<offset)
                append(.penalty(-LineItem.infinity), offset..<offset)
            } else if wordEnd < offset {
                let width = shaped.width(wordEnd..<offset)
                append(.glue(width, stretch: width / 2, shrink: width / 2.5), wordEnd..<offset, anchor: wordEnd)
            } else if bytes[offset - 1] == UInt8(ascii: "-") {
                append(.penalty(Self.explicitHyphenPenalty, flagged: true), offset..<offset)
            } else if isDictionaryBreak(at: offset, shaped) {
                // Between two words of Thai, Lao, Khmer or Myanmar, found by ICU's dictionaries:
                // a place to break, never a place to stretch (a gap there splits a word for the
                // reader). Such lines stretch at their spaces, else between clusters (`box`).
                append(.penalty(0), offset..<offset)
            } else {
                // Between CJK characters: a break with a little room for inter-character justification.
                let size = shaped.items[shaped.itemIndex(containing: offset - 1)].size
                append(.glue(0, stretch: size * 0.08, shrink: 0), offset..<offset, anchor: lastCharacterStart(before: offset, shaped))
            }
            previous = offset
        }
        append(LineItem.paragraphEnd[0], bytes.count..<bytes.count)
        append(LineItem.paragraphEnd[1], bytes.count..<bytes.count)
    }

    private mutating func append(_ item: LineItem, _ range: Range<Int>, anchor: Int = -1) {
        items.append(item)
        ranges.append(range)
        anchors.append(anchor)
    }

    private mutating func appendWord(_ word: Range<Int>, shaped: ShapedParagraph, hyphenator: (any Hyphenating)?) {
        let width = shaped.width(word)
        if width > measure {
            appendEmergencyPieces(word, shaped: shaped)
            return
        }
        guard let hyphenator, let points = hyphenationPoints(word, shaped: shaped, hyphenator: hyphenator),
              !points.isEmpty
        else {
            append(box(word, shaped), word)
            return
        }
        var start = word.lowerBound
        for point in points {
            append(box(start..<point, shaped), start..<point)
            append(.penalty(Self.hyphenPenalty, width: hyphenWidth(at: point - 1, shaped), flagged: true), point..<point)
            start = point
        }
        append(box(start..<word.upperBound, shaped), start..<word.upperBound)
    }

    /// A word or syllable, with stretch and shrink where the script allows: letter spacing
    /// between its letters, and font expansion in proportion to its width.
    private func box(_ range: Range<Int>, _ shaped: ShapedParagraph) -> LineItem {
        let width = shaped.width(range)
        if expansion != nil, let clusters = clusterSpacing(of: range, in: shaped) {
            return .box(width, stretch: clusters.stretch, shrink: clusters.shrink)
        }
        guard let letters = letterSpacing(of: range, in: shaped) else { return .box(width) }
        let scaling = (stretch: width * (expansion?.stretch ?? 0), shrink: width * (expansion?.shrink ?? 0))
        return .box(width, stretch: letters.stretch + scaling.stretch, shrink: letters.shrink + scaling.shrink)
    }

    /// The letter spacing a word or syllable may take in all, in points; `nil` when its script
    /// is not spaced (nor expanded) or it spans two shaped items.
    func letterSpacing(of range: Range<Int>, in shaped: ShapedParagraph) -> (stretch: Double, shrink: Double)? {
        let index = shaped.itemIndex(containing: range.lowerBound)
        guard shaped.items[index].range.upperBound >= range.upperBound, Self.isSpaceable(shaped.items[index].script)
        else { return nil }
        let size = shaped.items[index].size
        let spacing = LetterSpacing(measure: measure, size: size)
        guard !spacing.isNone else { return (0, 0) }
        let gaps = Double(max(0, graphemeCount(in: range) - 1))
        return (gaps * spacing.stretch * size, gaps * spacing.shrink * size)
    }

    /// The spacing a word of Thai, Lao, Khmer or Myanmar may take between its grapheme
    /// clusters, in points; `nil` for other scripts or a word spanning two shaped items.
    ///
    /// Unlike letter spacing it does not depend on the measure: for a line without spaces it
    /// is the only way to reach the measure. The line builder uses it only where a line has no
    /// space to stretch, or its spaces would open wider than ``LineBuilder/widestSpace``.
    func clusterSpacing(of range: Range<Int>, in shaped: ShapedParagraph) -> (stretch: Double, shrink: Double)? {
        let index = shaped.itemIndex(containing: range.lowerBound)
        guard shaped.items[index].range.upperBound >= range.upperBound,
              let script = shaped.items[index].script, Self.clusterSpacedScripts.contains(script)
        else { return nil }
        let size = shaped.items[index].size
        let gaps = Double(max(0, graphemeCount(in: range) - 1))
        return (gaps * LetterSpacing.narrowStretch * size, gaps * LetterSpacing.narrowShrink * size)
    }

    /// Whether a break without a space at `offset` falls between words of a script written
    /// without spaces (the letter before or after it is Thai, Lao, Khmer or Myanmar).
    private func isDictionaryBreak(at offset: Int, _ shaped: ShapedParagraph) -> Bool {
        let before = shaped.items[shaped.itemIndex(containing: offset - 1)].script
        let after = offset < shaped.text.bytes.count ? shaped.items[shaped.itemIndex(containing: offset)].script : nil
        return [before, after].contains { $0.map(Self.clusterSpacedScripts.contains) ?? false }
    }

    /// Whether a run in this script may be letter-spaced and expanded.
    static func isSpaceable(_ script: String?) -> Bool {
        script.map(spaceableScripts.contains) ?? false
    }

    /// Grapheme clusters in a range of the paragraph.
    func graphemeCount(in range: Range<Int>) -> Int {
        firstGrapheme(atOrAfter: range.upperBound) - firstGrapheme(atOrAfter: range.lowerBound)
    }

    /// The index in `graphemeStarts` of the first cluster starting at `offset` or later.
    func firstGrapheme(atOrAfter offset: Int) -> Int {
        Int(graphemesBefore[offset])
    }

    private static func graphemesBefore(_ starts: [Int], byteCount: Int) -> [Int32] {
        var table = [Int32](repeating: 0, count: byteCount + 1)
        var count = 0
        for offset in 0...byteCount {
            while count < starts.count, starts[count] < offset { count += 1 }
            table[offset] = Int32(count)
        }
        return table
    }

    /// Hyphenation points as paragraph offsets, for the letters of a word (punctuation around
    /// it stays attached); `nil` for words too short or not purely alphabetic.
    ///
    /// Typographic quotes, dashes and ellipses around a word are punctuation like their ASCII
    /// forms (“commons”, «ouvert»), and a possessive or contraction is hyphenated only up to its
    /// apostrophe (coun-try's, as TeX does), so neither keeps a word from hyphenating.
    private func hyphenationPoints(_ word: Range<Int>, shaped: ShapedParagraph, hyphenator: any Hyphenating) -> [Int]? {
        var scalars: [(offset: Int, scalar: Unicode.Scalar)] = []
        var offset = word.lowerBound
        for scalar in String(decoding: shaped.text.bytes[word], as: UTF8.self).unicodeScalars {
            scalars.append((offset, scalar))
            offset += UTF8.width(scalar)
        }
        var first = 0, last = scalars.count
        while first < last, isTrimmable(scalars[first].scalar) { first += 1 }
        while last > first, isTrimmable(scalars[last - 1].scalar) { last -= 1 }
        if let apostrophe = scalars[first..<last].firstIndex(where: { $0.scalar == "'" || $0.scalar == "\u{2019}" }),
           last - apostrophe <= 3, scalars[(apostrophe + 1)..<last].allSatisfy({ isLetter($0.scalar) }) {
            last = apostrophe
        }
        guard last - first >= Self.minimumHyphenatedWord,
              scalars[first..<last].allSatisfy({ isLetter($0.scalar) })
        else { return nil }
        let start = scalars[first].offset
        let end = last < scalars.count ? scalars[last].offset : word.upperBound
        let core = String(decoding: shaped.text.bytes[start..<end], as: UTF8.self)
        guard core.count >= Self.minimumHyphenatedWord else { return nil }
        return hyphenator.hyphenationPoints(in: core).map { $0 + start }.filter { $0 > start && $0 < end }
    }

    /// A letter, or a mark that belongs to one: Tamil's pulli and Devanagari's virama are not
    /// Alphabetic in Unicode, and without them no Tamil or Hindi word with a conjunct would
    /// ever reach the hyphenator.
    private func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIILetter(UInt8(scalar.value)) }
        if scalar.properties.isAlphabetic { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    /// What may stand around a word's letters: ASCII that is not a letter (quotes, commas,
    /// parentheses), and punctuation beyond ASCII (curly quotes, guillemets, dashes, ellipses).
    private func isTrimmable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return !isASCIILetter(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .dashPunctuation, .connectorPunctuation:
            return true
        default:
            return false
        }
    }

    private func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// A word wider than the measure: boxes per grapheme cluster joined by costly breaks, so it
    /// can be split rather than run off the page.
    private mutating func appendEmergencyPieces(_ word: Range<Int>, shaped: ShapedParagraph) {
        let starts = shaped.analysis.graphemeStarts
        var index = firstGrapheme(atOrAfter: word.lowerBound)
        var start = word.lowerBound
        index += 1
        while index < starts.count, starts[index] < word.upperBound {
            let point = starts[index]
            append(.box(shaped.width(start..<point)), start..<point)
            append(.penalty(Self.emergencyPenalty), point..<point)
            start = point
            index += 1
        }
        append(.box(shaped.width(start..<word.upperBound)), start..<word.upperBound)
    }

    private func hyphenWidth(at offset: Int, _ shaped: ShapedParagraph) -> Double {
        let item = shaped.items[shaped.itemIndex(containing: offset)]
        guard let glyph = item.face.glyph(for: "-") else { return 0 }
        return item.face.advance(ofGlyph: glyph) * item.size
    }

    private func lastCharacterStart(before offset: Int, _ shaped: ShapedParagraph) -> Int {
        let starts = shaped.analysis.graphemeStarts
        let index = firstGrapheme(atOrAfter: offset)
        return index > 0 ? starts[index - 1] : 0
    }
}
