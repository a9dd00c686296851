/// The style name a face of a given weight and slant normally has: `Regular`, `Bold`,
/// `Italic`, `Bold Italic`.
///
/// Used where Fontconfig's numbers cannot decide: two faces of one family that report the same
/// weight are told apart by name (Regular is Regular).
struct FaceStyleName: Sendable, Hashable {
    let bold: Bool
    let italic: Bool

    /// The names a face of this style may carry, most usual first.
    var names: [String] {
        switch (bold, italic) {
        case (false, false): return ["Regular", "Book", "Normal", "Roman"]
        case (true, false): return ["Bold"]
        case (false, true): return ["Italic", "Oblique"]
        case (true, true): return ["Bold Italic", "Bold Oblique"]
        }
    }

    /// Whether any of a face's style names (it may give several, in several languages) is one
    /// of ours, ignoring case.
    func matches(_ styles: [String]) -> Bool {
        let wanted = Set(names.map { $0.lowercased() })
        return styles.contains { wanted.contains($0.lowercased()) }
    }
}
