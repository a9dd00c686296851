import FolioFonts

/// Chooses a font for every grapheme cluster: the style's own face when it covers the cluster,
/// else the layout's fallback families, else any installed font that does.
struct FontSelector {
    /// A stretch of text set in one face.
    struct FontRun {
        var range: Range<Int>
        var face: FontFace
        /// Characters of this run no font covers (drawn with the style's face, and reported).
        var missing: [Unicode.Scalar]
    }

    let library: FontLibrary
    let fallbackFamilies: [String]
    /// Whether the style is a serif face, so fallbacks match it.
    let isSerif: (String) -> Bool

    func fontRuns(for text: ParagraphText, graphemeStarts: [Int], style: TextStyle) throws(FontError) -> [FontRun] {
        var runs: [FontRun] = []
        guard !text.bytes.isEmpty else { return runs }
        var styleIndex = 0
        var graphemeIndex = 0
        let scalars = Array(text.text.unicodeScalars)
        // Map byte offsets to scalar indices as we walk.
        var scalarIndex = 0
        var scalarOffset = 0
        let boundaries = graphemeStarts + [text.bytes.count]
        var primaryFaces: [Int: FontFace] = [:]
        while graphemeIndex < graphemeStarts.count {
            let start = boundaries[graphemeIndex]
            let end = boundaries[graphemeIndex + 1]
            while styleIndex + 1 < text.styles.count, text.styles[styleIndex].range.upperBound <= start { styleIndex += 1 }
            let styled = text.styles.isEmpty ? nil : text.styles[styleIndex]
            let bold = styled?.bold ?? style.bold
            let italic = styled?.italic ?? style.italic
            let faceKey = (bold ? 2 : 0) + (italic ? 1 : 0)
            let primary: FontFace
            if let cached = primaryFaces[faceKey] {
                primary = cached
            } else {
                primary = try library.face(family: style.family, bold: bold, italic: italic)
                primaryFaces[faceKey] = primary
            }
            var cluster: [Unicode.Scalar] = []
            while scalarOffset < end {
                cluster.append(scalars[scalarIndex])
                scalarOffset += scalars[scalarIndex].utf8.count
                scalarIndex += 1
            }
            let visible = cluster.filter { !$0.isDefaultIgnorable }
            var face = primary
            var missing: [Unicode.Scalar] = []
            if let previous = runs.last?.face, previous !== primary, !visible.isEmpty,
               visible.allSatisfy({ $0.isPunctuation }), visible.allSatisfy(previous.covers)
            {
                // Punctuation inside Chinese, Arabic or Devanagari text takes that text's font
                // (full-width quotes after Han), not the Latin face that happens to cover it too.
                face = previous
            } else if !visible.isEmpty, !visible.allSatisfy(primary.covers) {
                if let previous = runs.last?.face, previous !== primary, visible.allSatisfy(previous.covers) {
                    face = previous
                } else if let fallback = library.fallbackFace(
                    for: visible, families: fallbackFamilies, serif: isSerif(style.family), bold: bold, italic: italic)
                {
                    face = fallback
                } else {
                    missing = visible.filter { !primary.covers($0) }
                }
            }
            if let last = runs.last, last.face === face {
                runs[runs.count - 1].range = last.range.lowerBound..<end
                runs[runs.count - 1].missing += missing
            } else {
                runs.append(FontRun(range: start..<end, face: face, missing: missing))
            }
            graphemeIndex += 1
        }
        return runs
    }
}

extension Unicode.Scalar {
    /// Quotes, brackets, dashes and other punctuation (Unicode general category P*).
    var isPunctuation: Bool {
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// Characters that draw nothing (joiners, variation selectors, bidi controls, soft hyphen):
    /// they must not send a cluster to a fallback font.
    var isDefaultIgnorable: Bool {
        properties.isDefaultIgnorableCodePoint || value == 0x2028 || value == 0x2029 || properties.generalCategory == .control
    }
}
