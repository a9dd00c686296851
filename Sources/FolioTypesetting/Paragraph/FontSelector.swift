import FolioFonts

/// Chooses a font for every grapheme cluster: the style's own face when it covers the cluster,
/// else the layout's fallback families (in the style's class, serif or sans, and for Han in the
/// language's regional face), else any installed font that does.
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
    /// The paragraph's language (BCP 47): Japanese, Korean and Chinese pick their own CJK face.
    var language: String? = nil

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
        var asciiCoverage: [ObjectIdentifier: Bool] = [:]
        // The face of the current style (looked up when bold or italic changes, not per cluster).
        var currentKey = -1
        var primary: FontFace!  // set at the first cluster, as currentKey matches no style
        var primaryCoversASCII = false
        let serif = isSerif(style.family)
        while graphemeIndex < graphemeStarts.count {
            let start = boundaries[graphemeIndex]
            let end = boundaries[graphemeIndex + 1]
            while styleIndex + 1 < text.styles.count, text.styles[styleIndex].range.upperBound <= start { styleIndex += 1 }
            let styled = text.styles.isEmpty ? nil : text.styles[styleIndex]
            let bold = styled?.bold ?? style.bold
            let italic = styled?.italic ?? style.italic
            let faceKey = (bold ? 2 : 0) + (italic ? 1 : 0)
            if faceKey != currentKey {
                if let cached = primaryFaces[faceKey] {
                    primary = cached
                } else {
                    primary = try library.face(family: style.family, bold: bold, italic: italic)
                    primaryFaces[faceKey] = primary
                }
                currentKey = faceKey
                primaryCoversASCII = asciiCovered(by: primary, &asciiCoverage)
            }
            // Most clusters are one ASCII letter the body face has: no arrays, no fallback.
            if end - start == 1, primaryCoversASCII, scalars[scalarIndex].value >= 0x20, scalars[scalarIndex].value < 0x7F,
               !runs.isEmpty, runs[runs.count - 1].face === primary
            {
                runs[runs.count - 1].range = runs[runs.count - 1].range.lowerBound..<end
                scalarOffset += 1
                scalarIndex += 1
                graphemeIndex += 1
                continue
            }
            var cluster: [Unicode.Scalar] = []
            while scalarOffset < end {
                cluster.append(scalars[scalarIndex])
                scalarOffset += scalars[scalarIndex].utf8.count
                scalarIndex += 1
            }
            let visible = cluster.filter { !$0.isDefaultIgnorable }
            var face: FontFace = primary
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
                    for: visible, families: fallbackFamilies, serif: serif, bold: bold, italic: italic, language: language)
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

/// Whether a face has every printable ASCII character (remembered per face).
private func asciiCovered(by face: FontFace, _ memo: inout [ObjectIdentifier: Bool]) -> Bool {
    if let known = memo[ObjectIdentifier(face)] { return known }
    let covered = (UInt8(0x20)..<0x7F).allSatisfy { face.covers(Unicode.Scalar($0)) }
    memo[ObjectIdentifier(face)] = covered
    return covered
}

extension Unicode.Scalar {
    /// Quotes, brackets, dashes and other punctuation (Unicode general category P*).
    var isPunctuation: Bool {
        if value < 0x80 {
            return (0x21...0x2F).contains(value) && value != 0x24 && value != 0x2B
                || (0x3A...0x40).contains(value) && ![0x3C, 0x3D, 0x3E].contains(value)
                || (0x5B...0x5F).contains(value) && value != 0x5E || value == 0x7B || value == 0x7D
        }
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
        if value < 0x80 { return value < 0x20 || value == 0x7F }
        return properties.isDefaultIgnorableCodePoint || value == 0x2028 || value == 0x2029 || properties.generalCategory == .control
    }
}
