import FolioModel

extension VolumeFrontMatter {
    /// Height of one contents line.
    private var rowHeight: Double { style.body.leading * 1.35 }
    /// Height of the "Contents" heading and the space under it (first contents page only).
    private var headingHeight: Double { style.title.leading + style.body.leading }

    private var rowsOnFirstPage: Int { max(1, Int(((bottom - style.margins.top) - headingHeight) / rowHeight)) }
    private var rowsOnLaterPages: Int { max(1, Int((bottom - style.margins.top) / rowHeight)) }

    /// How many pages the contents take for `entries` articles (at least one).
    public func contentsPageCount(entries: Int) -> Int {
        guard entries > rowsOnFirstPage else { return 1 }
        let rest = entries - rowsOnFirstPage
        return 1 + (rest + rowsOnLaterPages - 1) / rowsOnLaterPages
    }

    /// The contents pages: a "Contents" heading, then one line per article (title, date, page
    /// number), each line a link to the article's destination.
    ///
    /// - Parameters:
    ///   - firstPage: the volume page number of the first contents page.
    ///   - totalPages: the volume's page count, for the footer.
    public func contentsPages(_ entries: [ContentsEntry], firstPage: Int, totalPages: Int) throws(FontError) -> [VolumePage] {
        var pages: [VolumePage] = []
        var remaining = entries[...]
        repeat {
            let number = firstPage + pages.count
            var page = VolumePage(page: Page(number: number, size: style.pageSize))
            var y = style.margins.top
            if pages.isEmpty {
                page.page.items += try lines(
                    "Contents", style: style.title, x: style.margins.left, y: y, measure: textWidth, alignment: .left).items
                y += headingHeight
            }
            let rows = pages.isEmpty ? rowsOnFirstPage : rowsOnLaterPages
            for entry in remaining.prefix(rows) {
                try place(entry, top: y, on: &page)
                y += rowHeight
            }
            remaining = remaining.dropFirst(rows)
            page.page.items += try footer(page: number, of: totalPages, title: "Contents")
            pages.append(page)
        } while !remaining.isEmpty
        return pages
    }

    /// One line: title (cut with an ellipsis to fit), date and page number in columns on the right.
    private func place(_ entry: ContentsEntry, top: Double, on page: inout VolumePage) throws(FontError) {
        let gap = style.body.size
        let numberWidth = style.body.size * 2.5
        let dateWidth = style.meta.size * 6.5
        let titleWidth = textWidth - numberWidth - dateWidth - 2 * gap
        let x = style.margins.left
        let y = top + (rowHeight - style.body.leading) / 2
        page.page.items += try lines(
            oneLine(entry.title, measure: titleWidth), style: style.body, x: x, y: y, measure: titleWidth,
            alignment: .left).items
        let dateTop = y + (style.body.leading - style.meta.leading) / 2 + (style.body.size - style.meta.size) * 0.8
        page.page.items += try lines(
            DateFormatting.short(entry.published), style: style.meta, x: x + titleWidth + gap, y: dateTop,
            measure: dateWidth, alignment: .right).items
        page.page.items += try lines(
            String(entry.page), style: style.body, x: x + textWidth - numberWidth, y: y, measure: numberWidth,
            alignment: .right).items
        page.links.append(PageLink(
            rect: Rect(x: x, y: top, width: textWidth, height: rowHeight), destination: entry.destination))
    }

    /// The title if it fits on one line at `measure`, else its longest prefix that fits with "…".
    private func oneLine(_ title: String, measure: Double) throws(FontError) -> String {
        func fits(_ text: String) throws(FontError) -> Bool {
            let paragraph = try paragraphs.typeset(
                [Span(text)], style: style.body, measure: measure, alignment: .left, language: nil, hyphenator: nil)
            return paragraph.lines.count <= 1 && paragraph.breaks.overfullLines.isEmpty
        }
        if try fits(title) { return title }
        let characters = Array(title)
        var low = 0, high = characters.count
        while low < high {
            let middle = (low + high + 1) / 2
            let candidate = String(characters[..<middle]).trimmingTrailingSpaces + "…"
            if try fits(candidate) { low = middle } else { high = middle - 1 }
        }
        return String(characters[..<low]).trimmingTrailingSpaces + "…"
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var result = self
        while result.last?.isWhitespace == true { result.removeLast() }
        return result
    }
}
