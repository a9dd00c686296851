import FolioTypesetting

/// A layout file as loaded: its resolved style and the exact bytes it was read from.
public struct LoadedLayout: Sendable, Hashable {
    /// The layout's name (file name without extension, e.g. `a4`).
    public var name: String
    /// File name (`a4.yaml`), as stored in the archive next to the PDF.
    public var fileName: String
    /// The file's bytes, unchanged.
    public var bytes: [UInt8]
    public var style: LayoutStyle

    public init(name: String, fileName: String, bytes: [UInt8], style: LayoutStyle) {
        self.name = name
        self.fileName = fileName
        self.bytes = bytes
        self.style = style
    }
}
