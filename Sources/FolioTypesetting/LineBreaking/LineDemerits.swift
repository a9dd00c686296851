/// The demerits of one line, as TeX computes them; shared by both breakers so their totals
/// compare.
struct LineDemerits {
    let parameters: KnuthPlassBreaker.Parameters

    /// - Parameters:
    ///   - fit: the line against its measure (overfull lines count as infinitely bad).
    ///   - breakItem: the glue or penalty the line ends at.
    ///   - endsParagraph: the line is the paragraph's last.
    ///   - previousHyphenated: the line above ended at a flagged penalty.
    ///   - previousFitness: the line above's fitness class.
    func demerits(
        of fit: LineFit, breakingAt breakItem: LineItem, endsParagraph: Bool,
        previousHyphenated: Bool, previousFitness: FitnessClass
    ) -> Double {
        let base = parameters.linePenalty + fit.badness
        var demerits = base * base
        if breakItem.kind == .penalty && !breakItem.isForcedBreak {
            let cost = min(breakItem.penalty, LineItem.infinity)
            demerits += cost >= 0 ? cost * cost : -(cost * cost)
        }
        if previousHyphenated {
            if endsParagraph {
                demerits += parameters.finalHyphenDemerits
            } else if breakItem.kind == .penalty && breakItem.flagged {
                demerits += parameters.doubleHyphenDemerits
            }
        }
        if fit.fitness.clashes(with: previousFitness) {
            demerits += parameters.adjacentFitnessDemerits
        }
        return demerits
    }
}
