/// Why an archive operation failed; `description` is the one line the CLI prints.
public enum ArchiveError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A file-system call failed (path, what was attempted, the C error text).
    case io(String, String)
    /// The folder exists but is not a Folio archive, or its storage root is damaged.
    case notAnArchive(String, String)
    /// No object with this id.
    case noSuchObject(String)
    /// The object exists but has no such version.
    case noSuchVersion(String, String)
    /// An id that is not of the form `YYYY/MM/DD/slug`.
    case invalidID(String)
    /// Stored data that cannot be read back (path, problem).
    case damaged(String, String)
    /// The search index could not be used (reason).
    case index(String)
    /// A query value the user gave is not usable (what, why).
    case invalidQuery(String, String)

    public var description: String {
        switch self {
        case .io(let path, let problem): return "\(path): \(problem)"
        case .notAnArchive(let path, let problem): return "\(path): not a usable archive (\(problem))"
        case .noSuchObject(let id): return "no archived article with id '\(id)'"
        case .noSuchVersion(let id, let version): return "article '\(id)' has no version '\(version)'"
        case .invalidID(let id): return "'\(id)' is not an archive id (expected YYYY/MM/DD/slug)"
        case .damaged(let path, let problem): return "\(path): damaged (\(problem)); run 'folio archive verify'"
        case .index(let problem): return "archive index: \(problem)"
        case .invalidQuery(let what, let problem): return "\(what): \(problem)"
        }
    }
}
