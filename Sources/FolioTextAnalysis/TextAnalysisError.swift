/// Why ICU could not analyse a text.
///
/// Most analyses fall back to a simpler answer instead of failing (see each type);
/// this error surfaces only where no fallback would be faithful, such as bidi.
public enum TextAnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is longer than ICU can index (2,147,483,647 UTF-16 units).
    case textTooLong(utf8Length: Int)
    /// An ICU function reported an error; `code` is ICU's name for it
    /// ("U_MEMORY_ALLOCATION_ERROR").
    case icuFailure(function: String, code: String)

    public var description: String {
        switch self {
        case .textTooLong(let length):
            "The text is too long for Unicode analysis (\(length) bytes in one paragraph; split it into paragraphs)."
        case .icuFailure(let function, let code):
            "Unicode text analysis failed: ICU's \(function) reported \(code)."
        }
    }
}
