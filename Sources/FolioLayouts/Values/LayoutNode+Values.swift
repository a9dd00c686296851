import FolioTypesetting

/// Reading typed values out of a layout tree. Each reader names the key path and the line of
/// the value in its error, and says what would have been accepted.
extension LayoutNode {
    /// No length in a layout can exceed the largest page, 5 m: anything longer is a typo.
    static let longestLength = 5000 * LengthUnit.mm.points

    /// The scalar text, or an error for missing values, lists and mappings.
    func text(_ path: String, expected: String = "text") throws -> String {
        switch content {
        case .scalar(let text): return text
        default: throw LayoutError(at: location, path, "expected \(expected), found \(kindDescription)")
        }
    }

    /// A length in points, from a number with a unit (`2cm`, `10.5pt`).
    /// - Parameter em: The font size `1em` stands for; `nil` where `em` has no meaning (page, margins).
    func length(_ path: String, em: Double? = nil) throws -> Double {
        let units = (em == nil ? LengthUnit.absolute : LengthUnit.absolute + [.em]).map(\.rawValue)
        var unitList: String { units.orList }
        let written = try text(path, expected: "a length such as \"2cm\"").trimmingSpaces
        let numberPart = written.prefix(while: { $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" })
        let unitPart = written.dropFirst(numberPart.count).trimmingSpaces
        guard let number = Double(numberPart), number.isFinite, numberPart.contains(where: \.isNumber) else {
            throw LayoutError(at: location, path, "expected a length such as \"2cm\", found \(written.quoted)")
        }
        guard !unitPart.isEmpty else {
            throw LayoutError(at: location, path, "\(written.quoted) needs a unit (\(unitList))")
        }
        guard let unit = LengthUnit(rawValue: unitPart.lowercased()), units.contains(unit.rawValue) else {
            throw LayoutError(at: location, path, "unknown unit \(unitPart.quoted) in \(written.quoted) (use \(unitList))")
        }
        guard number >= 0 else {
            throw LayoutError(at: location, path, "negative length \(written.quoted)")
        }
        let points = number * (unit == .em ? em ?? 1 : unit.points)
        guard points <= Self.longestLength else {
            throw LayoutError(at: location, path, "\(written.quoted) is larger than 5 m")
        }
        return points
    }

    /// A whole number within `range`.
    func integer(_ path: String, in range: ClosedRange<Int>) throws -> Int {
        let written = try text(path, expected: "a whole number")
        guard let value = Int(written.trimmingSpaces) else {
            throw LayoutError(at: location, path, "expected a whole number, found \(written.quoted)")
        }
        guard range.contains(value) else {
            throw LayoutError(at: location, path, "\(value) is out of range (\(range.lowerBound) to \(range.upperBound))")
        }
        return value
    }

    /// `true` or `false` (YAML's `yes`/`no`/`on`/`off` are refused: they surprise people).
    func bool(_ path: String) throws -> Bool {
        let written = try text(path, expected: "true or false")
        switch written.lowercased() {
        case "true": return true
        case "false": return false
        default: throw LayoutError(at: location, path, "expected true or false, found \(written.quoted)")
        }
    }

    /// One of a fixed set of words, case-insensitive.
    func choice<Choice: RawRepresentable & CaseIterable>(_ path: String, of _: Choice.Type) throws -> Choice
    where Choice.RawValue == String {
        let written = try text(path)
        if let match = Choice.allCases.first(where: { $0.rawValue.lowercased() == written.lowercased() }) {
            return match
        }
        let names = Choice.allCases.map(\.rawValue)
        let guess = ClosestMatch.to(written, among: names).map { "did you mean \"\($0)\"? " } ?? ""
        throw LayoutError(at: location, path, "unknown value \(written.quoted) (\(guess)use \(names.orList))")
    }

    /// An sRGB colour written `#rrggbb`.
    func color(_ path: String) throws -> Color {
        guard case .scalar(let written) = content else {
            let hint = if case .null = content { " (quote colours, as in \"#595959\": # alone starts a comment)" } else { "" }
            throw LayoutError(at: location, path, "expected a colour such as \"#595959\", found \(kindDescription)\(hint)")
        }
        let digits = written.dropFirst()
        guard written.hasPrefix("#"), digits.count == 6, let value = UInt32(digits, radix: 16) else {
            throw LayoutError(at: location, path, "expected a colour as #rrggbb, found \(written.quoted)")
        }
        func component(_ shift: UInt32) -> Double { Double((value >> shift) & 0xFF) / 255 }
        return Color(red: component(16), green: component(8), blue: component(0))
    }

    /// A list of non-empty texts (fallback font families).
    func textList(_ path: String) throws -> [String] {
        guard case .list(let items) = content else {
            throw LayoutError(at: location, path, "expected a list such as [\"Noto Sans\"], found \(kindDescription)")
        }
        return try items.enumerated().map { index, item in
            try item.nonEmptyText(KeyPath.item(path, index))
        }
    }

    /// Text that is not blank (font family names).
    func nonEmptyText(_ path: String) throws -> String {
        let value = try text(path).trimmingSpaces
        guard !value.isEmpty else { throw LayoutError(at: location, path, "must not be empty") }
        return value
    }
}
