import FolioModel

/// A file to keep as given: its original name and exact bytes.
public struct ArchivedFile: Sendable, Hashable {
    /// The name it had (`seed.txt`, `a4.yaml`); only its extension shapes the stored name.
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

/// Everything one archived version is made of. The archive does not render: callers hand it
/// the PDF already made, with the input and layout it was made from.
public struct ArchiveSubmission: Sendable {
    public var article: Article
    public var pdf: [UInt8]
    /// The original input, byte for byte.
    public var input: ArchivedFile
    /// The layout file used.
    public var layout: ArchivedFile
    /// Name and version of the renderer (`folio 0.1.0`).
    public var renderer: String
    /// Font family → version string, for the fonts the PDF uses.
    public var fonts: [String: String]
    /// Who archives (OCFL `user.name`); defaults to the login name.
    public var user: String?
    /// The figures' images that were drawn, by the figure's source exactly as the article names
    /// it (`images/hall.jpg`). Stored under `images/` with safe names; see `VersionFiles.imageNames`.
    public var images: [String: ArchivedFile]

    public init(
        article: Article, pdf: [UInt8], input: ArchivedFile, layout: ArchivedFile,
        renderer: String, fonts: [String: String] = [:], user: String? = nil, images: [String: ArchivedFile] = [:]
    ) {
        self.article = article
        self.pdf = pdf
        self.input = input
        self.layout = layout
        self.renderer = renderer
        self.fonts = fonts
        self.user = user
        self.images = images
    }

    /// What makes two inputs "the same article": its canonical URL, else the input's file name.
    var identity: String {
        if let url = article.sourceURL, !url.isEmpty { return url }
        return input.name.split(separator: "/").last.map(String.init) ?? input.name
    }
}
