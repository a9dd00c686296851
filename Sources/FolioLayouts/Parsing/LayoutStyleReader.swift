import FolioTypesetting

/// Turns a layout tree (already merged through `extends`) into a `LayoutStyle`, checking each
/// value as it goes. Optional keys get the defaults documented in `layouts/a4.yaml`.
struct LayoutStyleReader {
    static let topLevelKeys = [
        "extends", "publication", "page", "orientation", "margins", "columns", "column-gap", "balance-columns", "paragraphs",
        "body", "title", "meta", "headings", "header", "footer", "header-footer", "fallback-families", "links",
    ]
    static let paragraphKeys = ["alignment", "hyphenate", "indent", "spacing", "orphans", "widows"]
    static let marginKeys = ["top", "right", "bottom", "left"]

    let name: String

    func read(_ root: LayoutNode) throws -> LayoutStyle {
        let top = try LayoutMapping(root, path: "", knownKeys: Self.topLevelKeys, expected: "a mapping of layout keys")
        let body = try TextStyleReader(bodyFamily: nil).read(top.required("body"), path: "body")
        let styles = TextStyleReader(bodyFamily: body.family)
        let paragraphs = try top["paragraphs"].map {
            try LayoutMapping($0, path: "paragraphs", knownKeys: Self.paragraphKeys, expected: "a mapping (alignment, hyphenate, …)")
        }

        let columns = try top["columns"]?.integer("columns", in: 1...12) ?? 1
        let titleNode = try top.required("title")
        let title = try styles.read(titleNode, path: "title", extraKeys: ["max-lines"])
        let titleMaxLines = try LayoutMapping(
            titleNode, path: "title", knownKeys: TextStyleReader.keys + ["max-lines"], expected: "a mapping (family, size, leading, …)"
        )["max-lines"]?.integer("title.max-lines", in: 1...100) ?? LayoutStyle.defaultTitleMaxLines
        let style = try LayoutStyle(
            name: name,
            publication: top["publication"]?.text("publication") ?? "",
            pageSize: readPageSize(top),
            margins: readMargins(top.required("margins")),
            columns: columns,
            columnGap: top["column-gap"]?.length("column-gap", em: body.size) ?? (columns > 1 ? 12 : 0),
            body: body,
            title: title,
            meta: styles.read(top.required("meta"), path: "meta"),
            headings: readHeadings(top.required("headings"), styles: styles),
            headerFooter: styles.read(top.required("header-footer"), path: "header-footer"),
            alignment: paragraphs?["alignment"]?.choice("paragraphs.alignment", of: Alignment.self) ?? .justify,
            paragraphIndent: paragraphs?["indent"]?.length("paragraphs.indent", em: body.size) ?? 0,
            paragraphSpacing: paragraphs?["spacing"]?.length("paragraphs.spacing", em: body.size) ?? 0,
            hyphenate: paragraphs?["hyphenate"]?.bool("paragraphs.hyphenate") ?? true,
            orphans: paragraphs?["orphans"]?.integer("paragraphs.orphans", in: 1...10) ?? 2,
            widows: paragraphs?["widows"]?.integer("paragraphs.widows", in: 1...10) ?? 2,
            header: top["header"].map { try HeaderTemplate.check($0, path: "header") } ?? "",
            footer: top["footer"].map { try HeaderTemplate.check($0, path: "footer") } ?? "Page {page} of {pages}",
            fallbackFamilies: top["fallback-families"]?.textList("fallback-families") ?? [],
            links: top["links"]?.choice("links", of: LinkStyle.self) ?? .annotations,
            balanceColumns: top["balance-columns"]?.bool("balance-columns") ?? true,
            titleMaxLines: titleMaxLines
        )
        try TextAreaCheck(top: top).check(style)
        return style
    }

    private func readPageSize(_ top: LayoutMapping) throws -> Size {
        let node = try top.required("page")
        let portrait: Size
        if case .scalar(let written) = node.content {
            guard let paper = PaperSize(named: written) else {
                let names = PaperSize.allCases.map(\.rawValue)
                let guess = ClosestMatch.to(written, among: names).map { "did you mean \($0)? " } ?? ""
                throw LayoutError(at: node.location, "page",
                                  "unknown page size \(written.quoted) (\(guess)use \(names.joined(separator: ", ")) or {width: 17cm, height: 24cm})")
            }
            portrait = paper.size
        } else {
            let page = try LayoutMapping(node, path: "page", knownKeys: ["width", "height"],
                                         expected: "a page size such as A4 or {width: 17cm, height: 24cm}")
            portrait = try Size(width: pageSide(page, "width"), height: pageSide(page, "height"))
        }
        let orientation = try top["orientation"]?.choice("orientation", of: Orientation.self) ?? .portrait
        let long = max(portrait.width, portrait.height), short = min(portrait.width, portrait.height)
        return orientation == .landscape ? Size(width: long, height: short) : Size(width: short, height: long)
    }

    /// A page side: more than nothing, and (as every length) at most 5 m.
    private func pageSide(_ page: LayoutMapping, _ key: String) throws -> Double {
        let node = try page.required(key)
        let value = try node.length(page.keyPath(key))
        guard value > 0 else { throw LayoutError(at: node.location, page.keyPath(key), "page \(key) must be more than 0") }
        return value
    }

    private func readMargins(_ node: LayoutNode) throws -> Margins {
        if case .scalar = node.content {
            let all = try node.length("margins")
            return Margins(top: all, right: all, bottom: all, left: all)
        }
        let margins = try LayoutMapping(node, path: "margins", knownKeys: Self.marginKeys,
                                        expected: "a length or a mapping (top, right, bottom, left)")
        func side(_ key: String) throws -> Double { try margins.required(key).length(margins.keyPath(key)) }
        return try Margins(top: side("top"), right: side("right"), bottom: side("bottom"), left: side("left"))
    }

    private func readHeadings(_ node: LayoutNode, styles: TextStyleReader) throws -> [TextStyle] {
        guard case .list(let items) = node.content, !items.isEmpty, items.count <= 6 else {
            throw LayoutError(at: node.location, "headings",
                              "expected a list of 1 to 6 heading styles (level 1 first), found \(node.kindDescription)")
        }
        return try items.enumerated().map { index, item in
            try styles.read(item, path: KeyPath.item("headings", index))
        }
    }
}
