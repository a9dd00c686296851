/// Why a hyphenation dictionary could not be used.
public enum HyphenationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The dictionary file is missing or unreadable.
    ///
    /// The corresponding C function is `hnj_hyphen_load`, which returns `NULL`.
    case cannotLoad(path: String)
    /// The dictionary is in a character set that is neither UTF-8 nor a single-byte charset the
    /// C library's iconv knows (its first line).
    case unsupportedCharset(path: String, charset: String)

    public var description: String {
        switch self {
        case .cannotLoad(let path):
            "cannot load the hyphenation dictionary \(path): the file is missing or unreadable"
        case .unsupportedCharset(let path, let charset):
            "the hyphenation dictionary \(path) uses the character set \(charset); only UTF-8 and single-byte charsets known to iconv are supported"
        }
    }
}
