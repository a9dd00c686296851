import FolioPipeline

/// Where rendered files go.
enum OutputPaths {
    /// `article.txt` → `article.pdf`; PNG pages → `article-1.png`, `article-2.png`, …
    /// An explicit `-o` wins; for PNG it is the pattern's base (`out.png` → `out-1.png`), except
    /// `-` (standard output), which takes a single page.
    static func `for`(input: String, output: String?, format: OutputFormat, pages: Int) -> [String] {
        if let output, format == .pdf || output == "-" { return [output] }
        let base = withoutExtension(output ?? input)
        switch format {
        case .pdf: return [base + ".pdf"]
        case .png: return (1...max(pages, 1)).map { "\(base)-\($0).png" }
        }
    }

    /// The path minus the last component's extension (`a/b.c.txt` → `a/b.c`; `.hidden` kept whole).
    static func withoutExtension(_ path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let nameStart = slash.map { path.index(after: $0) } ?? path.startIndex
        guard let dot = path[nameStart...].lastIndex(of: "."), dot > nameStart else { return path }
        return String(path[..<dot])
    }
}
