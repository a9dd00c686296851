import Foundation

/// Reads an input file, or says in one plain sentence why it cannot be: a loop of symbolic
/// links, a link to nothing, a folder, a device, a permission, never "permission denied?" for
/// what is not one.
///
/// A FIFO (a named pipe, or `<(command)` in a shell, which is `/dev/fd/N`) is read to its end, as
/// `cat` would; a device or a socket is refused, since reading one may never end.
enum InputFile {
    /// The bytes of the file at `path`; `name` is how messages call it.
    ///
    /// - Throws: `FolioError.input` naming the file and the problem.
    static func read(_ path: String, name: String) throws(FolioError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .input(name, missingReason(path, errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFIFO: break
        case S_IFDIR: throw .input(name, "is a folder, not an article file")
        case S_IFCHR, S_IFBLK: throw .input(name, "is a device, not an article file")
        case S_IFSOCK: throw .input(name, "is a socket, not an article file")
        default: throw .input(name, "is not a regular file")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .input(name, "cannot be read (\(SystemErrorText.describe(errno)))") }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        if info.st_mode & S_IFMT == S_IFREG { bytes.reserveCapacity(Int(info.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw .input(name, "cannot be read (\(SystemErrorText.describe(errno)))")
            }
            bytes.append(contentsOf: chunk[..<count])
        }
        return bytes
    }

    /// Why `stat` found nothing usable at `path`.
    private static func missingReason(_ path: String, _ code: Int32) -> String {
        var info = stat()
        if code == ENOENT, lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            return "is a symbolic link to \(target), which does not exist"
        }
        switch code {
        case ENOENT: return "no such file"
        case ELOOP: return "is a loop of symbolic links"
        default: return "cannot be read (\(SystemErrorText.describe(code)))"
        }
    }
}
