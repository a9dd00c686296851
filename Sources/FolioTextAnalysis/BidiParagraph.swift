/// The bidirectional structure of one paragraph (UAX #9, as ICU's ubidi resolves it):
/// which stretches run right to left, and how deeply they are embedded.
///
/// Resolve the whole paragraph once, before line breaking, then for each line ask for
/// ``runs(forLine:)`` and put those runs in display order with ``visualOrder(levels:)``
/// (or ask for ``visualRuns(forLine:)`` directly):
///
/// ```swift
/// let paragraph = try BidiParagraph("مرحبا Swift 6 يا عالم")
/// paragraph.isRightToLeft          // true: the first strong letter is Arabic
/// paragraph.runs.map(\.level)      // [1, 2, 1]: "Swift 6" is embedded left to right
/// ```
///
/// Override and isolate controls (LRE, RLE, LRO, RLO, PDF, LRI, RLI, FSI, PDI) are
/// honoured; they stay in the text (with levels) so offsets keep matching it, and a
/// shaper should draw them as nothing. All offsets are UTF-8 byte offsets.
///
/// The text should be one paragraph. ICU splits text at paragraph separators (such as
/// U+2029 or a line feed) into paragraphs that each find their own direction with `.auto`;
/// ``paragraphLevel`` and the line-end rule of ``runs(forLine:)`` use the first one's.
public struct BidiParagraph: Sendable, Equatable {
    /// The direction the paragraph is set in.
    public enum BaseDirection: Sendable, Hashable {
        /// From the first strong letter, outside isolates (rules P2 and P3); left to right
        /// if there is none.
        case auto
        /// Left to right (paragraph level 0), as for English.
        case leftToRight
        /// Right to left (paragraph level 1), as for Arabic and Hebrew.
        case rightToLeft
    }

    /// A maximal stretch of text at one embedding level.
    public struct Run: Sendable, Hashable {
        /// The UTF-8 range of the run.
        public var range: Range<Int>
        /// The embedding level: even runs go left to right, odd ones right to left.
        public var level: UInt8

        public init(range: Range<Int>, level: UInt8) {
            self.range = range
            self.level = level
        }

        /// Whether the run reads right to left (its level is odd).
        public var isRightToLeft: Bool {
            level % 2 == 1
        }
    }

    /// The resolved level of the paragraph: 0 for left to right, 1 for right to left.
    public let paragraphLevel: UInt8

    /// The runs in logical (reading) order, covering the whole text.
    public let runs: [Run]

    /// One entry per UTF-8 byte: the level in the low 7 bits, and in the top bit whether
    /// rule L1 resets the byte's character to the paragraph level at the end of a line.
    let byteLevels: [UInt8]
    static let resetsAtLineEnd: UInt8 = 0x80

    /// Whether the paragraph is set right to left.
    public var isRightToLeft: Bool {
        paragraphLevel % 2 == 1
    }

    /// Resolves the directions of `text`.
    ///
    /// - Parameters:
    ///   - text: one paragraph.
    ///   - baseDirection: the paragraph direction, or `.auto` to take it from the text.
    /// - Throws: ``TextAnalysisError`` when ICU cannot resolve the text (it is longer than
    ///   ICU can index, or memory ran out). There is no fallback: a wrong direction would
    ///   silently scramble the words.
    public init(_ text: String, baseDirection: BaseDirection = .auto) throws(TextAnalysisError) {
        let requested: UInt8 = switch baseDirection {
        case .auto: ICU.autoParagraphLevel
        case .leftToRight: 0
        case .rightToLeft: 1
        }
        guard !text.isEmpty else {
            paragraphLevel = baseDirection == .rightToLeft ? 1 : 0
            runs = []
            byteLevels = []
            return
        }
        guard let utf16 = UTF16Text(text) else { throw .textTooLong(utf8Length: text.utf8.count) }
        let bidi = try BidiObject(capacity: utf16.units.count)
        (paragraphLevel, byteLevels) = try bidi.resolve(utf16, paragraphLevel: requested) { level, levels in
            (level, Self.byteLevels(of: text, unitLevels: levels))
        }
        runs = Self.runs(of: byteLevels[...])
    }

    /// Spreads ICU's per-UTF-16-unit levels over the UTF-8 bytes, adding the L1 flag.
    private static func byteLevels(of text: String, unitLevels: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var unit = 0
        for scalar in text.unicodeScalars {
            let flag = ICU.resetsAtLineEnd(scalar) ? resetsAtLineEnd : 0
            let entry = (unitLevels[unit] & ~resetsAtLineEnd) | flag
            for _ in 0..<scalar.utf8.count { bytes.append(entry) }
            unit += UTF16.width(scalar)
        }
        return bytes
    }

    /// Run-length encodes the levels of `bytes` (ignoring the L1 flag).
    static func runs(of bytes: ArraySlice<UInt8>) -> [Run] {
        var runs: [Run] = []
        var runStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let level = bytes[index] & ~resetsAtLineEnd
            if level != bytes[runStart] & ~resetsAtLineEnd {
                runs.append(Run(range: runStart..<index, level: bytes[runStart] & ~resetsAtLineEnd))
                runStart = index
            }
            index += 1
        }
        if runStart < bytes.endIndex {
            runs.append(Run(range: runStart..<bytes.endIndex, level: bytes[runStart] & ~resetsAtLineEnd))
        }
        return runs
    }
}
