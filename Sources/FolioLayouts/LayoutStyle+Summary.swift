import FolioTypesetting

extension LayoutStyle {
    /// One line describing the layout for `folio layouts`:
    /// `A4 portrait, 1 column, Noto Serif 10.5 pt, justified`.
    public var summary: String {
        let columnsText = columns == 1 ? "1 column" : "\(columns) columns"
        let body = "\(self.body.family) \(PointsFormat.number(self.body.size)) pt"
        return [pageDescription, columnsText, body, alignmentDescription].joined(separator: ", ")
    }

    /// `A4 portrait`, or `170 × 240 mm portrait` for a size without a name.
    private var pageDescription: String {
        let orientation = pageSize.width > pageSize.height ? "landscape" : "portrait"
        if let paper = PaperSize(matching: pageSize) { return "\(paper.rawValue) \(orientation)" }
        let millimetres = { PointsFormat.number(($0 / LengthUnit.mm.points * 10).rounded() / 10) }
        return "\(millimetres(pageSize.width)) × \(millimetres(pageSize.height)) mm \(orientation)"
    }

    private var alignmentDescription: String {
        switch alignment {
        case .justify: "justified"
        case .left: "ragged right"
        case .right: "ragged left"
        case .center: "centred"
        }
    }
}

extension LoadedLayout {
    /// `a4  A4 portrait, 1 column, Noto Serif 10.5 pt, justified`.
    public var summary: String { "\(name)  \(style.summary)" }
}
