/// Total-fit paragraph breaking (Knuth and Plass 1981, as in TeX): chooses all of a
/// paragraph's line ends together so that the sum of the lines' demerits is least.
///
/// Runs up to four passes, each only if the one before found no breaking within its limits:
/// 1. without hyphenation (flagged penalties are not breaks), badness ≤ `pretolerance`;
/// 2. with hyphenation, badness ≤ `tolerance`;
/// 3. the same with `emergencyStretch` added to every line that has a space (a line of one
///    word gets none, so emergency stretch never makes a lone word look acceptable);
/// 4. as 3, but lines looser than `tolerance` are kept as fallbacks (the newest few), and
///    where no line can reach a break without running past the measure, the shortest overfull
///    line is taken and reported in ``LineBreaks/overfullLines``. Underfull beats overfull.
///
/// Demerits follow TeX: (linePenalty + badness)², ± penalty², and extra for adjacent fitness
/// classes two apart, two hyphens in a row and a hyphen on the second-last line. At most
/// `maximumConsecutiveHyphens` hyphenated lines follow each other. Cost is linear in the
/// paragraph for a given measure, and a box wider than the measure simply becomes an overfull
/// line, so neither a 3 MB paragraph nor a 50,000-character word can stall it.
public struct KnuthPlassBreaker: LineBreaker {
    public var parameters: Parameters

    public init(parameters: Parameters = Parameters()) {
        self.parameters = parameters
    }

    public func breakLines(_ items: [LineItem], lineWidth: (Int) -> Double) -> LineBreaks {
        // `.never` never stops a pass, so there is always an answer.
        breakLines(items, lineWidth: lineWidth, cancellation: .never)!
    }

    public func breakLines(
        _ items: [LineItem], lineWidth: (Int) -> Double, cancellation: TypesetCancellation
    ) -> LineBreaks? {
        guard !items.isEmpty else {
            return LineBreaks(breakIndices: [], adjustmentRatios: [], totalDemerits: 0)
        }
        return withoutActuallyEscaping(lineWidth) { lineWidth -> LineBreaks? in
            let measures = LineMeasures(lineWidth)
            var fallback: LineBreaks?
            for rules in passes {
                var pass = TotalFitPass(items: items, parameters: parameters, rules: rules, measures: measures)
                pass.cancellation = cancellation
                let outcome = pass.run()
                if pass.wasCancelled { return nil }
                guard let outcome else { continue }
                if outcome.meetsLooseness { return outcome.breaks }
                fallback = outcome.breaks
            }
            // The last pass always finds a breaking; this is only a guard against surprises.
            return fallback ?? LineBreaks(
                breakIndices: [items.count - 1], adjustmentRatios: [0], totalDemerits: 0, overfullLines: [0])
        }
    }

    /// The passes to try, strictest first.
    private var passes: [TotalFitPass.Rules] {
        var passes: [TotalFitPass.Rules] = []
        if parameters.pretolerance >= 0 {
            passes.append(.init(threshold: parameters.pretolerance, hyphenating: false, emergencyStretch: 0, isLastResort: false))
        }
        passes.append(.init(threshold: parameters.tolerance, hyphenating: true, emergencyStretch: 0, isLastResort: false))
        let emergency = max(0, parameters.emergencyStretch)
        if emergency > 0 {
            passes.append(.init(threshold: parameters.tolerance, hyphenating: true, emergencyStretch: emergency, isLastResort: false))
        }
        passes.append(.init(threshold: parameters.tolerance, hyphenating: true, emergencyStretch: emergency, isLastResort: true))
        return passes
    }
}
