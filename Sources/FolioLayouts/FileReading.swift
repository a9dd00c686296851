import Foundation

/// Reading a layout file from disk, with errors a person can act on. Only regular files are
/// read, so a device or a pipe passed by mistake cannot hang or exhaust memory.
enum FileReading {
    static let missing = "no such layout file"

    static func bytes(atPath path: String) throws -> [UInt8] {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw LayoutError(file: path, message: missing)
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw LayoutError(file: path, message: "not a regular file")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= LayoutYAMLReader.maximumBytes else {
            throw LayoutError(file: path, message: "too large for a layout file (\(size / 1024) KB; layouts are a few KB)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LayoutError(file: path, message: "cannot read the file (check its permissions)")
        }
        return Array(data)
    }
}
