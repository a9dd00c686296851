/// The "did you mean" guess for a mistyped key or value: the candidate fewest edits away,
/// if it is close enough to be a likely typo rather than a different word.
enum ClosestMatch {
    static func to(_ word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let scored = candidates.map { ($0, editDistance(lowered, $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let allowed = max(1, min(3, best.0.count / 3))
        return best.1 <= allowed ? best.0 : nil
    }

    /// Levenshtein distance, treating `-` and `_` as the same (`column_gap` is one edit from nothing).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.replacing("_", with: "-")), b = Array(b.replacing("_", with: "-"))
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension Array where Element == String {
    /// "a, b or c", for listing allowed values in a message.
    var orList: String {
        guard count > 1 else { return first ?? "" }
        return dropLast().joined(separator: ", ") + " or " + last!
    }
}
