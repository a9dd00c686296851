internal import CHyphen
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where words of one language may be hyphenated, from a libhyphen pattern dictionary (the
/// patterns LibreOffice uses, from Debian's `hyphen-*` packages).
///
/// Each instance owns one `HyphenDict` (`hnj_hyphen_load` / `hnj_hyphen_free`). libhyphen only
/// reads the dictionary after loading it and keeps all working state on the caller's stack, so
/// one instance is safely shared across threads; get shared instances from
/// ``forLanguage(_:)``.
public final class Hyphenator: @unchecked Sendable {
    /// The dictionary file this hyphenator was loaded from.
    public let path: String
    /// Fewest characters (grapheme clusters) left before a hyphen: "a-" alone looks like a typo.
    public let minimumLeft: Int
    /// Fewest characters carried to the next line: TeX and LibreOffice English use 3.
    public let minimumRight: Int
    /// Longer runs of letters are not hyphenated: they are not words (URLs, noise, a
    /// 50,000-character line), and the caller breaks them by other means.
    public static let maximumWordLength = 100

    private let dictionary: UnsafeMutablePointer<HyphenDict>
    private let charset: DictionaryCharset
    /// Set when only some patterns were loaded: the encoded words they cover…
    private let vocabulary: Set<[UInt8]>?
    /// …and where any other word is looked up.
    private let wholeDictionary: (@Sendable () -> Hyphenator?)?

    /// Loads the dictionary at `path`.
    ///
    /// - Parameters:
    ///   - path: a libhyphen `.dic` file, such as `/usr/share/hyphen/hyph_en_US.dic`.
    ///   - minimumLeft: fewest characters before a hyphen; the dictionary's own
    ///     `LEFTHYPHENMIN` wins when larger.
    ///   - minimumRight: fewest characters after a hyphen; likewise `RIGHTHYPHENMIN`.
    /// - Throws: ``HyphenationError`` when the file cannot be loaded or uses another charset.
    public convenience init(contentsOf path: String, minimumLeft: Int = 2, minimumRight: Int = 3) throws(HyphenationError) {
        guard let dictionary = hnj_hyphen_load(path) else { throw .cannotLoad(path: path) }
        try self.init(dictionary, path: path, minimumLeft: minimumLeft, minimumRight: minimumRight)
    }

    /// Takes ownership of a loaded dictionary.
    init(
        _ dictionary: UnsafeMutablePointer<HyphenDict>, path: String, minimumLeft: Int, minimumRight: Int,
        vocabulary: Set<[UInt8]>? = nil, wholeDictionary: (@Sendable () -> Hyphenator?)? = nil
    ) throws(HyphenationError) {
        let charsetName = withUnsafeBytes(of: dictionary.pointee.cset) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        let charset = dictionary.pointee.utf8 != 0 ? .utf8 : DictionaryCharset(name: charsetName)
        guard let charset else {
            hnj_hyphen_free(dictionary)
            throw .unsupportedCharset(path: path, charset: charsetName)
        }
        self.path = path
        self.dictionary = dictionary
        self.charset = charset
        self.minimumLeft = max(1, minimumLeft, Int(dictionary.pointee.lhmin))
        self.minimumRight = max(1, minimumRight, Int(dictionary.pointee.rhmin))
        self.vocabulary = vocabulary
        self.wholeDictionary = wholeDictionary
    }

    deinit { hnj_hyphen_free(dictionary) }

    /// The places where `word` may take a hyphen at a line end.
    ///
    /// - Parameter word: one word; leading or trailing punctuation is tolerated and never
    ///   hyphenated, and each run of letters between non-letters is hyphenated on its own.
    /// - Returns: ascending UTF-8 byte offsets into `word`: for an offset `k`, the line may end
    ///   with the first `k` bytes plus a hyphen and the next line start at byte `k`. Empty for
    ///   words with digits, all-capital acronyms ("NATO"), and runs too short or too long.
    ///
    /// Only standard hyphenation is reported: a break that changes spelling (old German
    /// "Schiffahrt" → "Schiff-fahrt", `hnj_hyphen_hyphenate2`'s replacements) is left out,
    /// since an offset cannot describe it; Debian's dictionaries for the languages we ship have
    /// none.
    public func hyphenationPoints(in word: String) -> [Int] {
        guard !word.contains(where: \.isNumber) else { return [] }
        var points: [Int] = []
        for run in LetterRun.runs(in: word) where !run.isAllUppercase {
            points.append(contentsOf: hyphenationPoints(in: run))
        }
        return points
    }

    private func hyphenationPoints(in run: LetterRun) -> [Int] {
        let count = run.characterCount
        guard count >= minimumLeft + minimumRight, count <= Self.maximumWordLength,
              var bytes = charset.encode(run.loweredScalars) else { return [] }
        let hyphens = patternHyphens(for: &bytes, scalarCount: run.loweredScalars.count)
        var points: [Int] = []
        for (index, allowed) in hyphens.enumerated() where allowed {
            guard let before = run.characterBoundaryAfter[index],
                  before >= minimumLeft, count - before >= minimumRight else { continue }
            points.append(run.utf8Boundaries[before])
        }
        return points
    }

    /// For each scalar of the word, whether the patterns allow a standard hyphen after it.
    ///
    /// The corresponding C function is `hnj_hyphen_hyphenate2`.
    private func patternHyphens(for bytes: inout [UInt8], scalarCount: Int) -> [Bool] {
        if let vocabulary, !vocabulary.contains(bytes) {
            guard let whole = wholeDictionary?() else { return Array(repeating: false, count: scalarCount) }
            return whole.patternHyphens(for: &bytes, scalarCount: scalarCount)
        }
        let size = bytes.count
        bytes.append(0)  // libhyphen searches the word with strstr for NOHYPHEN sequences.
        var hyphens = [CChar](repeating: 0, count: size + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        let status = bytes.withUnsafeBufferPointer { word in
            word.withMemoryRebound(to: CChar.self) { word in
                hnj_hyphen_hyphenate2(dictionary, word.baseAddress, Int32(size), &hyphens,
                                      nil, &replacements, &positions, &cuts)
            }
        }
        defer {
            if let replacements {
                for index in 0..<size { free(replacements[index]) }
                free(replacements)
            }
            free(positions)
            free(cuts)
        }
        guard status == 0 else { return [] }
        return (0..<scalarCount).map { index in
            hyphens[index] & 1 == 1 && replacements?[index] == nil
        }
    }
}
