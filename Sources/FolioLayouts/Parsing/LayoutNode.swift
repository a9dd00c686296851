/// A layout file's YAML, reduced to what layouts use and tagged with source locations.
///
/// Yams' `Node` knows lines but not files; after `extends` merges several files into one tree,
/// every value still has to say which file it came from.
struct LayoutNode: Sendable {
    enum Content: Sendable {
        /// An empty value (`key:` with nothing after it, `~`, `null`).
        case null
        case scalar(String)
        case list([LayoutNode])
        case mapping([Entry])
    }

    struct Entry: Sendable {
        var key: String
        /// Where the key itself was written (unknown-key errors point here).
        var keyLocation: SourceLocation
        var value: LayoutNode
    }

    var content: Content
    /// For scalars, the value's position; for lists and mappings, the key that introduced them.
    var location: SourceLocation

    /// The entries, when this is a mapping.
    var entries: [Entry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// This tree laid over `base`, as `extends` does: mappings merge key by key, recursively;
    /// anything else (scalars, lists such as `headings`) replaces the base value whole.
    func merged(over base: LayoutNode) -> LayoutNode {
        guard let overrides = entries, let inherited = base.entries else { return self }
        var result: [Entry] = inherited.map { entry in
            guard let override = overrides.first(where: { $0.key == entry.key }) else { return entry }
            return Entry(key: entry.key, keyLocation: override.keyLocation, value: override.value.merged(over: entry.value))
        }
        for entry in overrides where !inherited.contains(where: { $0.key == entry.key }) {
            result.append(entry)
        }
        return LayoutNode(content: .mapping(result), location: location)
    }

    /// A short name for the kind of value, for "expected …, found …" messages.
    var kindDescription: String {
        switch content {
        case .null: "nothing"
        case .scalar(let text): text.quoted
        case .list: "a list"
        case .mapping: "a mapping"
        }
    }
}
