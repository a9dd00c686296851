@testable import FolioTypesetting
import FolioModel
import Synchronization
import Testing

/// A paragraph of megabytes takes seconds in each stage; a render past its deadline stops in
/// the stage it is in, and the paragraph comes back empty (the caller discards it).
@Suite struct ParagraphCancellationTests {
    /// About 6,000 words in one paragraph: every stage asks more than once.
    static let longText = Array(repeating: ParagraphTypesetterTests.text, count: 200).joined(separator: " ")

    func typeset(_ text: String, cancellation: TypesetCancellation) throws -> TypesetParagraph {
        let typesetter = ParagraphTypesetter(
            fonts: try ParagraphTypesetterTests.fonts.get(), lineBreaker: KnuthPlassBreaker(), fallbackFamilies: [])
        return try typesetter.typeset(
            [Span(text)], style: ParagraphTypesetterTests.body, measure: 200, alignment: .justify, language: "en",
            hyphenator: nil, cancellation: cancellation)
    }

    /// Counts the questions a cancellation is asked and answers true from the `n`-th on.
    final class Questions: Sendable {
        private let asked = Atomic<Int>(0)
        let stopAt: Int
        init(stopAt: Int = .max) { self.stopAt = stopAt }
        var count: Int { asked.load(ordering: .relaxed) }
        var cancellation: TypesetCancellation {
            TypesetCancellation { [self] in asked.add(1, ordering: .relaxed).newValue >= stopAt }
        }
    }

    @Test func aParagraphCancelledInAnyStageComesBackEmpty() throws {
        // Count the questions an uncancelled paragraph is asked, then stop at each in turn.
        let total = Questions()
        let whole = try typeset(Self.longText, cancellation: total.cancellation)
        let questions = total.count
        #expect(whole.lines.count > 100)
        #expect(questions >= 6, "asked only \(questions) times: some stage never asks")
        for n in 1...questions {
            let asked = Questions(stopAt: n)
            let stopped = try typeset(Self.longText, cancellation: asked.cancellation)
            #expect(stopped.lines.isEmpty, "cancelled at question \(n) of \(questions), yet \(stopped.lines.count) lines")
            // A stage stopped inside asks once more at its end, and that is all.
            #expect(asked.count <= n + 1, "went on asking after question \(n)")
        }
    }

    @Test func aParagraphNeverCancelledIsSetAsWithoutCancellation() throws {
        let checked = try typeset(Self.longText, cancellation: Questions().cancellation)
        let plain = try typeset(Self.longText, cancellation: .never)
        #expect(checked.breaks == plain.breaks)
        #expect(checked.lines.count == plain.lines.count)
    }
}
