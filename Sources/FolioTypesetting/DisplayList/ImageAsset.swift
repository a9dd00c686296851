/// An image file's bytes, already checked and measured by whoever read the file.
///
/// The typesetter never opens files: the pipeline loads each figure's image, reads its pixel
/// size from the header and hands the typesetter a table of these, keyed by the figure source.
public struct ImageAsset: Sendable, Hashable, Codable {
    /// The encodings Folio places; both are what news sites publish.
    public enum Kind: String, Sendable, Hashable, Codable {
        case png
        case jpeg
    }

    public var kind: Kind
    public var pixelWidth: Int
    public var pixelHeight: Int
    /// The file exactly as read: a JPEG is embedded in the PDF as these bytes, never recompressed.
    public var bytes: [UInt8]

    public init(kind: Kind, pixelWidth: Int, pixelHeight: Int, bytes: [UInt8]) {
        self.kind = kind
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        self.bytes = bytes
    }

    /// Resolution at which an image is printed at its natural size. Images are scaled down to
    /// the column but never up beyond this: 150 dpi is the least that prints without visible pixels.
    public static let naturalResolution = 150.0

    /// Width and height in points at `naturalResolution`.
    public var naturalSize: Size {
        Size(width: Double(pixelWidth) * 72 / Self.naturalResolution,
             height: Double(pixelHeight) * 72 / Self.naturalResolution)
    }
}

/// An image placed on a page: the figure source it came from (for messages) and its asset.
public struct ImageReference: Sendable, Hashable, Codable {
    /// The figure's source path as written in the article.
    public var source: String
    public var asset: ImageAsset

    public init(source: String, asset: ImageAsset) {
        self.source = source
        self.asset = asset
    }
}
