import Foundation

/// The `hyph_<language>[_<REGION>].dic` files in one directory, found by language tag.
struct HyphenationDictionaries: Sendable {
    let directory: String

    /// The best dictionary file for `tag`, or `nil`; see ``Hyphenator/forLanguage(_:)``.
    func path(forLanguage tag: String) -> String? {
        guard let (language, region) = Self.parse(tag) else { return nil }
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
        var candidates: [String] = []
        if let region { candidates.append("hyph_\(language)_\(region).dic") }
        candidates.append("hyph_\(language).dic")
        candidates.append("hyph_\(language)_\(language.uppercased()).dic")
        let anyRegion = names.filter { $0.hasPrefix("hyph_\(language)_") && $0.hasSuffix(".dic") }.sorted()
        candidates.append(contentsOf: anyRegion)
        guard let name = candidates.first(where: names.contains) else { return nil }
        return directory + "/" + name
    }

    /// The lowercase language and uppercase region of a BCP 47 tag or POSIX locale name.
    ///
    /// Anything but 2–3 ASCII letters as the language is rejected, so a tag can never name a
    /// path outside the directory.
    static func parse(_ tag: String) -> (language: String, region: String?)? {
        let locale = tag.split(whereSeparator: { $0 == "." || $0 == "@" }).first ?? ""
        let parts = locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let language = parts.first?.lowercased(), (2...3).contains(language.count),
              language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        // Skip a four-letter script subtag (`sr-Latn-RS`); a region is two letters.
        let region = parts.dropFirst().first { $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isLetter } }
        return (language, region?.uppercased())
    }
}
