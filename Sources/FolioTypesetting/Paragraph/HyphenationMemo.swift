/// Remembers a hyphenator's answers for one document: news copy repeats its words, and asking
/// libhyphen again for every "conference" was a seventh of typesetting a long article.
///
/// Lives for one `DocumentTypesetter.typeset` call on one thread (hence `@unchecked Sendable`:
/// it is never shared), and caps its size so a pathological text cannot grow it without bound.
final class HyphenationMemo: Hyphenating, @unchecked Sendable {
    private let hyphenator: any Hyphenating
    private var points: [String: [Int]] = [:]
    private static let capacity = 50_000

    init(_ hyphenator: any Hyphenating) {
        self.hyphenator = hyphenator
    }

    func hyphenationPoints(in word: String) -> [Int] {
        if let known = points[word] { return known }
        let found = hyphenator.hyphenationPoints(in: word)
        if points.count < Self.capacity { points[word] = found }
        return found
    }
}
