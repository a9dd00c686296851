import Foundation

/// What an output path names, decided before anything is written, so that `-o` never replaces
/// something that is not a plain file.
///
/// - `-`, `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` and `/proc/self/fd/N` are the process's own
///   descriptors: written to as they are (a pipe, a terminal, or the file the shell opened).
/// - A character device (`/dev/null`, a terminal) or a FIFO is opened and written: never renamed
///   over, never turned into a regular file.
/// - A regular file, or a name that does not exist yet, is replaced whole (`AtomicFile`).
/// - A symbolic link is followed to its final target and that target is written (replaced, if a
///   regular file); the link itself stays a link. A loop of links is refused.
/// - A folder, a socket or a block device is refused, as is any path inside an archive folder
///   or an OCFL storage root (`ArchiveStorageGuard`): archived files change only through
///   `folio archive`.
public enum OutputTarget: Equatable, Sendable {
    /// An open descriptor of this process (1 for `-`).
    case descriptor(Int32)
    /// A character device or FIFO at this path, opened for writing.
    case stream(String)
    /// A regular file (existing or new) at this path, with symbolic links already followed.
    case file(String)

    /// How many symbolic links are followed before the path counts as a loop (Linux's limit).
    private static let maximumLinks = 40

    /// Decides what `path` names.
    ///
    /// - Parameter protecting: extra folders (an archive's) inside which nothing may be written.
    /// - Throws: `FolioError.output` with a one-line reason for paths that must not be written.
    public static func resolve(_ path: String, protecting: [String] = []) throws(FolioError) -> OutputTarget {
        if path == "-" { return .descriptor(STDOUT_FILENO) }
        var current = path
        for _ in 0...maximumLinks {
            if let descriptor = processDescriptor(current) { return .descriptor(descriptor) }
            var info = stat()
            guard lstat(current, &info) == 0 else {
                if errno == ENOENT { return try checked(.file(current), path: path, protecting: protecting) }
                throw .output(path, "cannot be examined (\(SystemErrorText.describe(errno)))")
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                guard let next = linkTarget(current) else {
                    throw .output(path, "is a symbolic link that cannot be read (\(SystemErrorText.describe(errno)))")
                }
                current = next
            case S_IFREG: return try checked(.file(current), path: path, protecting: protecting)
            case S_IFCHR, S_IFIFO: return .stream(current)
            case S_IFDIR: throw .output(path, "is a folder; give the name of a file to write")
            case S_IFSOCK: throw .output(path, "is a socket; give the name of a file to write")
            case S_IFBLK: throw .output(path, "is a block device; give the name of a file to write")
            default: throw .output(path, "is not a regular file; give the name of a file to write")
            }
        }
        throw .output(path, "is a loop of symbolic links")
    }

    /// Refuses a file inside an archive.
    private static func checked(_ target: OutputTarget, path: String, protecting: [String]) throws(FolioError) -> OutputTarget {
        guard case .file(let file) = target else { return target }
        if let archive = ArchiveStorageGuard.enclosingArchive(of: file, protecting: protecting) {
            throw .output(path, "is inside the archive \(archive); archived files are changed only by 'folio archive'")
        }
        return target
    }

    /// The descriptor a path names when it is one of this process's own (`/dev/stdout`, …).
    private static func processDescriptor(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default: break
        }
        for prefix in ["/dev/fd/", "/proc/self/fd/", "/proc/\(getpid())/fd/"] where path.hasPrefix(prefix) {
            return Int32(path.dropFirst(prefix.count))
        }
        return nil
    }

    /// Where the symbolic link at `path` points, made absolute against the link's folder.
    private static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if target.hasPrefix("/") { return target }
        return URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(target).path
    }
}
