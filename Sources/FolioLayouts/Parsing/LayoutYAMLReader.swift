import Yams

/// Reads a layout file's bytes into a `LayoutNode` tree, turning every way the bytes can fail
/// to be YAML (encoding, syntax, duplicate keys, sheer size) into a one-line `LayoutError`.
struct LayoutYAMLReader {
    /// Layout files are a few kilobytes; anything far larger is not one, and deep YAML nesting
    /// in a huge file could exhaust the stack in the recursive composer.
    static let maximumBytes = 256 * 1024
    /// Bound on values visited, so YAML aliases cannot multiply a small file into a huge tree.
    static let maximumNodes = 20_000
    /// Bound on nesting, far beyond what any layout uses.
    static let maximumDepth = 32

    let file: String

    func read(_ bytes: [UInt8]) throws -> LayoutNode {
        let text = try decode(bytes)
        try checkNesting(text)
        let root: Node?
        do {
            // No type resolution: every value is read as text and checked by this module
            // (`true`/`false`, lengths with units). Yams' default resolver would also compile
            // a dozen regular expressions at start-up, a tenth of rendering a one-page article.
            // Nodes only, never Swift values, so no constructor tables either (Yams' default
            // builds its tables of conversions, and the type metadata they need, on every call).
            // UTF-8 named, not `.default`: that reads the whole environment and prints to stdout
            // when YAMS_DEFAULT_ENCODING is set.
            root = try Yams.compose(yaml: text, .basic, Constructor([:], [:], [:]), .utf8)
        } catch let error as YamlError {
            throw layoutError(for: error, in: text)
        }
        guard let root else {
            throw LayoutError(file: file, message: "empty layout file (start from a copy of a4.yaml, or write \"extends: a4\")")
        }
        var budget = Self.maximumNodes
        return try convert(root, location: location(of: root), depth: 0, budget: &budget)
    }

    /// UTF-8 text without a byte-order mark; binary data and invalid UTF-8 are rejected with their line.
    private func decode(_ bytes: [UInt8]) throws -> String {
        guard bytes.count <= Self.maximumBytes else {
            throw LayoutError(file: file, message: "too large for a layout file (\(bytes.count / 1024) KB; layouts are a few KB)")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let control = body.firstIndex(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D || $0 == 0x7F }) {
            throw LayoutError(file: file, line: lineNumber(atByte: control, in: body), message: "binary data, not a text layout file")
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            let line = firstInvalidUTF8Line(body)
            throw LayoutError(file: file, line: line, message: "not UTF-8 text (save the file as UTF-8)")
        }
        return text
    }

    private func lineNumber(atByte index: Int, in bytes: ArraySlice<UInt8>) -> Int {
        1 + bytes[bytes.startIndex..<index].count(where: { $0 == 0x0A })
    }

    private func firstInvalidUTF8Line(_ bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        var lineStart = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A || index == bytes.endIndex - 1 {
            if String(validating: bytes[lineStart...index], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = index + 1
        }
        return line
    }

    /// Rejects flow collections nested deeper than any layout needs, before Yams recurses into them.
    private func checkNesting(_ text: String) throws {
        var depth = 0
        var line = 1
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(depth - 1, 0)
            case 0x0A: line += 1
            default: break
            }
            if depth > Self.maximumDepth {
                throw LayoutError(file: file, line: line, message: "nested more than \(Self.maximumDepth) levels deep, not a layout file")
            }
        }
    }

    private func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 0)
    }

    private func convert(_ node: Node, location: SourceLocation, depth: Int, budget: inout Int) throws -> LayoutNode {
        budget -= 1
        guard budget >= 0, depth <= Self.maximumDepth else {
            throw LayoutError(at: location, "", "too many values or too deeply nested (YAML aliases?), not a layout file")
        }
        switch node {
        case .scalar(let scalar):
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            return LayoutNode(content: isNull ? .null : .scalar(scalar.string), location: self.location(of: node))
        case .sequence(let sequence):
            let items = try sequence.map { try convert($0, location: self.location(of: $0), depth: depth + 1, budget: &budget) }
            return LayoutNode(content: .list(items), location: location)
        case .mapping(let mapping):
            var entries: [LayoutNode.Entry] = []
            for (key, value) in mapping {
                let keyLocation = self.location(of: key)
                guard case .scalar(let keyScalar) = key else {
                    throw LayoutError(at: keyLocation, "", "a key must be a plain name, not \(key.sequence != nil ? "a list" : "a mapping")")
                }
                let converted = try convert(value, location: keyLocation, depth: depth + 1, budget: &budget)
                entries.append(LayoutNode.Entry(key: keyScalar.string, keyLocation: keyLocation, value: converted))
            }
            return LayoutNode(content: .mapping(entries), location: location)
        case .alias(let alias):
            throw LayoutError(at: SourceLocation(file: file, line: alias.mark?.line ?? 0), "", "unresolved YAML alias")
        }
    }

    private func layoutError(for error: YamlError, in text: String) -> LayoutError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if problem == "but found another document" {
                return LayoutError(file: file, line: mark.line, message: "invalid YAML: a second document (a layout is one; remove the \"---\" line)")
            }
            if problem.contains("cannot start any token"), isTab(at: mark, in: text) {
                return LayoutError(file: file, line: mark.line, message: "invalid YAML: a tab character (indent with spaces)")
            }
            var message = "invalid YAML: \(problem)"
            // An unclosed quote is reported at the end of the file; where it opened helps more.
            if let context, context.text.contains("scalar"), context.mark.line != mark.line, context.mark.line > 0 {
                message += " (\(context.text) that starts on line \(context.mark.line))"
            }
            return LayoutError(file: file, line: mark.line, message: message)
        case let .reader(problem, offset, _, _):
            let line = offset.map { 1 + text.utf8.prefix($0).count(where: { $0 == 0x0A }) }
            return LayoutError(file: file, line: line, message: "unreadable text: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let line = repeatLine(ofKey: key, after: context.mark, in: text) ?? context.mark.line
            return LayoutError(file: file, line: line, message: "duplicate key \(key.quoted) (first written on line \(context.mark.line))")
        default:
            return LayoutError(file: file, message: "invalid YAML: \(error)")
        }
    }

    private func isTab(at mark: Mark, in text: String) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return false }
        return lines[mark.line - 1].unicodeScalars.dropFirst(max(mark.column - 1, 0)).first == "\t"
    }

    /// The line where a duplicated key is written again: the same key at the same column, further down.
    private func repeatLine(ofKey key: String, after mark: Mark, in text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line < lines.count else { return nil }
        for number in (mark.line + 1)...lines.count {
            let line = lines[number - 1].unicodeScalars
            let column = mark.column - 1
            guard line.count > column else { continue }
            let rest = String(String.UnicodeScalarView(line.dropFirst(column)))
            if rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":") {
                return number
            }
        }
        return nil
    }
}
