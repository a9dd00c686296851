#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CHyphen

/// A hyphenator for one document's words: only the patterns they can need are loaded.
extension Hyphenator {
    /// Loads from the dictionary at `path` only the patterns the words of `text` can need, and
    /// answers any other word from `wholeDictionary`, loaded on first need.
    ///
    /// For one document the answers are the same as the whole dictionary's, in a fraction of
    /// the load time (see `PatternSelection`); a hyphenator for many documents should load
    /// the whole dictionary instead.
    ///
    /// - Throws: ``HyphenationError`` when the file cannot be read or uses another charset.
    public convenience init(
        contentsOf path: String, wordsOf text: String, minimumLeft: Int = 2, minimumRight: Int = 3,
        wholeDictionary: @escaping @Sendable () -> Hyphenator?
    ) throws(HyphenationError) {
        guard let bytes = Self.readFile(path) else { throw .cannotLoad(path: path) }
        let charsetName = String(decoding: bytes.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
        guard let charset = DictionaryCharset(name: charsetName) else {
            throw .unsupportedCharset(path: path, charset: charsetName)
        }
        var words = Set<[UInt8]>()
        for word in Self.candidateWords(in: text) {
            for run in LetterRun.runs(in: String(word)) {
                if let encoded = charset.encode(run.loweredScalars) { words.insert(encoded) }
            }
        }
        var selection = PatternSelection(dictionary: bytes, words: words).text
        let file = selection.withUnsafeMutableBytes { fmemopen($0.baseAddress, $0.count, "r") }
        guard let file else { throw .cannotLoad(path: path) }
        let dictionary = hnj_hyphen_load_file(file)
        fclose(file)
        guard let dictionary else { throw .cannotLoad(path: path) }
        try self.init(
            dictionary, path: path, minimumLeft: minimumLeft, minimumRight: minimumRight,
            vocabulary: words, wholeDictionary: wholeDictionary)
    }

    /// The file's bytes read straight into an array (no `Data` to copy out of), or `nil`.
    private static func readFile(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            bytes.append(contentsOf: chunk[..<count])
            if count < chunk.count { return ferror(file) == 0 ? bytes : nil }
        }
    }

    /// The text's words, once each, split at anything that cannot be inside a word.
    ///
    /// Repeats are recognised by a 64-bit hash of their scalars, computed while scanning:
    /// putting every occurrence into a `Set<Substring>` was half of preparing a long article's
    /// patterns. A collision can only leave a word out of the vocabulary, and a word outside it
    /// is answered from the whole dictionary, so the answers stay exact.
    fileprivate static func candidateWords(in text: String) -> [Substring] {
        var seen = Set<UInt64>()
        var words: [Substring] = []
        var start: String.Index?
        var hash: UInt64 = 0
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let inWord = scalar.isASCII
                ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
                : scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
                    || scalar.properties.generalCategory == .spacingMark
            if inWord {
                if start == nil { (start, hash) = (index, 0xcbf2_9ce4_8422_2325) }
                hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3  // FNV-1a
            } else if let wordStart = start {
                if seen.insert(hash).inserted { words.append(text[wordStart..<index]) }
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let wordStart = start, seen.insert(hash).inserted { words.append(text[wordStart...]) }
        return words
    }
}
