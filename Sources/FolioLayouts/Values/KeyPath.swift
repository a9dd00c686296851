/// Building the dotted key paths that errors name: `margins.left`, `headings[2].size`.
enum KeyPath {
    static func child(_ parent: String, _ key: String) -> String {
        parent.isEmpty ? key : "\(parent).\(key)"
    }

    /// List items are numbered from 1, as a person counts them (`headings[1]` is level 1).
    static func item(_ parent: String, _ index: Int) -> String {
        "\(parent)[\(index + 1)]"
    }
}
