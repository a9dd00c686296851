internal import CHarfBuzz
import FolioFonts

/// Shapes one run of text (one font, size, script, direction and language) with HarfBuzz.
///
/// The whole paragraph is handed to HarfBuzz as context (`hb_buffer_add_utf8` with an item
/// offset), so joining and contextual forms at run edges come out right, and cluster values are
/// byte offsets into the paragraph.
enum HarfBuzzShaper {
    /// Glyphs in visual order (right-to-left runs come out reversed, as HarfBuzz gives them).
    static func shape(
        _ paragraph: UnsafeBufferPointer<UInt8>, range: Range<Int>, face: FontFace, size: Double,
        script: String?, rightToLeft: Bool, language: String?
    ) -> [ShapedGlyph] {
        guard !range.isEmpty, let base = paragraph.baseAddress else { return [] }
        guard let buffer = hb_buffer_create() else { return [] }
        defer { hb_buffer_destroy(buffer) }
        base.withMemoryRebound(to: CChar.self, capacity: paragraph.count) { chars in
            hb_buffer_add_utf8(buffer, chars, Int32(paragraph.count), UInt32(range.lowerBound), Int32(range.count))
        }
        hb_buffer_set_direction(buffer, rightToLeft ? HB_DIRECTION_RTL : HB_DIRECTION_LTR)
        if let script { hb_buffer_set_script(buffer, hb_script_from_string(script, Int32(script.utf8.count))) }
        if let language { hb_buffer_set_language(buffer, hb_language_from_string(language, Int32(language.utf8.count))) }
        hb_buffer_guess_segment_properties(buffer)
        face.withHarfBuzzFont { font in hb_shape(font, buffer, nil, 0) }

        var count: UInt32 = 0
        guard let infos = hb_buffer_get_glyph_infos(buffer, &count),
              let positions = hb_buffer_get_glyph_positions(buffer, &count)
        else { return [] }
        let scale = size / Double(face.unitsPerEm)
        var glyphs: [ShapedGlyph] = []
        glyphs.reserveCapacity(Int(count))
        for index in 0..<Int(count) {
            let info = infos[index]
            let position = positions[index]
            glyphs.append(ShapedGlyph(
                id: info.codepoint, cluster: Int(info.cluster),
                advance: Double(position.x_advance) * scale,
                xOffset: Double(position.x_offset) * scale,
                yOffset: -Double(position.y_offset) * scale))
        }
        return glyphs
    }
}
