import Synchronization

/// Remembers a hyphenator's answers for one document: news copy repeats its words, and asking
/// libhyphen again for every "conference" was a seventh of typesetting a long article.
///
/// Lives for one `DocumentTypesetter.typeset` call, shared by the threads setting its
/// paragraphs, and caps its size so a pathological text cannot grow it without bound.
final class HyphenationMemo: Hyphenating {
    private let hyphenator: any Hyphenating
    private let points = Mutex<[String: [Int]]>([:])
    private static let capacity = 50_000

    init(_ hyphenator: any Hyphenating) {
        self.hyphenator = hyphenator
    }

    func hyphenationPoints(in word: String) -> [Int] {
        if let known = points.withLock({ $0[word] }) { return known }
        // Asked outside the lock: two threads may both ask for a new word, and get the same answer.
        let found = hyphenator.hyphenationPoints(in: word)
        points.withLock { points in
            if points.count < Self.capacity { points[word] = found }
        }
        return found
    }
}
