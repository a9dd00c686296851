/// A mapping in a layout file, checked against the keys it may hold.
///
/// Checking happens when the view is made, so a misspelt key is reported (with a suggestion)
/// before any "missing key" error it would otherwise cause.
struct LayoutMapping {
    let path: String
    let location: SourceLocation
    private let entries: [LayoutNode.Entry]

    init(_ node: LayoutNode, path: String, knownKeys: [String], expected: String) throws {
        guard let entries = node.entries else {
            throw LayoutError(at: node.location, path, "expected \(expected), found \(node.kindDescription)")
        }
        for entry in entries where !knownKeys.contains(entry.key) {
            var message = "unknown key"
            if let guess = ClosestMatch.to(entry.key, among: knownKeys) {
                message += " (did you mean \"\(guess)\"?)"
            } else {
                message += " (known keys: \(knownKeys.joined(separator: ", ")))"
            }
            throw LayoutError(at: entry.keyLocation, KeyPath.child(path, entry.key.inMessage), message)
        }
        self.path = path
        self.location = node.location
        self.entries = entries
    }

    /// The value for `key`, if written.
    subscript(key: String) -> LayoutNode? {
        entries.first(where: { $0.key == key })?.value
    }

    /// The value for `key`, or an error naming this mapping's line.
    func required(_ key: String) throws -> LayoutNode {
        guard let value = self[key] else {
            if path.isEmpty {
                let message = "missing key \"\(key)\" (add it, or start the file with \"extends: a4\")"
                throw LayoutError(file: location.file, message: message)
            }
            throw LayoutError(at: location, path, "missing key \"\(key)\"")
        }
        return value
    }

    func keyPath(_ key: String) -> String { KeyPath.child(path, key) }
}
