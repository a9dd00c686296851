/// An error the user can act on; its description is the one line the CLI prints.
public enum FolioError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input article (named) could not be read or understood.
    case input(String, String)
    /// A layout is unknown or invalid; the message names the file, key and line.
    case layout(String)
    /// Output could not be written (path, reason).
    case output(String, String)
    /// `--strict` turned a warning into an error.
    case strict(String)
    /// Fonts or drawing failed for an input (named).
    case rendering(String, String)
    /// The render of an input (named) was stopped by its caller (a deadline), unfinished.
    case cancelled(String)

    /// Whether this is `cancelled`: the caller stopped the render, no fault of the input.
    public var isCancelled: Bool {
        if case .cancelled = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .input(let name, let problem): return "\(name): \(problem)"
        case .layout(let message): return message
        case .output(let path, let problem): return "\(path): \(problem)"
        case .strict(let warning): return "\(warning) (an error with --strict)"
        case .rendering(let name, let problem): return "\(name): \(problem)"
        case .cancelled(let name): return "\(name): rendering stopped before it finished (past its deadline)"
        }
    }
}
