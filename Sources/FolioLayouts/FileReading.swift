#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reading a layout file from disk, with errors a person can act on. Only regular files are
/// read, so a device or a pipe passed by mistake cannot hang or exhaust memory.
enum FileReading {
    static let missing = "no such layout file"

    static func bytes(atPath path: String) throws -> [UInt8] {
        // `lstat`, not `FileManager.attributesOfItem` (which calls it too): the latter also looks up
        // the owner's user and group names (NSS: nscd, /etc/passwd, /etc/group) on every render.
        // Like it, a symbolic link is not followed, so it is "not a regular file".
        var status = stat()
        guard lstat(path, &status) == 0 else {
            throw LayoutError(file: path, message: missing)
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw LayoutError(file: path, message: "not a regular file")
        }
        let size = Int(status.st_size)
        guard size <= LayoutYAMLReader.maximumBytes else {
            throw LayoutError(file: path, message: "too large for a layout file (\(size / 1024) KB; layouts are a few KB)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LayoutError(file: path, message: "cannot read the file (check its permissions)")
        }
        return Array(data)
    }
}
