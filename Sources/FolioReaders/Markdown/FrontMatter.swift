import Yams

/// The YAML block between `---` lines at the top of a Markdown file: the article's metadata.
///
/// Recognised keys (case-insensitive): `title`; `date` or `published`; `section` or
/// `category`; `byline` or `author` (a list of authors is joined with ", "); `language` or
/// `lang`; `url`, `source` or `canonical`. Other keys are allowed and ignored, so files written
/// for static-site generators read as they are. Values are taken as written (no YAML type
/// guessing), so `date: 2018-11-09 11:11:21` keeps its wall-clock time.
struct FrontMatter {
    var title: String?
    var date: String?
    var section: String?
    var byline: String?
    var language: String?
    var url: String?

    /// Splits front matter off `text`; returns nil metadata when the text does not start with
    /// a `---` line closed by a later `---` or `...` line.
    static func split(_ text: String) throws(ReaderError) -> (FrontMatter?, body: String) {
        guard text.hasPrefix("---\n") else { return (nil, text) }
        var offset = text.utf8.index(text.utf8.startIndex, offsetBy: 4)
        let start = offset
        while offset < text.utf8.endIndex {
            let lineEnd = text.utf8[offset...].firstIndex(of: 0x0A) ?? text.utf8.endIndex
            let line = String(Substring(text.utf8[offset..<lineEnd])).trimmedTrailingSpace
            if line == "---" || line == "..." {
                let yaml = String(Substring(text.utf8[start..<offset]))
                let bodyStart = lineEnd < text.utf8.endIndex ? text.utf8.index(after: lineEnd) : lineEnd
                return (try FrontMatter(yaml: yaml), String(Substring(text.utf8[bodyStart...])))
            }
            offset = lineEnd < text.utf8.endIndex ? text.utf8.index(after: lineEnd) : lineEnd
        }
        return (nil, text)
    }

    init(yaml: String) throws(ReaderError) {
        let node: Node?
        do {
            // Every value is read as text, so no type resolution (Yams' default resolver compiles
            // a dozen regular expressions) and no constructor tables; UTF-8 named, as `.default`
            // reads the environment and prints to stdout when YAMS_DEFAULT_ENCODING is set.
            node = try Yams.compose(yaml: yaml, .basic, Constructor([:], [:], [:]), .utf8)
        } catch let error as YamlError {
            throw .malformed(format: "YAML front matter", problem: Self.message(error))
        } catch {
            throw .malformed(format: "YAML front matter", problem: "could not be parsed")
        }
        guard let node else { return }
        guard let mapping = node.mapping else {
            throw .invalidValue(path: "front matter", problem: "expected 'key: value' lines")
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string.lowercased() else { continue }
            switch key {
            case "title": title = try Self.text(value, key: key)
            case "date", "published": date = try Self.text(value, key: key)
            case "section", "category": section = try Self.text(value, key: key)
            case "byline", "author", "authors": byline = try Self.text(value, key: key, allowingList: true)
            case "language", "lang": language = try Self.text(value, key: key)
            case "url", "source", "canonical": url = try Self.text(value, key: key)
            default: continue
            }
        }
    }

    private static func text(_ node: Node, key: String, allowingList: Bool = false) throws(ReaderError) -> String? {
        if let scalar = node.scalar {
            let value = scalar.string.trimmedSpace
            return value.isEmpty || value == "~" || value == "null" ? nil : value
        }
        if allowingList, let items = node.sequence?.compactMap({ $0.scalar?.string.trimmedSpace }),
           items.count == node.sequence?.count {
            return items.isEmpty ? nil : items.joined(separator: ", ")
        }
        throw .invalidValue(path: "front matter '\(key)'", problem: allowingList ? "expected text or a list of names" : "expected text")
    }

    /// Yams' errors quote the whole document over several lines; keep the problem and where.
    /// Lines are counted in the file, where the YAML starts on line 2.
    private static func message(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return "line \(mark.line + 1): \(problem)"
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicated key '\(duplicates.first ?? "")'"
        default:
            return "could not be parsed"
        }
    }
}
