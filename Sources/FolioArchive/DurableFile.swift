#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Crash-safe file operations: write-and-fsync, directory fsync, rename, and reads that never
/// follow symlinks. Every archive write goes through here so the durability rules live in one place.
enum DurableFile {
    /// Writes `bytes` to a new file at `path` (failing if it exists) and fsyncs it.
    static func create(_ path: String, bytes: [UInt8]) throws(ArchiveError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw failure(path, "cannot create") }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                write(fd, raw.baseAddress! + written, raw.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot write")
            }
            written += n
        }
        guard fsync(fd) == 0 else { throw failure(path, "cannot sync") }
    }

    /// Fsyncs a directory so the names created, renamed or removed in it survive a crash.
    static func syncDirectory(_ path: String) throws(ArchiveError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, "cannot open folder") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw failure(path, "cannot sync folder") }
    }

    /// Atomically renames `from` to `to` (same file system).
    static func rename(_ from: String, to: String) throws(ArchiveError) {
        guard Glibc.rename(from, to) == 0 else { throw failure(to, "cannot move into place") }
    }

    /// Creates a directory (and missing parents) with each new level fsynced into its parent.
    static func makeDirectories(_ path: String) throws(ArchiveError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .io(path, "exists and is not a folder") }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeDirectories(parent) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw failure(path, "cannot create folder") }
        if !parent.isEmpty { try syncDirectory(parent) }
    }

    /// The file's bytes, refusing symlinks; nil when it does not exist.
    static func read(_ path: String) throws(ArchiveError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw failure(path, errno == ELOOP ? "is a symbolic link" : "cannot read")
        }
        defer { close(fd) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot read")
            }
            if n == 0 { break }
            result.append(contentsOf: buffer[0..<n])
        }
        return result
    }

    /// Removes a file or a whole tree; missing is fine. Never follows symlinks.
    static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                removeTree(path + "/" + name)
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    /// What kind of entry is at `path`, without following symlinks.
    static func kind(_ path: String) -> EntryKind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return info.st_nlink > 1 ? .hardLinkedFile : .file
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// Names in a directory, sorted; empty when it cannot be listed.
    static func list(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    enum EntryKind { case missing, file, hardLinkedFile, directory, symlink, other }

    private static func failure(_ path: String, _ what: String) -> ArchiveError {
        .io(path, "\(what): \(String(cString: strerror(errno)))")
    }
}
