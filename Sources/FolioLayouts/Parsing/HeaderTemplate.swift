/// Checks the placeholders in running header and footer templates, so that a typo such as
/// `{pgae}` is an error in the layout rather than literal text on every printed page.
enum HeaderTemplate {
    static let placeholders = ["publication", "section", "title", "page", "pages"]

    static func check(_ node: LayoutNode, path: String) throws -> String {
        let template = try node.text(path)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            let name = String(rest[afterOpen..<close])
            let isWord = !name.isEmpty && name.allSatisfy { $0.isLetter || $0 == "_" || $0 == "-" }
            if isWord, !placeholders.contains(name) {
                let guess = ClosestMatch.to(name, among: placeholders).map { "did you mean {\($0)}? " } ?? ""
                let known = placeholders.map { "{\($0)}" }.orList
                throw LayoutError(at: node.location, path, "unknown placeholder {\(name.inMessage)} (\(guess)use \(known))")
            }
            rest = rest[rest.index(after: close)...]
        }
        return template
    }
}
