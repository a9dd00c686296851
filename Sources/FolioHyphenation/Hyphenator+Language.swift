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

    private static let cache = HyphenatorCache(directory: systemDictionaryDirectory)
}
