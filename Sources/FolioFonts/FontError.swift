/// Why a font could not be found or loaded.
public enum FontError: Error, Sendable, Hashable, CustomStringConvertible {
    /// FreeType refused the file. The corresponding C function is `FT_New_Face`.
    case unreadableFontFile(path: String, freeTypeError: Int32)
    /// Fontconfig could not be initialised or given the bundled fonts folder.
    case fontconfig(String)
    /// No installed font matches the family the layout names.
    case familyNotFound(String)

    public var description: String {
        switch self {
        case .unreadableFontFile(let path, let code):
            return "font file \(path) cannot be read (FreeType error \(code))"
        case .fontconfig(let problem):
            return "font configuration failed: \(problem)"
        case .familyNotFound(let family):
            return "no installed font has the family '\(family)' (see `fc-list : family`)"
        }
    }
}
