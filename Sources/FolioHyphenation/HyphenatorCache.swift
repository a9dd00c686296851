import Foundation

/// Loaded hyphenators by language tag and by file, behind a lock.
final class HyphenatorCache: @unchecked Sendable {
    private let dictionaries: HyphenationDictionaries
    private let lock = NSLock()
    /// The resolved dictionary file of each tag seen (`nil`: none covers it).
    private var fileByTag: [String: String?] = [:]
    private var byFile: [String: Hyphenator?] = [:]

    init(directory: String) {
        dictionaries = HyphenationDictionaries(directory: directory)
    }

    /// The whole dictionary for `tag`, loaded once.
    func hyphenator(for tag: String) -> Hyphenator? {
        guard let file = file(for: tag) else { return nil }
        return wholeDictionary(file)
    }

    /// A hyphenator for the words of `text` in `tag`'s language: the whole dictionary if it is
    /// already loaded, else one holding only the patterns those words need.
    func hyphenator(for tag: String, wordsOf text: String) -> Hyphenator? {
        guard let file = file(for: tag) else { return nil }
        lock.lock()
        let loaded = byFile[file]
        lock.unlock()
        if let loaded { return loaded }
        return (try? Hyphenator(contentsOf: file, wordsOf: text) { [self] in wholeDictionary(file) })
            ?? wholeDictionary(file)
    }

    private func file(for tag: String) -> String? {
        // Keyed by the parsed tag, so "en-US", "en_us" and "en-US.UTF-8" share one entry and
        // odd tags from input cannot grow the cache without bound.
        guard let (language, script, region) = HyphenationDictionaries.parseWithScript(tag) else { return nil }
        let key = [language, script, region].compactMap { $0 }.joined(separator: "-")
        lock.lock()
        defer { lock.unlock() }
        if let known = fileByTag[key] { return known }
        let file = dictionaries.path(forLanguage: tag).map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
        fileByTag[key] = file
        return file
    }

    /// Holds the lock while loading, so concurrent first requests load the file once.
    private func wholeDictionary(_ file: String) -> Hyphenator? {
        lock.lock()
        defer { lock.unlock() }
        if let known = byFile[file] { return known }
        let hyphenator = try? Hyphenator(contentsOf: file)
        byFile[file] = hyphenator
        return hyphenator
    }
}
