internal import CFreeType
internal import CHarfBuzz

/// One face of a font file, open in both FreeType (for Cairo) and HarfBuzz (for shaping).
///
/// Owns an `FT_Face` (`FT_New_Face` / `FT_Done_Face`) and a HarfBuzz face and font
/// (`hb_face_create` / `hb_face_destroy`, `hb_font_create` / `hb_font_destroy`). The HarfBuzz
/// font uses HarfBuzz's own OpenType functions at a scale of one font unit, so advances are
/// unhinted design units (what print wants) and shaping is thread-safe without touching FreeType.
public final class FontFace: @unchecked Sendable {
    public let reference: FontReference
    /// Family name as the font names itself (e.g. `Noto Serif`).
    public let familyName: String
    /// Style name (e.g. `Bold Italic`).
    public let styleName: String
    /// Design units per em.
    public let unitsPerEm: Int
    /// Ascender and descender in ems (descender negative), from the OS/2 or hhea table.
    public let ascender: Double
    public let descender: Double

    private let library: FreeTypeLibrary
    let inkCache = GlyphInkCache()
    let ftFace: FT_Face
    let hbFace: OpaquePointer
    let hbFont: OpaquePointer

    init(reference: FontReference, library: FreeTypeLibrary) throws(FontError) {
        self.reference = reference
        self.library = library
        let face = try library.openFace(path: reference.path, index: reference.faceIndex)
        ftFace = face
        familyName = face.pointee.family_name.map { String(cString: $0) } ?? "unknown"
        styleName = face.pointee.style_name.map { String(cString: $0) } ?? ""

        let blob = hb_blob_create_from_file(reference.path)
        hbFace = hb_face_create(blob, UInt32(reference.faceIndex))
        hb_blob_destroy(blob)
        hbFont = hb_font_create(hbFace)
        hb_ot_font_set_funcs(hbFont)
        let upem = Int(hb_face_get_upem(hbFace))
        unitsPerEm = upem > 0 ? upem : Int(face.pointee.units_per_EM)
        hb_font_set_scale(hbFont, Int32(unitsPerEm), Int32(unitsPerEm))

        var extents = hb_font_extents_t()
        hb_font_get_h_extents(hbFont, &extents)
        ascender = Double(extents.ascender) / Double(unitsPerEm)
        descender = Double(extents.descender) / Double(unitsPerEm)
    }

    deinit {
        hb_font_destroy(hbFont)
        hb_face_destroy(hbFace)
        library.closeFace(ftFace)
    }

    /// The font's own version string (OpenType name ID 5, e.g. "Version 2.007"), recorded in the
    /// archive so a re-render can tell whether the fonts changed.
    public var version: String {
        var length: UInt32 = 128
        var buffer = [CChar](repeating: 0, count: Int(length))
        let written = hb_ot_name_get_utf8(hbFace, hb_ot_name_id_t(HB_OT_NAME_ID_VERSION_STRING), hb_language_from_string("en", 2), &length, &buffer)
        guard written > 0 else { return "unknown" }
        let full = String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // Noto appends its build flags ("Version 2.004; ttfautohint (v1.8.3) -l 8 …"): keep the version.
        return String(full.prefix { $0 != ";" })
    }

    /// Whether the font maps this character to a real glyph (not `.notdef`).
    public func covers(_ scalar: Unicode.Scalar) -> Bool {
        var glyph: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(hbFont, scalar.value, &glyph) != 0 && glyph != 0
    }

    /// Glyph id for a character, if the font has one.
    public func glyph(for scalar: Unicode.Scalar) -> UInt32? {
        var glyph: hb_codepoint_t = 0
        guard hb_font_get_nominal_glyph(hbFont, scalar.value, &glyph) != 0, glyph != 0 else { return nil }
        return glyph
    }

    /// Horizontal advance of a glyph, in ems.
    public func advance(ofGlyph glyph: UInt32) -> Double {
        Double(hb_font_get_glyph_h_advance(hbFont, glyph)) / Double(unitsPerEm)
    }

    /// Lends the HarfBuzz font (`hb_font_t *`) to shaping code.
    ///
    /// Valid only while `body` runs; do not store or return the pointer.
    public func withHarfBuzzFont<R>(_ body: (OpaquePointer) throws -> R) rethrows -> R {
        try body(hbFont)
    }

    /// Lends the FreeType face (`FT_Face`) to rendering code (cairo-ft).
    ///
    /// FreeType faces are not thread-safe. Threading rule: after `init`, only cairo-ft touches
    /// this face, through the single Cairo font face FolioRendering's `CairoFontFaceRegistry`
    /// makes for it (cairo-ft locks the face around each FreeType call); nothing else may call
    /// FreeType on it. Valid only while this `FontFace` is alive; a holder must keep the
    /// `FontFace` referenced for as long as it, or Cairo, can use the face.
    public var freeTypeFace: UnsafeMutableRawPointer { UnsafeMutableRawPointer(ftFace) }
}
