import Foundation

extension Hyphenator {
    /// Debian's directory of libhyphen dictionaries (`hyphen-en-us`, `hyphen-de`, …).
    public static let systemDictionaryDirectory = "/usr/share/hyphen"

    /// The shared hyphenator for a BCP 47 language tag, or `nil` when no dictionary covers it.
    ///
    /// - Parameter tag: `en`, `en-US`, `de-CH`, `pt_BR` or a POSIX locale such as `fr_FR.UTF-8`;
    ///   case does not matter.
    /// - Returns: a hyphenator for the closest dictionary in ``systemDictionaryDirectory``: the
    ///   tag's region if there is one (`hyph_de_CH.dic`), else the bare language (`hyph_en.dic`),
    ///   else the language's home region (`hyph_fr_FR.dic`), else any region (`hyph_hi_IN.dic`).
    ///
    /// Loads each dictionary once per process and caches the answer, including `nil`; safe to
    /// call from any thread.
    public static func forLanguage(_ tag: String) -> Hyphenator? {
        cache.hyphenator(for: tag)
    }

    /// A hyphenator for one document: the shared one of ``forLanguage(_:)`` when it is already
    /// loaded, else a new one holding only the patterns the words of `text` need, which
    /// gives the same answers for those words and loads ten times faster. Other words fall
    /// back to the shared hyphenator.
    ///
    /// For a process that renders one article; a process that renders many should keep asking
    /// ``forLanguage(_:)``. Safe to call from any thread.
    public static func forLanguage(_ tag: String, wordsOf text: String) -> Hyphenator? {
        cache.hyphenator(for: tag, wordsOf: text)
    }

    private static let cache = HyphenatorCache(directory: systemDictionaryDirectory)
}
