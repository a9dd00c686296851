import Foundation

/// Writes files so that readers see the old file or the whole new one, never a part: the bytes go
/// to a temporary file in the same folder, which is renamed over the target.
///
/// Not flushed to disk first (no `fsync`), as compilers and typesetters (TeX, Typst) leave their
/// outputs: a rendered PDF is derived, byte for byte reproducible from its input, and an `fsync`
/// was 0.5 ms of a 17 ms render here (more on slow disks, and once per article in a batch). What
/// must survive a power cut goes to the archive, which syncs every file, folder and rename
/// (`DurableFile` in FolioArchive).
///
/// `folio render`, each article PDF of `folio batch`, and the streamed volume (whose bytes Cairo
/// writes itself, into `temporaryPath(for:)`, before `commit`) all go through here.
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically.
    ///
    /// - Throws: `FolioError.output` naming the path when its folder is missing or the disk refuses.
    public static func write(_ bytes: [UInt8], to path: String) throws(FolioError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .output(path, "the folder \(folder.path) does not exist")
        }
        let temporary = temporaryPath(for: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .output(path, "cannot be written (\(String(cString: strerror(errno))))") }
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                unlink(temporary)
                throw .output(path, "cannot be written (\(reason))")
            }
            written += result
        }
        close(descriptor)
        do { try commit(temporary, to: path) } catch {
            unlink(temporary)
            throw error
        }
    }

    /// The hidden temporary file next to `path` that a write goes to first.
    public static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())").path
    }

    /// Renames a finished temporary file over `path`.
    public static func commit(_ temporary: String, to path: String) throws(FolioError) {
        guard rename(temporary, path) == 0 else {
            throw .output(path, "cannot be written (\(String(cString: strerror(errno))))")
        }
    }
}
