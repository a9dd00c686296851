import Foundation

/// Writes outputs so that they respect what is already at the path (`OutputTarget`): a regular
/// file is replaced atomically, so readers see the old file or the whole new one, never a part
/// (the bytes go to a temporary file in the same folder, which is renamed over the target, with
/// the old file's permissions kept); a character device, a FIFO or one of the process's own
/// descriptors (`-`, `/dev/stdout`) is opened and written, never replaced; a folder, a socket or
/// a path inside an archive is refused.
///
/// Not flushed to disk first (no `fsync`), as compilers and typesetters (TeX, Typst) leave their
/// outputs: a rendered PDF is derived, byte for byte reproducible from its input, and an `fsync`
/// was 0.5 ms of a 17 ms render here (more on slow disks, and once per article in a batch). What
/// must survive a power cut goes to the archive, which syncs every file, folder and rename
/// (`DurableFile` in FolioArchive).
///
/// `folio render`, `folio archive get`, each article PDF of `folio batch`, and the streamed
/// volume (whose bytes Cairo writes itself, into `temporaryPath(for:)`, before `commit`) all go
/// through here.
public enum AtomicFile {
    /// Writes `bytes` to `path` as its kind requires (see the type's summary).
    ///
    /// - Parameter protecting: folders (an archive's) inside which nothing may be written.
    /// - Throws: `FolioError.output` naming the path when it may not be written, its folder is
    ///   missing, or the disk refuses.
    public static func write(_ bytes: [UInt8], to path: String, protecting: [String] = []) throws(FolioError) {
        switch try OutputTarget.resolve(path, protecting: protecting) {
        case .descriptor(let descriptor):
            try writeAll(bytes, to: descriptor, path: path)
        case .stream(let stream):
            let descriptor = open(stream, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard descriptor >= 0 else { throw .output(path, "cannot be opened (\(SystemErrorText.describe(errno)))") }
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, path: path)
        case .file(let file):
            try replace(file, with: bytes, path: path)
        }
    }

    /// Writes a temporary file beside `file` and renames it over `file`.
    private static func replace(_ file: String, with bytes: [UInt8], path: String) throws(FolioError) {
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .output(path, "the folder \(folder.path) does not exist")
        }
        let temporary = temporaryPath(for: file)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .output(path, "cannot be written: no file can be made in \(folder.path) (\(SystemErrorText.describe(errno)))")
        }
        var existing = stat()
        if stat(file, &existing) == 0 { fchmod(descriptor, existing.st_mode & 0o7777) }
        do { try writeAll(bytes, to: descriptor, path: path) } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        guard rename(temporary, file) == 0 else {
            let reason = SystemErrorText.describe(errno)
            unlink(temporary)
            throw .output(path, "cannot be written (\(reason))")
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FolioError) {
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw .output(path, "cannot be written (\(SystemErrorText.describe(errno)))")
            }
            written += result
        }
    }

    /// Where a streamed output is assembled before `commit`: a hidden file next to a regular
    /// file's target, or in the temporary folder when the target is a device, FIFO or descriptor
    /// (nothing may be created beside `/dev/null`).
    public static func temporaryPath(for path: String) -> String {
        let target = (try? OutputTarget.resolve(path)) ?? .file(path)
        guard case .file(let file) = target else {
            let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
            return folder + "/.folio-output.partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        }
        let url = URL(fileURLWithPath: file)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())").path
    }

    /// Puts a finished temporary file in place at `path`: renamed over a regular file, or copied
    /// into a device, FIFO or descriptor (and then removed).
    public static func commit(_ temporary: String, to path: String) throws(FolioError) {
        switch try OutputTarget.resolve(path) {
        case .file(let file):
            guard rename(temporary, file) == 0 else {
                throw .output(path, "cannot be written (\(SystemErrorText.describe(errno)))")
            }
        case .descriptor, .stream:
            guard let data = FileManager.default.contents(atPath: temporary) else {
                throw .output(path, "its temporary copy \(temporary) cannot be read")
            }
            defer { unlink(temporary) }
            try write([UInt8](data), to: path)
        }
    }

    /// Refuses, before any work, a path that `write` would refuse (a folder, a socket, a path
    /// inside an archive, a loop of links), so a long render or batch does not end in that error.
    public static func check(_ path: String, protecting: [String] = []) throws(FolioError) {
        _ = try OutputTarget.resolve(path, protecting: protecting)
    }
}
