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
    /// Asked before each paragraph and inside one: once cancelled, the rest come back empty (the caller discards them).
    var cancellation = TypesetCancellation.never

    /// The results in the order of `requests`.
    func typeset(_ requests: [ParagraphRequest]) -> [Result<TypesetParagraph, FontError>] {
        let results = ResultSlots<TypesetParagraph>(count: requests.count)
        DispatchQueue.concurrentPerform(iterations: requests.count) { index in
            let request = requests[index]
            if cancellation.isCancelled {
                results.store(index, .success(.cancelled))
                return
            }
            results.store(index, Result { () throws(FontError) in
                try paragraphs.typeset(
                    request.spans, style: request.style, measure: request.measure, firstIndent: request.firstIndent,
                    alignment: request.alignment, language: request.language, hyphenator: request.hyphenator,
                    cancellation: cancellation)
            })
        }
        return results.values
    }
}

extension TypesetParagraph {
    /// What a paragraph skipped after cancellation comes back as: no lines.
    static let cancelled = TypesetParagraph(
        lines: [], breaks: LineBreaks(breakIndices: [], adjustmentRatios: [], totalDemerits: 0), missingScalars: [])
}
