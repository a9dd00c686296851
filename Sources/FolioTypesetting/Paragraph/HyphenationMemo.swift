import Synchronization

/// Remembers a hyphenator's answers for one document: news copy repeats its words, and asking
/// libhyphen again for every "conference" was a seventh of typesetting a long article.
///
/// Lives for one `DocumentTypesetter.typeset` call, shared by the threads setting its
/// paragraphs, and caps its size so a pathological text cannot grow it without bound.
///
/// The hyphenator itself is asked for at the first word to hyphenate, not when the memo is made:
/// a one-article render loads its patterns on another thread, and the paragraphs can be
/// itemized and shaped meanwhile. Without a hyphenator for the language every word gets no
/// points, which sets the same lines as passing no hyphenator at all.
final class HyphenationMemo: Hyphenating {
    private let resolve: @Sendable () -> (any Hyphenating)?
    private let resolved = Mutex<(any Hyphenating)??>(nil)
    private let points = Mutex<[String: [Int]]>([:])
    private static let capacity = 50_000

    init(resolving resolve: @escaping @Sendable () -> (any Hyphenating)?) {
        self.resolve = resolve
    }

    /// The hyphenator, asked for once; the threads that need it meanwhile wait for that answer.
    private var hyphenator: (any Hyphenating)? {
        resolved.withLock { resolved in
            if let known = resolved { return known }
            let found = resolve()
            resolved = .some(found)
            return found
        }
    }

    func hyphenationPoints(in word: String) -> [Int] {
        if let known = points.withLock({ $0[word] }) { return known }
        // Asked outside the lock: two threads may both ask for a new word, and get the same answer.
        guard let hyphenator else { return [] }
        let found = hyphenator.hyphenationPoints(in: word)
        points.withLock { points in
            if points.count < Self.capacity { points[word] = found }
        }
        return found
    }
}
