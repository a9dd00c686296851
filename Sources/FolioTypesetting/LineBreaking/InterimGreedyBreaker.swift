/// Placeholder first-fit breaker until FirstFitBreaker lands (deleted then).
public struct InterimGreedyBreaker: LineBreaker {
    public init() {}
    public func breakLines(_ items: [LineItem], lineWidth: (Int) -> Double) -> LineBreaks {
        var breaks: [Int] = [], ratios: [Double] = []
        var width = 0.0, stretch = 0.0, shrink = 0.0
        var lastBreak: (index: Int, width: Double, stretch: Double, shrink: Double)?
        var index = 0
        var lineStart = 0
        while index < items.count {
            let item = items[index]
            let measure = lineWidth(breaks.count)
            let legal = (item.kind == .glue && index > lineStart && items[index - 1].kind == .box)
                || (item.kind == .penalty && item.penalty < LineItem.infinity)
            if legal {
                let w = width + (item.kind == .penalty ? item.width : 0)
                if w - shrink <= measure || lastBreak == nil {
                    lastBreak = (index, w, stretch, shrink)
                }
                if item.kind == .penalty && item.penalty <= -LineItem.infinity || w - shrink > measure {
                    let chosen = lastBreak!
                    breaks.append(chosen.index)
                    let diff = measure - chosen.width
                    ratios.append(diff >= 0 ? (chosen.stretch > 0 ? diff / chosen.stretch : 0) : (chosen.shrink > 0 ? diff / chosen.shrink : -1))
                    index = chosen.index + 1
                    while index < items.count, items[index].kind != .box, !(items[index].kind == .penalty && items[index].penalty <= -LineItem.infinity) { index += 1 }
                    lineStart = index
                    width = 0; stretch = 0; shrink = 0; lastBreak = nil
                    continue
                }
            }
            if item.kind == .box || item.kind == .glue { width += item.width }
            if item.kind == .glue { stretch += item.stretch; shrink += item.shrink }
            index += 1
        }
        if breaks.last != items.count - 1 { breaks.append(items.count - 1); ratios.append(0) }
        return LineBreaks(breakIndices: breaks, adjustmentRatios: ratios, totalDemerits: 0)
    }
}
