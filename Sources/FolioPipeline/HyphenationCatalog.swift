import FolioTypesetting

/// Hyphenators by language, for the typesetter (placeholder until libhyphen lands).
enum HyphenationCatalog {
    @Sendable static func hyphenator(for language: String) -> (any Hyphenating)? { nil }
}
