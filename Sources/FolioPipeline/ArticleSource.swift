import Foundation

/// The bytes of an input article and where they came from.
///
/// Kept as raw bytes (not a decoded string) because the archive stores the original input
/// exactly, and readers decide the character set themselves.
public struct ArticleSource: Sendable, Hashable {
    /// File name as given by the user, used in every message about this input.
    public var displayName: String
    /// Folder that relative references in the article (images) are resolved against.
    public var baseDirectory: URL?
    public var bytes: [UInt8]
    /// Images held in memory by figure source (the copies kept in the archive). When set, the
    /// figures' images come from here alone and `baseDirectory` is not read.
    public var storedImages: [String: [UInt8]]?

    public init(displayName: String, bytes: [UInt8], baseDirectory: URL? = nil, storedImages: [String: [UInt8]]? = nil) {
        self.displayName = displayName
        self.bytes = bytes
        self.baseDirectory = baseDirectory
        self.storedImages = storedImages
    }

    /// Reads an article file.
    ///
    /// - Throws: `FolioError.input` naming the path when it is missing, a folder, a device, a
    ///   loop of links, or unreadable (see `InputFile`).
    public init(contentsOf url: URL, displayName: String? = nil) throws(FolioError) {
        let name = displayName ?? url.path
        let bytes = try InputFile.read(url.path, name: name)
        self.init(displayName: name, bytes: bytes, baseDirectory: url.deletingLastPathComponent())
    }
}
