import FolioTypesetting

/// The text and clusters Cairo is given for a glyph run: the run's source text without the
/// invisible bidi formatting characters.
///
/// Isolates and marks (U+200E/F, U+202A–E, U+2066–9) steer the layout (the date line isolates
/// the section and the date so that an Arabic section name cannot reorder an English date),
/// but they are not text a reader sees: copied out of the PDF or extracted by `pdftotext` they
/// would turn up as stray characters around words. So they are dropped here, at the edge of
/// the text layer, and the glyphs HarfBuzz made for them (invisible, zero-width) join the
/// neighbouring cluster, so every glyph still belongs to some text.
struct ClusterText {
    /// The text without bidi controls.
    private(set) var text: String
    /// The clusters over `text`, in text order, covering every glyph of the run.
    private(set) var clusters: [TextCluster]

    /// Whether `scalar` is a bidi mark, embedding, override or isolate.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    init(_ run: GlyphRun) {
        guard run.text.unicodeScalars.contains(where: Self.isBidiControl) else {
            text = run.text
            clusters = run.clusters
            return
        }
        let bytes = Array(run.text.utf8)
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var clusters: [TextCluster] = []
        var pendingGlyphs = 0  // glyphs of control-only clusters not yet given to a cluster
        var offset = 0
        for cluster in run.clusters {
            let slice = bytes[offset..<min(bytes.count, offset + cluster.byteCount)]
            offset += cluster.byteCount
            let visible = Self.withoutControls(slice)
            if visible.isEmpty {
                if let last = clusters.indices.last {
                    clusters[last].glyphCount += cluster.glyphCount
                } else {
                    pendingGlyphs += cluster.glyphCount
                }
                continue
            }
            kept += visible
            clusters.append(TextCluster(byteCount: visible.count, glyphCount: cluster.glyphCount + pendingGlyphs))
            pendingGlyphs = 0
        }
        text = String(decoding: kept, as: UTF8.self)
        // A run of controls alone keeps its glyphs in one cluster without text (Cairo allows
        // clusters of no bytes; they add nothing to the text layer).
        if pendingGlyphs > 0 { clusters.append(TextCluster(byteCount: 0, glyphCount: pendingGlyphs)) }
        self.clusters = clusters
    }

    /// The UTF-8 bytes of `slice` without the bidi controls (each is three bytes, E2 80 8E…,
    /// or two for U+061C).
    private static func withoutControls(_ slice: ArraySlice<UInt8>) -> [UInt8] {
        let scalars = String(decoding: slice, as: UTF8.self).unicodeScalars
        guard scalars.contains(where: isBidiControl) else { return Array(slice) }
        var result: [UInt8] = []
        for scalar in scalars where !isBidiControl(scalar) { result += Array(String(scalar).utf8) }
        return result
    }
}
