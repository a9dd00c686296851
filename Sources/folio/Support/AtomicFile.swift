import FolioPipeline
import Foundation

/// Writes a file so that readers see the old file or the whole new one, never a part.
enum AtomicFile {
    /// Writes to a temporary file in the same folder, flushes it to disk, then renames it over `path`.
    static func write(_ bytes: [UInt8], to path: String) throws(FolioError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .output(path, "the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .output(path, "cannot be written (\(String(cString: strerror(errno))))") }
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                unlink(temporary.path)
                throw .output(path, "cannot be written (\(reason))")
            }
            written += result
        }
        fsync(descriptor)
        close(descriptor)
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw .output(path, "cannot be written (\(reason))")
        }
    }
}
