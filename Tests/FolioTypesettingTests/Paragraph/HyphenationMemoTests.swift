import Dispatch
@testable import FolioTypesetting
import Synchronization
import Testing

/// The per-document memo asks for its hyphenator only when a word first needs it, and once.
@Suite struct HyphenationMemoTests {
    /// Splits every word after its second letter, and counts how often it was asked to.
    final class SplitAfterTwo: Hyphenating {
        let questions = Atomic(0)
        func hyphenationPoints(in word: String) -> [Int] {
            questions.add(1, ordering: .relaxed)
            return word.utf8.count > 4 ? [2] : []
        }
    }

    @Test func asksForTheHyphenatorAtTheFirstWordAndOnlyOnce() {
        let resolutions = Atomic(0)
        let hyphenator = SplitAfterTwo()
        let memo = HyphenationMemo(resolving: {
            resolutions.add(1, ordering: .relaxed)
            return hyphenator
        })
        #expect(resolutions.load(ordering: .relaxed) == 0)
        let words = ["conference", "internet", "digital", "economy", "conference", "internet"]
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            #expect(memo.hyphenationPoints(in: words[index % words.count]) == [2])
        }
        #expect(resolutions.load(ordering: .relaxed) == 1)
        // Each distinct word reached libhyphen's stand-in at least once, repeats mostly not.
        #expect(hyphenator.questions.load(ordering: .relaxed) < 64)
    }

    @Test func withoutAHyphenatorNoWordGetsPoints() {
        let memo = HyphenationMemo(resolving: { nil })
        #expect(memo.hyphenationPoints(in: "conference") == [])
        #expect(memo.hyphenationPoints(in: "internationalisation") == [])
    }
}
