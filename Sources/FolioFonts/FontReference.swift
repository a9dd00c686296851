/// Identifies one face of one font file; the renderer resolves it to the same face the shaper used.
public struct FontReference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Absolute path of the font file.
    public var path: String
    /// Face index inside a collection (`.ttc`), 0 for single-face files.
    public var faceIndex: Int

    public init(path: String, faceIndex: Int) {
        self.path = path
        self.faceIndex = faceIndex
    }

    public var description: String { faceIndex == 0 ? path : "\(path)#\(faceIndex)" }
}
