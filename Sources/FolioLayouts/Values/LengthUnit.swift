/// The units a length in a layout file may be written in, and their size in points.
enum LengthUnit: String, CaseIterable {
    case pt, mm, cm, `in`, pc
    /// The size of the text it applies to; only where a size is known (indents, spacing, leading).
    case em

    /// Points per unit; `em` is scaled by the caller's font size.
    var points: Double {
        switch self {
        case .pt: 1
        case .mm: 72 / 25.4
        case .cm: 72 / 2.54
        case .in: 72
        case .pc: 12
        case .em: 1
        }
    }

    /// The absolute units, as listed in messages.
    static let absolute: [LengthUnit] = [.pt, .mm, .cm, .in, .pc]
}
