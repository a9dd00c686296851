import FolioModel

extension VolumeFrontMatter {
    /// The cover: publication, the collection's name, its date range and its extent, centred.
    public func coverPage(_ cover: VolumeCover) throws(FontError) -> VolumePage {
        var items: [PageItem] = []
        let x = style.margins.left
        var y = style.margins.top + (bottom - style.margins.top) * 0.28
        var block = try lines(style.publication.uppercased(), style: style.meta, x: x, y: y, measure: textWidth, alignment: .center)
        items += block.items
        y = block.y + style.body.leading * 1.5
        block = try lines(cover.collection, style: style.title, x: x, y: y, measure: textWidth, alignment: .center)
        items += block.items
        y = block.y + style.body.leading
        let ruleWidth = textWidth * 0.3
        items.append(.rule(
            from: Point(x: x + (textWidth - ruleWidth) / 2, y: y), to: Point(x: x + (textWidth + ruleWidth) / 2, y: y),
            thickness: 0.6, color: .black))
        y += style.body.leading
        block = try lines(cover.dateRange, style: style.meta, x: x, y: y, measure: textWidth, alignment: .center)
        items += block.items
        y = block.y
        let extent = "\(cover.articleCount) article\(cover.articleCount == 1 ? "" : "s") · "
            + "\(cover.pageCount) page\(cover.pageCount == 1 ? "" : "s")"
        items += try lines(extent, style: style.meta, x: x, y: y, measure: textWidth, alignment: .center).items
        return VolumePage(page: Page(number: 1, size: style.pageSize, items: items))
    }
}
