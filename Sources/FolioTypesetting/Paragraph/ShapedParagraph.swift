import FolioFonts

/// Stage 2b (itemize and shape): the paragraph cut into runs of one font, size, direction and
/// script, each shaped by HarfBuzz.
struct ShapedParagraph {
    /// One shaped run.
    struct Item {
        var range: Range<Int>
        var face: FontFace
        var size: Double
        var level: UInt8
        var script: String?
        var link: String?
        var color: Color
        /// Glyphs in visual order.
        var glyphs: [ShapedGlyph]
        var isRightToLeft: Bool { level % 2 == 1 }
    }

    let text: ParagraphText
    let analysis: ParagraphAnalysis
    let items: [Item]
    /// `advanceBefore[b]` is the total advance of all glyphs whose cluster starts before byte `b`.
    private let advanceBefore: [Double]
    /// Characters no installed font covers, in order of first appearance.
    let missingScalars: [Unicode.Scalar]

    init(
        text: ParagraphText, analysis: ParagraphAnalysis, style: TextStyle, language: String?, fonts: FontSelector,
        wordShapes: WordShapes? = nil, cancellation: TypesetCancellation = .never
    ) throws(FontError) {
        self.text = text
        self.analysis = analysis
        let fontRuns = try fonts.fontRuns(for: text, graphemeStarts: analysis.graphemeStarts, style: style)
        var boundaries = Set<Int>([0, text.bytes.count])
        for run in fontRuns { boundaries.insert(run.range.lowerBound) }
        for run in text.styles { boundaries.insert(run.range.lowerBound) }
        for run in analysis.scriptRuns { boundaries.insert(run.range.lowerBound) }
        for run in analysis.bidiRuns { boundaries.insert(run.range.lowerBound) }
        let cuts = boundaries.sorted()

        var items: [Item] = []
        var fontIndex = 0, styleIndex = 0, scriptIndex = 0, bidiIndex = 0
        text.bytes.withUnsafeBufferPointer { buffer in
            for (number, (start, end)) in zip(cuts, cuts.dropFirst()).enumerated() where start < end {
                // Stopped early, the paragraph is incomplete; the typesetter then discards it.
                if number & 255 == 255, cancellation.isCancelled { break }
                while fontRuns[fontIndex].range.upperBound <= start { fontIndex += 1 }
                while styleIndex + 1 < text.styles.count, text.styles[styleIndex].range.upperBound <= start { styleIndex += 1 }
                while analysis.scriptRuns[scriptIndex].range.upperBound <= start { scriptIndex += 1 }
                while analysis.bidiRuns[bidiIndex].range.upperBound <= start { bidiIndex += 1 }
                let face = fontRuns[fontIndex].face
                let level = analysis.bidiRuns[bidiIndex].level
                let script = analysis.scriptRuns[scriptIndex].script
                let link = text.styles.isEmpty ? nil : text.styles[styleIndex].link
                var glyphs = wordShapes?.shape(
                    buffer, range: start..<end, face: face, size: style.size, script: script,
                    rightToLeft: level % 2 == 1, language: language)
                    ?? HarfBuzzShaper.shape(
                        buffer, range: start..<end, face: face, size: style.size, script: script,
                        rightToLeft: level % 2 == 1, language: language)
                if level % 2 == 0 {
                    PunctuationCompression.apply(to: &glyphs, text: buffer, size: style.size, language: language)
                }
                items.append(Item(
                    range: start..<end, face: face, size: style.size, level: level, script: script, link: link,
                    color: link == nil ? style.color : .linkBlue, glyphs: glyphs))
            }
        }
        self.items = items

        var advance = [Double](repeating: 0, count: text.bytes.count + 1)
        for item in items {
            for glyph in item.glyphs where glyph.cluster < text.bytes.count { advance[glyph.cluster + 1] += glyph.advance }
        }
        for index in 1..<advance.count { advance[index] += advance[index - 1] }
        advanceBefore = advance
        missingScalars = fontRuns.flatMap(\.missing)
    }

    /// Natural width of a stretch of text, in points.
    func width(_ range: Range<Int>) -> Double {
        advanceBefore[range.upperBound] - advanceBefore[range.lowerBound]
    }

    /// The item containing a byte offset.
    func itemIndex(containing offset: Int) -> Int {
        var low = 0, high = items.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if items[middle].range.lowerBound <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
