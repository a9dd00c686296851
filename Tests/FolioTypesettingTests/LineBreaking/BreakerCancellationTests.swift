import Synchronization
import Testing
@testable import FolioTypesetting

/// A paragraph of megabytes takes the breaker seconds; a render past its deadline must be able
/// to stop it in the middle, not only between paragraphs.
@Suite struct BreakerCancellationTests {
    /// About 10,000 words: over 20,000 items, so the breaker asks several times per pass.
    let longParagraph = ParagraphFixture(Array(repeating: newsParagraph, count: 60).joined(separator: " "))

    @Test func aCancelledBreakerStopsInsideTheParagraph() {
        let asked = Atomic<Int>(0)
        let cancelled = TypesetCancellation {
            // Cancelled from the second question on: the first pass is already under way.
            asked.add(1, ordering: .relaxed).newValue > 1
        }
        let breaks = KnuthPlassBreaker().breakLines(longParagraph.items, lineWidth: { _ in 300 }, cancellation: cancelled)
        #expect(breaks == nil)
        // It stopped at the second question and asked no more.
        #expect(asked.load(ordering: .relaxed) == 2)
    }

    @Test func anUncancelledBreakerGivesTheSameLinesAsWithoutCancellation() throws {
        let asked = Atomic<Int>(0)
        let never = TypesetCancellation { asked.add(1, ordering: .relaxed); return false }
        let breaks = try #require(KnuthPlassBreaker().breakLines(longParagraph.items, lineWidth: { _ in 300 }, cancellation: never))
        let plain = KnuthPlassBreaker().breakLines(longParagraph.items) { _ in 300 }
        #expect(breaks.breakIndices == plain.breakIndices)
        #expect(breaks.breakIndices.count > 100)
        #expect(asked.load(ordering: .relaxed) >= longParagraph.items.count / 4096)
    }
}
