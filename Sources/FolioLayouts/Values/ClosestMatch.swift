/// The "did you mean" guess for a mistyped key or value: the candidate fewest edits away,
/// if it is close enough to be a likely typo rather than a different word.
enum ClosestMatch {
    static func to(_ word: String, among candidates: [String]) -> String? {
        guard word.count <= 64 else { return nil }
        let lowered = word.lowercased()
        let scored = candidates.map { ($0, editDistance(lowered, $0.lowercased())) }
        guard let best = scored.map(\.1).min() else { return nil }
        let closest = scored.filter { $0.1 == best }.map(\.0)
        if closest.count == 1, best <= max(1, min(3, closest[0].count / 3)) { return closest[0] }
        // A longer form of the same word (`justified` for `justify`).
        let sharing = candidates.filter { commonPrefixLength(lowered, $0.lowercased()) >= 5 }
        return sharing.count == 1 ? sharing[0] : nil
    }

    private static func commonPrefixLength(_ a: String, _ b: String) -> Int {
        zip(a, b).prefix(while: { $0 == $1 }).count
    }

    /// Edit distance counting insertions, deletions, substitutions and swaps of neighbours
    /// (optimal string alignment), treating `-` and `_` as the same.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.replacing("_", with: "-")), b = Array(b.replacing("_", with: "-"))
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}

extension Array where Element == String {
    /// "a, b or c", for listing allowed values in a message.
    var orList: String {
        guard count > 1 else { return first ?? "" }
        return dropLast().joined(separator: ", ") + " or " + last!
    }
}
