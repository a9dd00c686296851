internal import CCairo
internal import CFreeType
import FolioFonts
import Synchronization

/// The one Cairo font face of each `FontFace`, created on first use and kept for the life of
/// the process.
///
/// ## Threading rule for FreeType faces
/// A `FontFace`'s `FT_Face` is used by cairo-ft alone (HarfBuzz shapes and measures from its
/// own copy of the font through its OpenType functions and never calls FreeType). cairo-ft
/// makes one "unscaled font" per `FT_Face` and holds that font's mutex around every FreeType
/// call it makes (loading glyphs, reading tables for PDF subsetting, rasterising for PNG), so
/// drawing from many threads at once is safe **provided** the Cairo font faces made for that
/// `FT_Face` are themselves never created or destroyed concurrently: cairo 1.16 keeps them in
/// an unlocked list on the unscaled font, and `_cairo_ft_font_face_destroy` walks that list.
/// Making and destroying a Cairo face per render from several threads corrupted the list and
/// crashed `folio serve` after about 20,000 renders (issue 15).
///
/// So each `FontFace` gets exactly one Cairo face, made under this registry's lock, and this
/// registry keeps one reference to it (and the `FontFace`, whose `FT_Face` must outlive it)
/// until the process exits. Cairo's own caches (scaled fonts held over after a surface is
/// finished) may hold further references at any time; since ours is never dropped, the face is
/// never destroyed under them. The cost is a few kilobytes per font ever drawn, per
/// `FontLibrary`: a process makes one library and reuses it.
enum CairoFontFaceRegistry {
    private struct Entry: @unchecked Sendable {
        let font: FontFace
        let cairo: OpaquePointer
    }

    private static let entries = Mutex<[ObjectIdentifier: Entry]>([:])

    /// The Cairo face for a font: created once, shared by every thread and every render.
    static func face(for font: FontFace) throws(RenderError) -> OpaquePointer {
        let result = entries.withLock { entries -> Result<OpaquePointer, RenderError> in
            if let entry = entries[ObjectIdentifier(font)] { return .success(entry.cairo) }
            let ftFace = font.freeTypeFace.assumingMemoryBound(to: FT_FaceRec_.self)
            guard let cairoFace = cairo_ft_font_face_create_for_ft_face(ftFace, Int32(FT_LOAD_NO_HINTING)) else {
                return .failure(.cairo("cannot create a font face for \(font.reference)"))
            }
            let status = cairo_font_face_status(cairoFace)
            guard status == CAIRO_STATUS_SUCCESS else {
                cairo_font_face_destroy(cairoFace)
                return .failure(.cairo("cannot create a font face for \(font.reference): \(String(cString: cairo_status_to_string(status)))"))
            }
            entries[ObjectIdentifier(font)] = Entry(font: font, cairo: cairoFace)
            return .success(cairoFace)
        }
        return try result.get()
    }
}
