/// A fallback family in the style class of the face it stands in for: the sans-serif sister of
/// a serif family and the reverse (`Noto Serif Thai` ↔ `Noto Sans Thai`, `Noto Naskh Arabic` ↔
/// `Noto Sans Arabic`).
///
/// Layouts list their fallback families once, for the body; a bold sans title then still gets
/// sans fallbacks, so a line never mixes a sans Latin face with a serif Thai or Chinese one.
enum FamilyCounterpart {
    /// Words of family names that name the same design in the two classes (serif first).
    private static let pairs: [(serif: [Substring], sans: [Substring])] = [
        (["Naskh", "Arabic"], ["Sans", "Arabic"]), (["Serif"], ["Sans"]),
    ]

    /// The family names to try for `family` in the class asked for: its counterpart first
    /// when it has one, then the family itself.
    static func candidates(for family: String, serif: Bool) -> [String] {
        let words = family.split(separator: " ")
        for pair in pairs {
            let (from, to) = serif ? (pair.sans, pair.serif) : (pair.serif, pair.sans)
            guard from.count <= words.count else { continue }
            for start in 0...(words.count - from.count) where Array(words[start..<start + from.count]) == from {
                let renamed = words[..<start] + to + words[(start + from.count)...]
                return [renamed.joined(separator: " "), family]
            }
        }
        return [family]
    }
}
