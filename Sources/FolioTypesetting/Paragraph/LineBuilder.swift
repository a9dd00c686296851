import FolioTextAnalysis

/// Stage 5 (finalize): chosen breaks → positioned lines.
///
/// For each line: drop the glue and penalties a break discards, turn the breaker's adjustment
/// ratio into a font expansion for the line's Latin, Greek and Cyrillic runs (justified text
/// only; see ``FontExpansion``) and share what is left among the spaces, letter gaps and cluster
/// gaps, each within its limit, or set the line ragged where the limits cannot fill it
/// (``LineSlack``), reorder the line's runs for bidi (after breaking, as UAX #9 requires), place glyphs left to
/// right at their (scaled) advances, add a hyphen where a word was split, align the line in
/// the measure, and give it the height its fonts need (``LineHeight``).
struct LineBuilder {
    /// The widest a space between two words of a justified line may open, in ems of its font,
    /// its own glyph included: a gap of a quad reads as a hole, and beyond it the line is set
    /// ragged instead (see ``LineSlack``).
    static let widestSpace = 1.0

    let shaped: ShapedParagraph
    let items: ParagraphItems
    let measure: Double
    let alignment: Alignment
    let leading: Double
    let size: Double
    /// The style's own face, whose glyphs fit the layout's leading by definition.
    var reference: FontFace? = nil

    private var height: LineHeight { LineHeight(leading: leading, size: size, reference: reference) }

    func lines(from breaks: LineBreaks, cancellation: TypesetCancellation = .never) -> [TypesetLine] {
        var lines: [TypesetLine] = []
        var previousBreak = -1
        for (lineIndex, breakIndex) in breaks.breakIndices.enumerated() {
            // Stopped early, the lines are incomplete; the typesetter then discards them.
            if lineIndex & 255 == 255, cancellation.isCancelled { break }
            let isLast = lineIndex == breaks.breakIndices.count - 1
            if let line = line(
                items: previousBreak + 1..<breakIndex, breakIndex: breakIndex,
                ratio: breaks.adjustmentRatios[lineIndex], isLast: isLast)
            {
                lines.append(line)
            }
            previousBreak = breakIndex
        }
        return LineHeight.evenedOut(lines)
    }

    private func line(items range: Range<Int>, breakIndex: Int, ratio: Double, isLast: Bool) -> TypesetLine? {
        var start = range.lowerBound
        while start < range.upperBound, items.items[start].kind != .box { start += 1 }
        var indent = 0.0
        if start < range.upperBound, items.ranges[start].isEmpty, items.items[start].width > 0 {
            indent = items.items[start].width   // the paragraph indent, on the side the line starts
            start += 1
        }
        let rightToLeft = shaped.analysis.baseIsRightToLeft
        let startX = rightToLeft ? 0 : indent
        guard let lastBox = (start..<range.upperBound).last(where: { items.items[$0].kind == .box }) else {
            return TypesetLine(runs: [], links: [], width: 0, leading: leading, size: size, endsParagraph: isLast)
        }
        let textRange = items.ranges[start].lowerBound..<items.ranges[lastBox].upperBound

        let pieces = logicalPieces(in: textRange)
        let order = BidiParagraph.visualOrder(levels: pieces.map { shaped.items[$0.item].level })
        let breakItem = items.items[breakIndex]
        let hyphenated = breakItem.kind == .penalty && breakItem.flagged && breakItem.width > 0
        // The hyphen a split word ends with, at the end of the line's last piece.
        var hyphen: (piece: Int, glyph: UInt32)?
        if hyphenated, let last = pieces.indices.last, !shaped.items[pieces[last].item].isRightToLeft,
           let glyph = shaped.items[pieces[last].item].face.glyph(for: "-") {
            hyphen = (last, glyph)
        }

        // What each space and each letter-spaced word on the line may give.
        var flexible: [(index: Int, kind: LineSlack.Kind, stretch: Double, shrink: Double)] = []
        for index in start...lastBox {
            let item = items.items[index]
            if item.kind == .glue, items.anchors[index] >= 0 {
                flexible.append((index, item.width > 0 ? .space : .interCharacter, item.stretch, item.shrink))
            } else if item.kind == .box, item.stretch != 0 || item.shrink != 0 {
                // Without expansion a box's stretch is all letter spacing.
                if items.expansion == nil {
                    flexible.append((index, .letters, item.stretch, item.shrink))
                } else if let letters = items.letterSpacing(of: items.ranges[index], in: shaped),
                          letters.stretch != 0 || letters.shrink != 0 {
                    flexible.append((index, .letters, letters.stretch, letters.shrink))
                } else if let clusters = items.clusterSpacing(of: items.ranges[index], in: shaped),
                          clusters.stretch != 0 || clusters.shrink != 0 {
                    flexible.append((index, .clusters, clusters.stretch, clusters.shrink))
                }
            }
        }

        // Extra width for each flexible part. Ragged lines only ever shrink (never past full
        // shrink); a justified line's slack goes first to font expansion, then is shared out
        // within each part's limit (`LineSlack`), or the line is set ragged if it cannot be.
        var extras = [Double](repeating: 0, count: flexible.count)
        var expansion = 0.0
        var isRagged = alignment != .justify
        let endsFlush = !breakItem.isForcedBreak
        if alignment == .justify {
            let adjustment = widths(of: pieces, hyphen: hyphen)
            if let limits = items.expansion, adjustment.expandableWidth > 0, endsFlush || ratio < 0 {
                var withSpaces = adjustment
                for part in flexible {
                    withSpaces.stretch += part.stretch
                    withSpaces.shrink += part.shrink
                }
                expansion = withSpaces.split(ratio: max(ratio, -1), limits: limits, measure: measure - indent).expansion
            }
            var amount = measure - indent - adjustment.naturalWidth - expansion * adjustment.expandableWidth
            if !endsFlush { amount = min(amount, 0) }
            let slack = LineSlack(parts: flexible.map { part in
                var room = Double.infinity
                if part.kind == .space || part.kind == .interCharacter {
                    // The space's own glyphs count towards the limit, as a reader sees the gap.
                    let size = shaped.items[shaped.itemIndex(containing: items.anchors[part.index])].size
                    let natural = items.items[part.index].width * (1 + max(0, expansion))
                    room = max(0, Self.widestSpace * size - natural)
                }
                return LineSlack.Part(kind: part.kind, stretch: part.stretch, shrink: part.shrink, room: room)
            })
            if let shared = slack.distribute(amount) {
                extras = shared
            } else {
                isRagged = true
                expansion = 0
            }
        } else {
            let ratio = max(min(ratio, 0), -1)
            extras = flexible.map { ratio * $0.shrink }
        }

        // Where the line's slack goes: after the glyphs of each space, and between the letters
        // of words that carry letter spacing (by the byte offset of the cluster it follows,
        // counted from the line's first byte).
        var extraWidth = [Double](repeating: 0, count: textRange.count + 1)
        func addExtra(_ amount: Double, after cluster: Int) {
            let slot = cluster - textRange.lowerBound
            if extraWidth.indices.contains(slot) { extraWidth[slot] += amount }
        }
        let starts = shaped.analysis.graphemeStarts
        for (part, extra) in zip(flexible, extras) {
            guard extra != 0 else { continue }
            if part.kind == .space || part.kind == .interCharacter {
                addExtra(extra, after: items.anchors[part.index])
            } else {
                let range = items.ranges[part.index]
                let first = items.firstGrapheme(atOrAfter: range.lowerBound)
                let end = items.firstGrapheme(atOrAfter: range.upperBound)
                guard end - first > 1 else { continue }
                let perGap = extra / Double(end - first - 1)
                for letter in first..<end - 1 { addExtra(perGap, after: starts[letter]) }
            }
        }

        var runs: [GlyphRun] = []
        var links: [(range: ClosedRange<Double>, url: String)] = []
        var x = startX
        for pieceIndex in order {
            let piece = pieces[pieceIndex]
            let item = shaped.items[piece.item]
            let scale = expansion != 0 && ParagraphItems.isSpaceable(item.script) ? 1 + expansion : 1
            let originX = x
            var glyphs: [PositionedGlyph] = []
            glyphs.reserveCapacity(piece.glyphs.count)
            let pieceGlyphs = item.glyphs[piece.glyphs]
            for index in pieceGlyphs.indices {
                let glyph = pieceGlyphs[index]
                glyphs.append(PositionedGlyph(id: glyph.id, x: x - originX + glyph.xOffset * scale, y: glyph.yOffset))
                x += glyph.advance * scale
                // Extra width goes after a cluster's last glyph, so marks stay on their base.
                let endsCluster = index + 1 == pieceGlyphs.endIndex || pieceGlyphs[index + 1].cluster != glyph.cluster
                let slot = glyph.cluster - textRange.lowerBound
                if endsCluster, extraWidth.indices.contains(slot), extraWidth[slot] != 0 {
                    x += extraWidth[slot]
                    extraWidth[slot] = 0
                }
            }
            var text = String(decoding: shaped.text.bytes[piece.bytes], as: UTF8.self)
            var clusters = Self.clusters(
                for: item.glyphs[piece.glyphs], bytes: piece.bytes, rightToLeft: item.isRightToLeft)
            if let hyphen, hyphen.piece == pieceIndex {
                glyphs.append(PositionedGlyph(id: hyphen.glyph, x: x - originX, y: 0))
                x += item.face.advance(ofGlyph: hyphen.glyph) * item.size * scale
                text += "-"
                clusters.append(TextCluster(byteCount: 1, glyphCount: 1))
            }
            let run = GlyphRun(
                font: item.face.reference, size: item.size, origin: Point(x: originX, y: 0), glyphs: glyphs,
                text: text, clusters: clusters, clustersBackward: item.isRightToLeft, color: item.color,
                width: x - originX, horizontalScale: scale)
            if let url = item.link {
                if let last = links.last, last.url == url, abs(last.range.upperBound - originX) < 0.01 {
                    links[links.count - 1].range = last.range.lowerBound...x
                } else {
                    links.append((originX...max(x, originX), url))
                }
            }
            runs.append(run)
        }

        let offset = alignmentOffset(width: x + (rightToLeft ? indent : 0), isLast: isLast || isRagged)
        if offset != 0 {
            for index in runs.indices { runs[index].origin.x += offset }
            links = links.map { ($0.range.lowerBound + offset...$0.range.upperBound + offset, $0.url) }
        }
        let growth = height.growth(of: pieces.lazy.map { piece in
            let item = shaped.items[piece.item]
            return (item.face, item.script, item.size, item.glyphs[piece.glyphs])
        })
        return TypesetLine(
            runs: runs, links: links, width: x, leading: leading + growth.above + growth.below, size: size,
            endsParagraph: isLast, extraAbove: growth.above, extraBelow: growth.below)
    }

    /// The natural width of the line's glyphs (hyphen included), and of those expansion scales.
    private func widths(
        of pieces: [(item: Int, bytes: Range<Int>, glyphs: Range<Int>)], hyphen: (piece: Int, glyph: UInt32)?
    ) -> LineAdjustment {
        var adjustment = LineAdjustment()
        for (index, piece) in pieces.enumerated() {
            var width = 0.0
            for glyph in shaped.items[piece.item].glyphs[piece.glyphs] { width += glyph.advance }
            if let hyphen, hyphen.piece == index {
                width += shaped.items[piece.item].face.advance(ofGlyph: hyphen.glyph) * shaped.items[piece.item].size
            }
            adjustment.naturalWidth += width
            if ParagraphItems.isSpaceable(shaped.items[piece.item].script) { adjustment.expandableWidth += width }
        }
        return adjustment
    }

    private func alignmentOffset(width: Double, isLast: Bool) -> Double {
        let free = max(0, measure - width)
        let rightToLeft = shaped.analysis.baseIsRightToLeft
        switch alignment {
        case .justify: return rightToLeft && isLast ? free : 0
        case .left: return rightToLeft ? free : 0
        case .right: return rightToLeft ? 0 : free
        case .center: return free / 2
        }
    }

    /// The parts of shaped items inside the line, in logical order, with their glyph ranges.
    private func logicalPieces(in textRange: Range<Int>) -> [(item: Int, bytes: Range<Int>, glyphs: Range<Int>)] {
        var pieces: [(Int, Range<Int>, Range<Int>)] = []
        var index = shaped.itemIndex(containing: textRange.lowerBound)
        while index < shaped.items.count, shaped.items[index].range.lowerBound < textRange.upperBound {
            let item = shaped.items[index]
            let bytes = max(item.range.lowerBound, textRange.lowerBound)..<min(item.range.upperBound, textRange.upperBound)
            if !bytes.isEmpty {
                pieces.append((index, bytes, Self.glyphRange(of: item, covering: bytes)))
            }
            index += 1
        }
        return pieces
    }

    /// Glyphs whose clusters fall in `bytes`; clusters are monotonic (ascending for left-to-right
    /// runs, descending for right-to-left), so two binary searches find them.
    static func glyphRange(of item: ShapedParagraph.Item, covering bytes: Range<Int>) -> Range<Int> {
        let glyphs = item.glyphs
        func firstIndex(where predicate: (ShapedGlyph) -> Bool) -> Int {
            var low = 0, high = glyphs.count
            while low < high {
                let middle = (low + high) / 2
                if predicate(glyphs[middle]) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        if item.isRightToLeft {
            let start = firstIndex { $0.cluster < bytes.upperBound }
            let end = firstIndex { $0.cluster < bytes.lowerBound }
            return start..<max(start, end)
        } else {
            let start = firstIndex { $0.cluster >= bytes.lowerBound }
            let end = firstIndex { $0.cluster >= bytes.upperBound }
            return start..<max(start, end)
        }
    }

    /// Cairo's cluster mapping for a run: groups of glyphs sharing a cluster value, each with the
    /// bytes up to the next cluster in text order, listed in text order (for right-to-left runs
    /// the glyphs are then taken from the last one back, `CAIRO_TEXT_CLUSTER_FLAG_BACKWARD`). Falls back to one many-to-many cluster when the
    /// glyphs do not cover the text exactly (never wrong, only coarser).
    static func clusters(for glyphs: ArraySlice<ShapedGlyph>, bytes: Range<Int>, rightToLeft: Bool) -> [TextCluster] {
        var groups: [(start: Int, count: Int)] = []
        for glyph in glyphs {
            if let last = groups.last, last.start == glyph.cluster {
                groups[groups.count - 1].count += 1
            } else {
                groups.append((glyph.cluster, 1))
            }
        }
        var clusters: [TextCluster] = []
        var covered = 0
        for (index, group) in groups.enumerated() {
            let next: Int
            if rightToLeft {
                next = index == 0 ? bytes.upperBound : groups[index - 1].start
            } else {
                next = index + 1 < groups.count ? groups[index + 1].start : bytes.upperBound
            }
            let byteCount = next - group.start
            guard byteCount > 0 else { return [TextCluster(byteCount: bytes.count, glyphCount: glyphs.count)] }
            clusters.append(TextCluster(byteCount: byteCount, glyphCount: group.count))
            covered += byteCount
        }
        let firstStart = rightToLeft ? groups.last?.start : groups.first?.start
        guard covered == bytes.count, firstStart == bytes.lowerBound else {
            return [TextCluster(byteCount: bytes.count, glyphCount: glyphs.count)]
        }
        // Cairo's backward clusters still read the text forwards; only the glyphs go from the end.
        return rightToLeft ? clusters.reversed() : clusters
    }
}
