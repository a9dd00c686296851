import FolioFonts

/// The Cairo font faces one drawing uses, by `FontReference`: a lock-free lookup in front of
/// `CairoFontFaceRegistry`, which owns the faces (one per font for the process's life; see its
/// threading rule). Holds no Cairo reference of its own, so dropping it frees nothing.
final class CairoFontFaces {
    private let library: FontLibrary
    private var faces: [FontReference: OpaquePointer] = [:]

    init(library: FontLibrary) {
        self.library = library
    }

    /// The Cairo face for a reference, looked up on first use.
    func face(for reference: FontReference) throws(RenderError) -> OpaquePointer {
        if let face = faces[reference] { return face }
        let font: FontFace
        do { font = try library.face(reference) } catch { throw .font(error.description) }
        let face = try CairoFontFaceRegistry.face(for: font)
        faces[reference] = face
        return face
    }
}
