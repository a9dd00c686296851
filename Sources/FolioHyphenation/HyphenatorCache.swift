import Foundation

/// Loaded hyphenators by language tag and by file, behind a lock.
final class HyphenatorCache: @unchecked Sendable {
    private let dictionaries: HyphenationDictionaries
    private let lock = NSLock()
    private var byTag: [String: Hyphenator?] = [:]
    private var byFile: [String: Hyphenator] = [:]

    init(directory: String) {
        dictionaries = HyphenationDictionaries(directory: directory)
    }

    func hyphenator(for tag: String) -> Hyphenator? {
        // Keyed by the parsed tag, so "en-US", "en_us" and "en-US.UTF-8" share one entry and
        // odd tags from input cannot grow the cache without bound.
        guard let (language, region) = HyphenationDictionaries.parse(tag) else { return nil }
        let key = region.map { "\(language)-\($0)" } ?? language
        lock.lock()
        defer { lock.unlock() }
        if let known = byTag[key] { return known }
        var hyphenator: Hyphenator?
        if let path = dictionaries.path(forLanguage: tag) {
            let file = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            hyphenator = byFile[file] ?? (try? Hyphenator(contentsOf: file))
            byFile[file] = hyphenator
        }
        byTag[key] = hyphenator
        return hyphenator
    }
}
