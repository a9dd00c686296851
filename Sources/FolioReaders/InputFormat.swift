/// The input formats Folio reads.
public enum InputFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// A news page saved as plain text (the seed's shape).
    case text
    /// CommonMark with optional YAML front matter.
    case markdown
    /// An HTML article page.
    case html
    /// A CMS export in Folio's JSON schema (see `JSON/SCHEMA.md`).
    case json

    public var description: String { rawValue }

    /// The format a file name's extension names (`.txt`, `.md`/`.markdown`, `.html`/`.htm`,
    /// `.json`, case-insensitive), or nil when the extension says nothing.
    public init?(fileName: String) {
        let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown", "mdown", "mkd": self = .markdown
        case "html", "htm", "xhtml", "shtml": self = .html
        case "json": self = .json
        default: return nil
        }
    }

    /// Guesses the format from the first bytes: `{` or `[` is JSON, a tag is HTML, front matter
    /// or a `#` heading is Markdown, anything else is scraped text.
    public init(sniffing bytes: [UInt8]) {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 512)], as: UTF8.self).lowercased()
        if head.hasPrefix("{") || head.hasPrefix("[{") || head.hasPrefix("[\n") {
            self = .json
        } else if ["<!doctype html", "<html", "<?xml", "<head", "<body", "<meta", "<article", "<!--",
                   "<div", "<p>", "<p ", "<h1", "<title"].contains(where: { head.hasPrefix($0) }) {
            self = .html
        } else if head.hasPrefix("---\n") || head.hasPrefix("---\r\n") || head.hasPrefix("# ") {
            self = .markdown
        } else {
            self = .text
        }
    }
}
