import FolioModel

/// Maps a parsed JSON document in Folio's schema (`SCHEMA.md`) to an `Article`.
///
/// Every schema error names the JSON path of the offending value (`body[3].level: expected a
/// number, found text`), so an editor can find it in a CMS export.
struct JSONArticleDecoder {
    static let blockTypes = "paragraph, heading, quote, list, figure or rule"

    func article(_ root: JSONValue) throws(ReaderError) -> Article {
        guard case .object = root else { throw .invalidValue(path: "top level", problem: "expected an object, found \(root.kindName)") }
        guard let title = try optionalText(root["title"], at: "title"), !title.isEmpty else { throw .noTitle }
        let dateKey = root["published"] == nil && root["date"] != nil ? "date" : "published"
        guard let date = try optionalText(root[dateKey], at: dateKey) else {
            throw .noDate(hint: "add \"published\": \"2018-11-09T11:11:21\"")
        }
        return Article(
            title: title,
            section: try optionalText(root["section"], at: "section"),
            published: try PublicationDate(reading: date, at: dateKey),
            byline: try optionalText(root["byline"], at: "byline"),
            language: try optionalText(root["language"], at: "language"),
            sourceURL: try optionalText(root["url"], at: "url"),
            blocks: try blocks(root["body"], at: "body"))
    }

    private func blocks(_ value: JSONValue?, at path: String) throws(ReaderError) -> [Block] {
        guard let value, value != .null else { return [] }
        guard case .array(let elements) = value else { throw mismatch(path, "a list of blocks", value) }
        var result: [Block] = []
        for (index, element) in elements.enumerated() {
            result.append(try block(element, at: "\(path)[\(index)]"))
        }
        return result
    }

    private func block(_ value: JSONValue, at path: String) throws(ReaderError) -> Block {
        if case .string(let text) = value { return .paragraph([Span(text)]) }
        guard case .object = value else { throw mismatch(path, "a block object", value) }
        guard let type = try optionalText(value["type"], at: "\(path).type") else {
            throw .invalidValue(path: "\(path).type", problem: "missing (one of \(Self.blockTypes))")
        }
        switch type {
        case "paragraph":
            return .paragraph(try spans(of: value, at: path))
        case "heading":
            guard let levelValue = value["level"] else { return .heading(level: 1, try spans(of: value, at: path)) }
            guard case .number(let level) = levelValue else { throw mismatch("\(path).level", "a number", levelValue) }
            guard level == level.rounded(), (1...6).contains(level) else {
                throw .invalidValue(path: "\(path).level", problem: "expected a whole number from 1 to 6")
            }
            return .heading(level: Int(level), try spans(of: value, at: path))
        case "quote", "blockquote":
            return .blockQuote(try blocks(value["body"], at: "\(path).body"))
        case "list":
            let ordered = try optionalBool(value["ordered"], at: "\(path).ordered") ?? false
            guard let itemsValue = value["items"], itemsValue != .null else { return .list(ordered: ordered, items: []) }
            guard case .array(let items) = itemsValue else { throw mismatch("\(path).items", "a list of items", itemsValue) }
            var result: [[Block]] = []
            for (index, item) in items.enumerated() {
                let itemPath = "\(path).items[\(index)]"
                if case .string(let text) = item { result.append([.paragraph([Span(text)])]) } else { result.append(try blocks(item, at: itemPath)) }
            }
            return .list(ordered: ordered, items: result)
        case "figure", "image":
            guard let source = try optionalText(value["src"], at: "\(path).src") else {
                throw .invalidValue(path: "\(path).src", problem: "missing (the image path)")
            }
            let caption = try value["caption"].map { v throws(ReaderError) in try spans(v, at: "\(path).caption") } ?? []
            return .figure(Figure(source: source, altText: try optionalText(value["alt"], at: "\(path).alt") ?? "", caption: caption))
        case "rule":
            return .rule
        default:
            throw .invalidValue(path: "\(path).type", problem: "unknown block type '\(type)' (expected \(Self.blockTypes))")
        }
    }

    /// A block's inline content: `text` (plain) or `spans`.
    private func spans(of block: JSONValue, at path: String) throws(ReaderError) -> [Span] {
        if let spans = block["spans"] { return try self.spans(spans, at: "\(path).spans") }
        if let text = block["text"] { return try self.spans(text, at: "\(path).text") }
        throw .invalidValue(path: path, problem: "expected \"text\" or \"spans\"")
    }

    /// Text, or a list of spans each either text or `{text, emphasis, strong, code, link}`.
    private func spans(_ value: JSONValue, at path: String) throws(ReaderError) -> [Span] {
        if case .string(let text) = value { return text.isEmpty ? [] : [Span(text)] }
        guard case .array(let elements) = value else { throw mismatch(path, "text or a list of spans", value) }
        var result: [Span] = []
        for (index, element) in elements.enumerated() {
            let spanPath = "\(path)[\(index)]"
            if case .string(let text) = element {
                result.append(Span(text))
                continue
            }
            guard case .object = element else { throw mismatch(spanPath, "text or a span object", element) }
            guard let textValue = element["text"] else { throw .invalidValue(path: "\(spanPath).text", problem: "missing") }
            guard case .string(let text) = textValue else { throw mismatch("\(spanPath).text", "text", textValue) }
            var style: InlineStyle = []
            if try optionalBool(element["emphasis"], at: "\(spanPath).emphasis") == true { style.insert(.emphasis) }
            if try optionalBool(element["strong"], at: "\(spanPath).strong") == true { style.insert(.strong) }
            if try optionalBool(element["code"], at: "\(spanPath).code") == true { style.insert(.code) }
            result.append(Span(text, style: style, link: try optionalText(element["link"], at: "\(spanPath).link")))
        }
        return result
    }

    private func optionalText(_ value: JSONValue?, at path: String) throws(ReaderError) -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?:
            let trimmed = text.trimmedSpace
            return trimmed.isEmpty ? nil : trimmed
        case let other?: throw mismatch(path, "text", other)
        }
    }

    private func optionalBool(_ value: JSONValue?, at path: String) throws(ReaderError) -> Bool? {
        switch value {
        case nil, .null?: return nil
        case .bool(let flag)?: return flag
        case let other?: throw mismatch(path, "true or false", other)
        }
    }

    private func mismatch(_ path: String, _ expected: String, _ found: JSONValue) -> ReaderError {
        .invalidValue(path: path, problem: "expected \(expected), found \(found.kindName)")
    }
}
