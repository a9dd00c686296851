internal import CFreeType
import Synchronization

/// Owns one `FT_Library` (`FT_Init_FreeType` / `FT_Done_FreeType`).
///
/// FreeType libraries are not thread-safe for face creation, so opening faces is serialised
/// behind a mutex. Faces stay valid until the library is freed, so every `FontFace` keeps a
/// strong reference to its library.
final class FreeTypeLibrary: @unchecked Sendable {
    let handle: FT_Library
    private let lock = Mutex(())

    init() throws(FontError) {
        var library: FT_Library?
        let status = FT_Init_FreeType(&library)
        guard status == 0, let library else { throw .fontconfig("FreeType could not start (error \(status))") }
        handle = library
    }

    deinit { FT_Done_FreeType(handle) }

    /// Opens one face of a font file. The corresponding C function is `FT_New_Face`.
    func openFace(path: String, index: Int) throws(FontError) -> FT_Face {
        var face: FT_Face?
        let status = lock.withLock { _ in FT_New_Face(handle, path, index, &face) }
        guard status == 0, let face else { throw .unreadableFontFile(path: path, freeTypeError: status) }
        return face
    }

    /// Frees a face opened by `openFace`. The corresponding C function is `FT_Done_Face`.
    func closeFace(_ face: FT_Face) {
        lock.withLock { _ in _ = FT_Done_Face(face) }
    }
}
