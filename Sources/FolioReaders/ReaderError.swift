/// Why an input file could not be read as an article.
///
/// The description is the problem only, one line, without the file name: the pipeline
/// prefixes the name (`seed.txt: is empty`), so every reader reports the same way.
public enum ReaderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file has no bytes, or only white space.
    case empty
    /// The file holds NUL bytes or mostly control bytes: an image, archive or program.
    case binary
    /// The bytes are not UTF-8; `offset` is the zero-based position of the first bad byte.
    case invalidUTF8(offset: Int)
    /// The file is UTF-16 (it starts with a UTF-16 byte-order mark).
    case utf16
    /// The file is a PDF, probably passed by mistake instead of its source.
    case pdf
    /// No headline could be found.
    case noTitle
    /// No publication date could be found; `hint` says where one was expected.
    case noDate(hint: String)
    /// A date is there but not in a shape we read; `location` is e.g. `line 3` or `published`.
    case unreadableDate(String, location: String)
    /// A date names a day or time that does not exist (`2018-13-45 99:99:99`).
    case impossibleDate(String, problem: String, location: String)
    /// A structured input (JSON, front matter) has a value of the wrong kind at `path`.
    case invalidValue(path: String, problem: String)
    /// The input is not well-formed in its format (JSON syntax, YAML syntax), with where and why.
    case malformed(format: String, problem: String)

    /// One line whatever the input held: values quoted from the file may contain line breaks
    /// and control characters (found by fuzzing), which are shown escaped, and long quotes are cut.
    public var description: String {
        var line = ""
        var count = 0
        for scalar in message.unicodeScalars {
            count += 1
            if count > 300 {
                line += "…"
                break
            }
            switch scalar {
            case "\n": line += "\\n"
            case "\r": line += "\\r"
            case "\t": line += "\\t"
            case _ where scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .lineSeparator
                || scalar.properties.generalCategory == .paragraphSeparator:
                line += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: line.unicodeScalars.append(scalar)
            }
        }
        return line
    }

    private var message: String {
        switch self {
        case .empty: return "is empty"
        case .binary: return "contains binary data, not text"
        case .invalidUTF8(let offset): return "is not valid UTF-8 (first bad byte at offset \(offset))"
        case .utf16: return "is UTF-16 text; save it as UTF-8"
        case .pdf: return "is a PDF file, not an article"
        case .noTitle: return "has no title"
        case .noDate(let hint): return "has no publication date (\(hint))"
        case .unreadableDate(let text, let location): return "unreadable date '\(text)' (\(location))"
        case .impossibleDate(let text, let problem, let location):
            return "impossible date '\(text)' (\(location)): \(problem)"
        case .invalidValue(let path, let problem): return "\(path): \(problem)"
        case .malformed(let format, let problem): return "is not valid \(format): \(problem)"
        }
    }
}
