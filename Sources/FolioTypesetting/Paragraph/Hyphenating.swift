/// Finds where a word may be hyphenated; implemented over libhyphen by `FolioHyphenation`.
///
/// Kept as a protocol so the typesetting core touches no dictionary files itself.
public protocol Hyphenating: Sendable {
    /// UTF-8 byte offsets inside `word` where a hyphen may be inserted, ascending.
    func hyphenationPoints(in word: String) -> [Int]
}
