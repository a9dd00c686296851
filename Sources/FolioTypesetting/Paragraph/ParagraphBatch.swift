import Dispatch
import FolioModel

/// One paragraph to set: everything `ParagraphTypesetter.typeset` needs.
struct ParagraphRequest {
    var spans: [Span]
    var style: TextStyle
    var measure: Double
    var firstIndent: Double
    var alignment: Alignment
    var language: String
    var hyphenator: HyphenationMemo?

    /// Whether `other` asks for the same setting (a check that two walks over an article
    /// ask for the same paragraphs in the same order).
    func isSame(as other: ParagraphRequest) -> Bool {
        measure == other.measure && firstIndent == other.firstIndent && alignment == other.alignment
            && style == other.style && (hyphenator == nil) == (other.hyphenator == nil) && spans == other.spans
    }
}

/// Sets many paragraphs at once, on every core.
///
/// Paragraphs are independent once their measure is known (Knuth–Plass looks at one
/// paragraph at a time), so a long article's paragraphs are set in parallel and only the page
/// building that follows runs in order. The results do not depend on the number of threads.
struct ParagraphBatch {
    let paragraphs: ParagraphTypesetter

    /// The results in the order of `requests`.
    func typeset(_ requests: [ParagraphRequest]) -> [Result<TypesetParagraph, FontError>] {
        let results = ResultSlots(count: requests.count)
        DispatchQueue.concurrentPerform(iterations: requests.count) { index in
            let request = requests[index]
            results.store(index, Result { () throws(FontError) in
                try paragraphs.typeset(
                    request.spans, style: request.style, measure: request.measure, firstIndent: request.firstIndent,
                    alignment: request.alignment, language: request.language, hyphenator: request.hyphenator)
            })
        }
        return results.values
    }
}

/// One slot per paragraph, each written by exactly one thread before `concurrentPerform`
/// returns, and read only after it. Raw memory, so that writes to different slots from
/// different threads are not one exclusive access to an array.
private final class ResultSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result<TypesetParagraph, FontError>?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ index: Int, _ result: Result<TypesetParagraph, FontError>) {
        slots[index] = result
    }

    var values: [Result<TypesetParagraph, FontError>] { slots.map { $0! } }
}
