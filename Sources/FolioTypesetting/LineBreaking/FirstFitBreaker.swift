/// Greedy line breaking: each line ends at the last legal break that still fits (shrinking its
/// glue if need be), as browsers and word processors do.
///
/// The baseline total-fit breaking is measured against: it reports demerits computed exactly as
/// ``KnuthPlassBreaker`` does, so the two totals compare. A box wider than the measure gets a
/// line of its own, reported as overfull.
public struct FirstFitBreaker: LineBreaker {
    /// Costs for the reported demerits, and the limit on hyphenated lines in a row.
    public var parameters: KnuthPlassBreaker.Parameters
    /// Whether flagged penalties (hyphens) are breaks.
    public var hyphenating: Bool

    public init(parameters: KnuthPlassBreaker.Parameters = .init(), hyphenating: Bool = true) {
        self.parameters = parameters
        self.hyphenating = hyphenating
    }

    public func breakLines(_ items: [LineItem], lineWidth: (Int) -> Double) -> LineBreaks {
        guard !items.isEmpty else {
            return LineBreaks(breakIndices: [], adjustmentRatios: [], totalDemerits: 0)
        }
        return withoutActuallyEscaping(lineWidth) { lineWidth in
            var measures = LineMeasures(lineWidth)
            let demerits = LineDemerits(parameters: parameters)
            var result = LineBreaks(breakIndices: [], adjustmentRatios: [], totalDemerits: 0)
            var previousFitness = FitnessClass.decent
            var consecutiveHyphens = 0
            var lineStart = ItemTotals()
            var totals = ItemTotals()
            /// The last break that fits the current line: index, running totals there, fit.
            var lastFit: (index: Int, totals: ItemTotals, fit: LineFit)?

            func endLine(at index: Int, totals: ItemTotals, fit: LineFit) {
                let item = items[index]
                let flagged = item.kind == .penalty && item.flagged
                result.totalDemerits += demerits.demerits(
                    of: fit, breakingAt: item, endsParagraph: index == items.count - 1,
                    previousHyphenated: consecutiveHyphens > 0, previousFitness: previousFitness)
                if fit.isOverfull { result.overfullLines.append(result.breakIndices.count) }
                result.breakIndices.append(index)
                result.adjustmentRatios.append(fit.appliedRatio)
                previousFitness = fit.fitness
                consecutiveHyphens = flagged ? consecutiveHyphens + 1 : 0
                lineStart = ItemTotals.afterBreak(at: index, in: items, totals: totals)
                lastFit = nil
            }

            var index = 0
            while index < items.count {
                let item = items[index]
                let isLast = index == items.count - 1
                let hyphenAllowed = hyphenating && consecutiveHyphens < parameters.maximumConsecutiveHyphens
                if isLast || LineItem.isLegalBreak(at: index, in: items, hyphenating: hyphenAllowed) {
                    let measure = measures.width(ofLine: result.breakIndices.count)
                    let fit = LineFit(
                        natural: totals.width - lineStart.width + item.widthAtBreak,
                        stretch: totals.stretch - lineStart.stretch,
                        shrink: totals.shrink - lineStart.shrink, measure: measure)
                    if fit.isOverfull, let last = lastFit {
                        endLine(at: last.index, totals: last.totals, fit: last.fit)
                        continue  // Measure this break again against the new line.
                    }
                    if fit.isOverfull || isLast || item.isForcedBreak {
                        endLine(at: index, totals: totals, fit: fit)
                    } else {
                        lastFit = (index, totals, fit)
                    }
                }
                totals.add(item)
                index += 1
            }
            return result
        }
    }
}
