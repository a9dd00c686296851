import FolioTypesetting

/// Checks that the margins and columns leave room to set text: at least 8 ems of body text
/// across each column and 8 body lines down the page. Blames the key most likely at fault.
struct TextAreaCheck {
    static let minimumEms = 8.0
    static let minimumLines = 8.0

    let top: LayoutMapping

    func check(_ style: LayoutStyle) throws {
        let margins = style.margins
        let width = style.textWidth
        let minimumWidth = Self.minimumEms * style.body.size
        if width < minimumWidth {
            throw error(blaming: margins.left >= margins.right ? "left" : "right",
                        "text area is \(describe(width)) wide, less than 8 × body size (\(PointsFormat.points(minimumWidth)))")
        }
        let height = style.pageSize.height - margins.top - margins.bottom
        let minimumHeight = Self.minimumLines * style.body.leading
        if height < minimumHeight {
            throw error(blaming: margins.top >= margins.bottom ? "top" : "bottom",
                        "text area is \(describe(height)) tall, less than 8 body lines (\(PointsFormat.points(minimumHeight)))")
        }
        if style.columnWidth < minimumWidth {
            let gapIsAtFault = style.columnGap * Double(style.columns - 1) > width / 2
            let key = gapIsAtFault ? "column-gap" : "columns"
            let location = top[key]?.location ?? top.location
            throw LayoutError(at: location, key,
                              "columns are \(describe(style.columnWidth)) wide, less than 8 × body size (\(PointsFormat.points(minimumWidth)))")
        }
        try checkIndent(style)
    }

    /// An indent as wide as the column would leave no room for the first line's text.
    private func checkIndent(_ style: LayoutStyle) throws {
        guard style.paragraphIndent >= style.columnWidth / 2, let paragraphs = top["paragraphs"],
              let indent = paragraphs.entries?.first(where: { $0.key == "indent" }) else { return }
        throw LayoutError(at: indent.value.location, "paragraphs.indent",
                          "\(PointsFormat.points(style.paragraphIndent)) is more than half the column width (\(PointsFormat.points(style.columnWidth)))")
    }

    private func describe(_ length: Double) -> String {
        length <= 0 ? "nothing" : "only \(PointsFormat.points(length))"
    }

    /// An error at the margin on `side`, or at `margins` when one length sets all four.
    private func error(blaming side: String, _ message: String) -> LayoutError {
        guard let margins = top["margins"] else { return LayoutError(file: top.location.file, message: message) }
        if let entry = margins.entries?.first(where: { $0.key == side }) {
            return LayoutError(at: entry.value.location, "margins.\(side)", message)
        }
        return LayoutError(at: margins.location, "margins", message)
    }
}
