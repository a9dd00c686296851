/// One scan of the paragraph by the Knuth–Plass algorithm, under one pass's rules.
///
/// Walks the items once, keeping the active nodes (line starts from which a line could still
/// reach the current point). At each legal break it measures the line from every active node,
/// drops nodes whose line has become overfull, and records the cheapest way to end a line here
/// for each distinct future (fitness class, hyphen run, and line number while measures differ).
/// Work is items × active nodes, and active nodes are those within one measure behind, so it is
/// linear in the paragraph for a given measure.
struct TotalFitPass {
    /// What distinguishes the passes.
    struct Rules {
        /// Highest badness a line may have.
        var threshold: Double
        var hyphenating: Bool
        /// Extra stretch per line, as a fraction of its measure.
        var emergencyStretch: Double
        /// The last pass: lines over the threshold are kept too, as a few fallback nodes, and
        /// an overfull line is ended when nothing else can reach a break.
        var isLastResort: Bool
    }

    /// The best breaking a pass found.
    struct Outcome {
        var breaks: LineBreaks
        /// Whether the requested looseness was met exactly.
        var meetsLooseness: Bool
    }

    /// The cheapest way found so far to end a line at the current break, for one future.
    private struct Candidate {
        var from: ActiveNode
        var fit: LineFit
        var demerits: Double
        var consecutiveHyphens: Int
        var lineKey: Int
        var isFallback: Bool
    }

    let items: [LineItem]
    let parameters: KnuthPlassBreaker.Parameters
    let rules: Rules
    var measures: LineMeasures
    /// Asked every few thousand items; once it answers true the pass stops and sets `wasCancelled`.
    var cancellation = TypesetCancellation.never
    private(set) var wasCancelled = false
    /// Items between two cancellation checks, less one (a mask: checks cost a clock read).
    private static let cancellationStride = 4095

    private var history: [Breakpoint] = []
    private var active: [ActiveNode] = []
    private var nextActive: [ActiveNode] = []
    private var candidates: [Candidate] = []
    private var totals = ItemTotals()

    init(items: [LineItem], parameters: KnuthPlassBreaker.Parameters, rules: Rules, measures: LineMeasures) {
        self.items = items
        self.parameters = parameters
        self.rules = rules
        self.measures = measures
    }

    /// The best breaking under these rules, or `nil` when no line end can be reached without
    /// breaking them (the next pass relaxes them).
    mutating func run() -> Outcome? {
        guard !items.isEmpty else { return nil }
        wasCancelled = false
        history = [Breakpoint(itemIndex: -1, previous: -1, ratio: 0, isOverfull: false)]
        active = [ActiveNode(breakpoint: 0, itemIndex: -1, line: 0, fitness: .decent,
                             consecutiveHyphens: 0, totalDemerits: 0, lineStart: ItemTotals(), isFallback: false)]
        totals = ItemTotals()
        let lastIndex = items.count - 1
        for index in items.indices {
            if index & Self.cancellationStride == Self.cancellationStride, cancellation.isCancelled {
                wasCancelled = true
                return nil
            }
            let item = items[index]
            if index == lastIndex || LineItem.isLegalBreak(at: index, in: items, hyphenating: rules.hyphenating) {
                tryBreak(at: index, forced: index == lastIndex || item.isForcedBreak)
                if active.isEmpty { return nil }
            }
            totals.add(item)
        }
        return chooseEnding()
    }

    private mutating func tryBreak(at index: Int, forced: Bool) {
        let item = items[index]
        let endsParagraph = index == items.count - 1
        let flagged = item.kind == .penalty && item.flagged
        let demerits = LineDemerits(parameters: parameters)
        var rescue: (node: ActiveNode, fit: LineFit)?
        nextActive.removeAll(keepingCapacity: true)
        candidates.removeAll(keepingCapacity: true)

        let settlesLooseLinesEarly = !forced && !rules.isLastResort
        for node in active {
            let measure = measures.width(ofLine: node.line)
            let natural = totals.width - node.lineStart.width + item.widthAtBreak
            let stretch = totals.stretch - node.lineStart.stretch
            // Emergency stretch helps lines whose spaces can open; a line of one word (no glue
            // before its end) gets none, so it is chosen only when nothing else can be.
            let emergencyStretch = totals.stretchableGlues > node.lineStart.stretchableGlues
                ? rules.emergencyStretch * measure : 0
            // Most nodes give a line still too loose to end here: it stays active and makes no
            // candidate, which the badness alone decides (the same test `LineFit` makes).
            if settlesLooseLinesEarly,
               LineFit.isTooLoose(natural: natural, stretch: stretch, measure: measure,
                                  emergencyStretch: emergencyStretch, threshold: rules.threshold) {
                nextActive.append(node)
                continue
            }
            let fit = LineFit(
                natural: natural, stretch: stretch, shrink: totals.shrink - node.lineStart.shrink,
                measure: measure, emergencyStretch: emergencyStretch)
            if rules.isLastResort, rescue.map({ Self.isNearer(node, than: $0.node) }) ?? true {
                rescue = (node, fit)
            }
            if fit.isOverfull { continue }  // Lines from here only get longer: deactivate.
            if !forced { nextActive.append(node) }
            let isFallback = fit.badness > rules.threshold
            guard !isFallback || rules.isLastResort else { continue }
            let hyphens = flagged ? node.consecutiveHyphens + 1 : 0
            guard forced || hyphens <= parameters.maximumConsecutiveHyphens else { continue }
            var total = node.totalDemerits + demerits.demerits(
                of: fit, breakingAt: item, endsParagraph: endsParagraph,
                previousHyphenated: node.consecutiveHyphens > 0, previousFitness: node.fitness)
            if isFallback, !forced {
                total += Self.underfullDemerits(shortfall: measure - natural, measure: measure)
                // A lone word mid-paragraph costs as much as a second bad line: two short lines
                // of several words read better than one word with the measure empty beside it.
                if totals.stretchableGlues == node.lineStart.stretchableGlues { total += Self.loneWordDemerits }
            }
            record(Candidate(from: node, fit: fit, demerits: total, consecutiveHyphens: hyphens,
                             lineKey: lineKey(forLineAfter: node), isFallback: isFallback))
        }
        // Nothing can reach this break, and nothing is left to reach a later one: end the
        // line here anyway, from the nearest start, as an overfull (or too loose) line.
        if candidates.isEmpty, nextActive.isEmpty, let (node, fit) = rescue {
            let total = node.totalDemerits + demerits.demerits(
                of: fit, breakingAt: item, endsParagraph: endsParagraph,
                previousHyphenated: node.consecutiveHyphens > 0, previousFitness: node.fitness)
            candidates.append(Candidate(from: node, fit: fit, demerits: total,
                                        consecutiveHyphens: flagged ? node.consecutiveHyphens + 1 : 0,
                                        lineKey: lineKey(forLineAfter: node), isFallback: true))
        }
        if !candidates.isEmpty { activateCandidates(at: index) }
        boundActiveNodes()
        swap(&active, &nextActive)
    }

    /// Extra demerits for a line the last pass keeps although it is looser than `tolerance`:
    /// every such line has the same, infinite, badness, so without this a lone word with most
    /// of the measure empty costs no more than two words a little short of it, and the breaker
    /// took either (the line builder then sets both ragged). (10,000 × the empty fraction)²:
    /// a line half empty adds a quarter of a badness-10,000 line.
    static func underfullDemerits(shortfall: Double, measure: Double) -> Double {
        guard measure > 0, shortfall > 0 else { return 0 }
        let empty = LineFit.infiniteBadness * min(1, shortfall / measure)
        return empty * empty
    }

    /// The demerits of one line of infinite badness (TeX's (`\linepenalty` + 10,000)²).
    static let loneWordDemerits: Double = (10 + LineFit.infiniteBadness) * (10 + LineFit.infiniteBadness)

    /// Keeps the search front small when the measure cannot bound it (lines that never become
    /// overfull): the newest fallback nodes, then the newest nodes overall. Both drop the
    /// oldest first: their lines are the farthest from ever fitting well.
    private mutating func boundActiveNodes() {
        var fallbacks = 0
        for node in nextActive where node.isFallback { fallbacks += 1 }
        if fallbacks > KnuthPlassBreaker.Parameters.maximumFallbackNodes {
            var excess = fallbacks - KnuthPlassBreaker.Parameters.maximumFallbackNodes
            nextActive.removeAll { node in
                guard excess > 0, node.isFallback else { return false }
                excess -= 1
                return true
            }
        }
        if nextActive.count > parameters.maximumActiveNodes {
            nextActive.removeFirst(nextActive.count - max(1, parameters.maximumActiveNodes))
        }
    }

    /// The later start makes the shorter overfull line; among equals, the cheaper path.
    private static func isNearer(_ node: ActiveNode, than other: ActiveNode) -> Bool {
        node.itemIndex != other.itemIndex
            ? node.itemIndex > other.itemIndex : node.totalDemerits < other.totalDemerits
    }

    /// Paths whose next lines have the same measure and needs are interchangeable; keep the
    /// cheaper. Line numbers matter while measures still vary, or when looseness asks for a count.
    private func lineKey(forLineAfter node: ActiveNode) -> Int {
        let line = node.line + 1
        return parameters.looseness != 0 || line < measures.firstUniformLine ? line : -1
    }

    private mutating func record(_ candidate: Candidate) {
        if let same = candidates.firstIndex(where: {
            $0.fit.fitness == candidate.fit.fitness && $0.lineKey == candidate.lineKey
                && $0.consecutiveHyphens == candidate.consecutiveHyphens
        }) {
            if candidate.demerits < candidates[same].demerits { candidates[same] = candidate }
        } else {
            candidates.append(candidate)
        }
    }

    /// Adds the recorded candidates as breakpoints and active nodes, skipping those so much worse
    /// than the best for the same line count that no later line can make up the difference
    /// (TeX's `minimal_demerits + adj_demerits` test, widened by the hyphen costs we also track).
    private mutating func activateCandidates(at index: Int) {
        let lineStart = ItemTotals.afterBreak(at: index, in: items, totals: totals)
        let slack = parameters.adjacentFitnessDemerits
            + max(parameters.doubleHyphenDemerits, parameters.finalHyphenDemerits)
        for candidate in candidates {
            let best = candidates.lazy.filter { $0.lineKey == candidate.lineKey }.map(\.demerits).min() ?? candidate.demerits
            guard candidate.demerits <= best + slack else { continue }
            history.append(Breakpoint(
                itemIndex: Int32(truncatingIfNeeded: index), previous: candidate.from.breakpoint,
                ratio: Float(candidate.fit.appliedRatio), isOverfull: candidate.fit.isOverfull))
            nextActive.append(ActiveNode(
                breakpoint: Int32(truncatingIfNeeded: history.count - 1), itemIndex: index,
                line: candidate.from.line + 1, fitness: candidate.fit.fitness,
                consecutiveHyphens: candidate.consecutiveHyphens, totalDemerits: candidate.demerits,
                lineStart: lineStart, isFallback: candidate.isFallback))
        }
    }

    /// The cheapest ending, or with looseness the one nearest the asked-for line count.
    private func chooseEnding() -> Outcome? {
        guard let best = active.min(by: { $0.totalDemerits < $1.totalDemerits }) else { return nil }
        var chosen = best
        var meetsLooseness = parameters.looseness == 0
        if parameters.looseness != 0 {
            let target = best.line + parameters.looseness
            chosen = active.min { a, b in
                let (da, db) = (abs(a.line - target), abs(b.line - target))
                return da != db ? da < db : a.totalDemerits < b.totalDemerits
            } ?? best
            meetsLooseness = chosen.line == target
        }
        return Outcome(breaks: lineBreaks(endingAt: chosen), meetsLooseness: meetsLooseness)
    }

    private func lineBreaks(endingAt node: ActiveNode) -> LineBreaks {
        var indices: [Int] = []
        var ratios: [Double] = []
        var overfull: [Bool] = []
        var link = Int(node.breakpoint)
        while link > 0 {
            let breakpoint = history[link]
            indices.append(Int(breakpoint.itemIndex))
            ratios.append(Double(breakpoint.ratio))
            overfull.append(breakpoint.isOverfull)
            link = Int(breakpoint.previous)
        }
        indices.reverse()
        ratios.reverse()
        overfull.reverse()
        return LineBreaks(
            breakIndices: indices, adjustmentRatios: ratios, totalDemerits: node.totalDemerits,
            overfullLines: overfull.indices.filter { overfull[$0] })
    }
}
