import FolioFonts
import Synchronization

/// One document's shaped words, each distinct word shaped once.
///
/// A long article repeats its words ("the", "Internet", "conference"): HarfBuzz was 30 % of
/// typesetting one, most of it spent on words it had shaped before. Reuse gives exactly the
/// glyphs whole-run shaping gives, and is used only where that holds: left-to-right Latin,
/// Greek and Cyrillic runs, in fonts whose lookups never look at the space
/// (`FontFace.spaceIsOutsideLookups`), for words with a space or nothing on either side. Any
/// other piece of a run is shaped in its paragraph as before.
///
/// Worth it only for long articles (see ``worthwhileBytes``); shared by the threads setting one
/// document's paragraphs, and capped so a pathological text cannot grow it without bound.
final class WordShapes: Sendable {
    /// Below this much text (about 2,500 words) setting up costs more than reuse saves: measured,
    /// a one-page article got 0.6 ms slower and a 20-page one 3 ms faster.
    static let worthwhileBytes = 16_000
    static let scripts: Set<String> = ["Latn", "Grek", "Cyrl"]
    private static let capacity = 100_000

    private struct Key: Hashable {
        /// The face's identity: the faces are kept alive by ``reusableFaces`` while this lives.
        var face: ObjectIdentifier
        var script: String
        var language: String?
        var bytes: [UInt8]

        /// The word's bytes hashed as one block, not element by element as an array would.
        func hash(into hasher: inout Hasher) {
            hasher.combine(face)
            hasher.combine(script)
            hasher.combine(language)
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// Glyphs in font units (a size of one em per design unit), clusters from the word's start.
    private let shapes = Mutex<[Key: [ShapedGlyph]]>([:])
    /// Whether each face qualifies, holding the face so that its identity stays its own.
    private let reusableFaces = Mutex<[ObjectIdentifier: (face: FontFace, reusable: Bool)]>([:])

    init() {}

    /// How many distinct words are held.
    var wordCount: Int { shapes.withLock { $0.count } }

    /// `HarfBuzzShaper.shape`'s glyphs for `range` of `paragraph`, reusing words shaped before.
    func shape(
        _ paragraph: UnsafeBufferPointer<UInt8>, range: Range<Int>, face: FontFace, size: Double,
        script: String?, rightToLeft: Bool, language: String?
    ) -> [ShapedGlyph] {
        guard !rightToLeft, let script, Self.scripts.contains(script), reuses(face) else {
            return HarfBuzzShaper.shape(
                paragraph, range: range, face: face, size: size, script: script, rightToLeft: rightToLeft,
                language: language)
        }
        let space = UInt8(ascii: " ")
        let scale = size / Double(face.unitsPerEm)
        var glyphs: [ShapedGlyph] = []
        glyphs.reserveCapacity(range.count)
        var start = range.lowerBound
        while start < range.upperBound {
            // A word and the spaces after it.
            var end = start
            while end < range.upperBound, paragraph[end] != space { end += 1 }
            while end < range.upperBound, paragraph[end] == space { end += 1 }
            let spaceBefore = start == 0 || paragraph[start - 1] == space
            let spaceAfter = paragraph[end - 1] == space || end == paragraph.count || paragraph[end] == space
            if spaceBefore && spaceAfter {
                for glyph in word(paragraph, start..<end, face: face, script: script, language: language) {
                    glyphs.append(ShapedGlyph(
                        id: glyph.id, cluster: glyph.cluster + start, advance: glyph.advance * scale,
                        xOffset: glyph.xOffset * scale, yOffset: glyph.yOffset * scale))
                }
            } else {
                // A run boundary inside a word (a style change): shaped in context, as before.
                glyphs += HarfBuzzShaper.shape(
                    paragraph, range: start..<end, face: face, size: size, script: script, rightToLeft: false,
                    language: language)
            }
            start = end
        }
        return glyphs
    }

    /// The word's glyphs in font units, shaped on first use.
    private func word(
        _ paragraph: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, face: FontFace, script: String, language: String?
    ) -> [ShapedGlyph] {
        let key = Key(face: ObjectIdentifier(face), script: script, language: language, bytes: Array(paragraph[range]))
        if let known = shapes.withLock({ $0[key] }) { return known }
        // Shaped outside the lock: two threads may both shape a new word, and get the same glyphs.
        let glyphs = key.bytes.withUnsafeBufferPointer { word in
            HarfBuzzShaper.shape(
                word, range: 0..<word.count, face: face, size: Double(face.unitsPerEm), script: script,
                rightToLeft: false, language: language)
        }
        shapes.withLock { shapes in
            if shapes.count < Self.capacity { shapes[key] = glyphs }
        }
        return glyphs
    }

    private func reuses(_ face: FontFace) -> Bool {
        let id = ObjectIdentifier(face)
        if let known = reusableFaces.withLock({ $0[id] }) { return known.reusable }
        let reusable = face.spaceIsOutsideLookups
        reusableFaces.withLock { $0[id] = (face, reusable) }
        return reusable
    }
}
