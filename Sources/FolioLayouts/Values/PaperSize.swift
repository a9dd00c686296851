import FolioTypesetting

/// The named paper sizes a layout may use, portrait, in points.
enum PaperSize: String, CaseIterable {
    case a3 = "A3", a4 = "A4", a5 = "A5", b5 = "B5", letter = "Letter", legal = "Legal", tabloid = "Tabloid"

    var size: Size {
        switch self {
        case .a3: Self.millimetres(297, 420)
        case .a4: Self.millimetres(210, 297)
        case .a5: Self.millimetres(148, 210)
        case .b5: Self.millimetres(176, 250)
        case .letter: Size(width: 612, height: 792)
        case .legal: Size(width: 612, height: 1008)
        case .tabloid: Size(width: 792, height: 1224)
        }
    }

    init?(named name: String) {
        guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else { return nil }
        self = match
    }

    /// The named size a page has in either orientation, within half a point.
    init?(matching page: Size) {
        let portrait = Size(width: min(page.width, page.height), height: max(page.width, page.height))
        guard let match = Self.allCases.first(where: {
            abs($0.size.width - portrait.width) < 0.5 && abs($0.size.height - portrait.height) < 0.5
        }) else { return nil }
        self = match
    }

    private static func millimetres(_ width: Double, _ height: Double) -> Size {
        Size(width: width * LengthUnit.mm.points, height: height * LengthUnit.mm.points)
    }
}

/// Which way up the page is; a page size is given portrait and turned for landscape.
enum Orientation: String, CaseIterable {
    case portrait, landscape
}
