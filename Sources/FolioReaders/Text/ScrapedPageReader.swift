import FolioModel

/// Reads a news page saved as plain text, the shape of the seed article:
///
/// ```
/// home > NEWS                    breadcrumb (optional) → section
/// Plenary Meeting of …           title
/// 2018-11-09 11:11:21            timestamp → published
///                                blank line
/// This is a high-end dialogue …  paragraphs, blank-line separated
/// [Print] [Close]                page chrome, dropped
/// ```
///
/// Lines inside a paragraph are joined with one space; leading and trailing white space of each
/// line is layout, not text, and is dropped. The prose itself is kept exactly as written.
public struct ScrapedPageReader: ArticleReader {
    public init() {}

    public func read(_ bytes: [UInt8]) throws(ReaderError) -> Article {
        let lines = try SourceText(bytes).lines
        var cursor = LineCursor(lines: lines)

        guard var first = cursor.nextNonBlank() else { throw .empty }
        var section: String?
        // A trail right before the timestamp is only a trail if it starts at the home page;
        // otherwise it is a headline that happens to contain `>`.
        if let crumb = Breadcrumb(line: first.text), let next = cursor.peekNonBlank(),
           crumb.startsAtHome || !PublicationDate.looksLikeTimestamp(next) {
            section = crumb.section
            guard let next = cursor.nextNonBlank() else { throw .noTitle }
            first = next
        }
        if PublicationDate.looksLikeTimestamp(first.text) || PageChrome.isChromeLine(first.text) {
            throw .noTitle
        }
        let title = first.text.trimmedSpace

        guard let dateLine = cursor.nextNonBlank() else {
            throw .noDate(hint: "expected a timestamp such as 2018-11-09 11:11:21 after the title")
        }
        guard Self.startsLikeDate(dateLine.text) else {
            throw .noDate(
                hint: "line \(dateLine.number) should be a timestamp such as 2018-11-09 11:11:21")
        }
        let published = try PublicationDate(reading: dateLine.text, at: "line \(dateLine.number)")

        return Article(
            title: title, section: section, published: published,
            blocks: Self.paragraphs(cursor.remaining))
    }

    /// A line starting with a four-digit year and a date separator is meant as a date, so a
    /// failure to parse it is reported as a bad date rather than a missing one.
    static func startsLikeDate(_ line: String) -> Bool {
        let bytes = Array(line.trimmedSpace.utf8.prefix(5))
        return bytes.count == 5 && bytes.prefix(4).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            && (bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: "/") || bytes[4] == UInt8(ascii: "."))
    }

    /// Groups lines into blank-line separated paragraphs, dropping page-chrome lines.
    static func paragraphs(_ lines: ArraySlice<String>) -> [Block] {
        var blocks: [Block] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { blocks.append(.paragraph([Span(current.joined(separator: " "))])) }
            current.removeAll()
        }
        for line in lines {
            if line.isBlank {
                flush()
            } else if !PageChrome.isChromeLine(line) {
                current.append(line.trimmedSpace)
            }
        }
        flush()
        return blocks
    }
}

/// Walks numbered lines (1-based, as editors count them).
private struct LineCursor {
    let lines: [String]
    var index = 0

    mutating func nextNonBlank() -> (text: String, number: Int)? {
        while index < lines.count {
            defer { index += 1 }
            if !lines[index].isBlank { return (lines[index], index + 1) }
        }
        return nil
    }

    func peekNonBlank() -> String? {
        lines[index...].first { !$0.isBlank }
    }

    var remaining: ArraySlice<String> { lines[index...] }
}
