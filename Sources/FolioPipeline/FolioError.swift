/// An error the user can act on; its description is the one line the CLI prints.
public enum FolioError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input article (named) could not be read or understood.
    case input(String, String)
    /// A layout (named) is unknown or invalid.
    case layout(String, String)
    /// Output could not be written (path, reason).
    case output(String, String)
    /// `--strict` turned a warning into an error.
    case strict(String)

    public var description: String {
        switch self {
        case .input(let name, let problem): return "\(name): \(problem)"
        case .layout(let name, let problem): return "layout \(name): \(problem)"
        case .output(let path, let problem): return "\(path): \(problem)"
        case .strict(let warning): return "\(warning) (an error with --strict)"
        }
    }
}
