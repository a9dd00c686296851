import Foundation

/// The `hyph_<language>[_<REGION>].dic` files in one directory, found by language tag.
///
/// Only a dictionary of the tag's own language (and script) is ever chosen: a language without
/// one is not hyphenated, never hyphenated with another language's patterns.
struct HyphenationDictionaries: Sendable {
    let directory: String

    /// Languages whose typography does not hyphenate, although Debian ships patterns: Thai is
    /// broken between words (ICU's dictionary) and never marked with a hyphen at a line end.
    static let unhyphenated: Set<String> = ["th"]

    /// Tags that name the same patterns under another code: Norwegian is Bokmål unless it says
    /// Nynorsk.
    static let aliases = ["no": "nb"]

    /// The script the plain `hyph_<language>…` files of a language are in, where a tag may name
    /// another one: Serbian's are Cyrillic, so `sr-Latn` needs `hyph_sr-Latn_RS.dic` and never
    /// gets the Cyrillic patterns.
    static let scriptOfPlainFiles = ["sr": "Cyrl"]

    /// The best dictionary file for `tag`, or `nil`; see ``Hyphenator/forLanguage(_:)``.
    func path(forLanguage tag: String) -> String? {
        guard let (parsedLanguage, script, region) = Self.parseWithScript(tag) else { return nil }
        let language = Self.aliases[parsedLanguage] ?? parsedLanguage
        guard !Self.unhyphenated.contains(language) else { return nil }
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
        var candidates: [String] = []
        if let script {
            // `hyph_sr-Latn_RS.dic` and `hyph_en_Latn_US.dic` are both in use.
            let prefixes = ["hyph_\(language)-\(script)_", "hyph_\(language)_\(script)_"]
            if let region { candidates += prefixes.map { "\($0)\(region).dic" } }
            candidates += names.filter { name in prefixes.contains { name.hasPrefix($0) } }.sorted()
            if let found = candidates.first(where: names.contains) { return directory + "/" + found }
            guard (Self.scriptOfPlainFiles[language] ?? script) == script else { return nil }
            candidates = []
        }
        if let region { candidates.append("hyph_\(language)_\(region).dic") }
        candidates.append("hyph_\(language).dic")
        candidates.append("hyph_\(language)_\(language.uppercased()).dic")
        // Any region of the language, but not a file for another script (`hyph_sr-Latn_RS`,
        // whose name starts `hyph_sr-`, is not among `hyph_sr_*`).
        let anyRegion = names.filter {
            $0.hasPrefix("hyph_\(language)_") && $0.hasSuffix(".dic") && $0.split(separator: "_").count == 3
        }.sorted()
        candidates.append(contentsOf: anyRegion)
        guard let name = candidates.first(where: names.contains) else { return nil }
        return directory + "/" + name
    }

    /// The lowercase language, capitalised script and uppercase region of a BCP 47 tag or
    /// POSIX locale name (`sr-latn-rs` → `sr`, `Latn`, `RS`).
    ///
    /// Anything but 2–3 ASCII letters as the language is rejected, so a tag can never name a
    /// path outside the directory.
    static func parseWithScript(_ tag: String) -> (language: String, script: String?, region: String?)? {
        let locale = tag.split(whereSeparator: { $0 == "." || $0 == "@" }).first ?? ""
        let parts = locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let language = parts.first?.lowercased(), (2...3).contains(language.count),
              language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let isLetters = { (part: String) in part.allSatisfy { $0.isASCII && $0.isLetter } }
        let script = parts.dropFirst().first.flatMap { $0.count == 4 && isLetters($0) ? $0 : nil }
            .map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
        let region = parts.dropFirst().first { $0.count == 2 && isLetters($0) }
        return (language, script, region?.uppercased())
    }
}
