internal import CCairo
internal import CFreeType
import FolioFonts

/// Cairo font faces for the fonts a document uses, one per `FontReference`.
///
/// Owns each `cairo_font_face_t` (`cairo_ft_font_face_create_for_ft_face` /
/// `cairo_font_face_destroy`) and keeps its `FontFace` alive, because cairo-ft requires the
/// `FT_Face` to outlive the Cairo face.
final class CairoFontFaces {
    private let library: FontLibrary
    private var faces: [FontReference: (font: FontFace, cairo: OpaquePointer)] = [:]

    init(library: FontLibrary) {
        self.library = library
    }

    deinit {
        for entry in faces.values { cairo_font_face_destroy(entry.cairo) }
    }

    /// The Cairo face for a reference, created on first use.
    func face(for reference: FontReference) throws(RenderError) -> OpaquePointer {
        if let entry = faces[reference] { return entry.cairo }
        let font: FontFace
        do { font = try library.face(reference) } catch { throw .font(error.description) }
        let ftFace = font.freeTypeFace.assumingMemoryBound(to: FT_FaceRec_.self)
        guard let cairoFace = cairo_ft_font_face_create_for_ft_face(ftFace, Int32(FT_LOAD_NO_HINTING)) else {
            throw .cairo("cannot create a font face for \(reference)")
        }
        try RenderError.check(cairo_font_face_status(cairoFace))
        faces[reference] = (font, cairoFace)
        return cairoFace
    }
}
