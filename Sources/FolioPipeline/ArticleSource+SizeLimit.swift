import Foundation

extension ArticleSource {
    /// The largest article file the CLI reads unless told otherwise (`--max-input`): 32 MB.
    ///
    /// A render needs about 60 times its input in memory (a 9 MB page of text took 2.2 GB), so an
    /// unbounded input is an unbounded allocation; the longest real articles are well under 1 MB
    /// and a whole book's text under 10 MB, so this stops only inputs that are not articles.
    public static let defaultMaxBytes = 32 * 1024 * 1024

    /// Reads an article file of at most `maxBytes` bytes.
    ///
    /// A regular file's size is checked before anything is read; other files (a pipe) are
    /// checked once read.
    ///
    /// - Throws: `FolioError.input` naming the path and both sizes when the file is larger.
    public init(contentsOf url: URL, displayName: String? = nil, maxBytes: Int) throws(FolioError) {
        let name = displayName ?? url.path
        var status = stat()
        if stat(url.path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) > maxBytes {
            throw Self.tooLarge(name, size: Int(status.st_size), limit: maxBytes)
        }
        try self.init(contentsOf: url, displayName: displayName)
        if bytes.count > maxBytes { throw Self.tooLarge(name, size: bytes.count, limit: maxBytes) }
    }

    /// The one-line refusal of an article of `size` bytes over `limit`.
    public static func tooLarge(_ name: String, size: Int, limit: Int) -> FolioError {
        .input(name, "is \(megabytes(size)), larger than the \(megabytes(limit)) input limit; raise it with --max-input (MB) if this really is one article")
    }

    /// `12.3 MB`, `200 MB`.
    private static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / (1024 * 1024)
        return value >= 100 || value == value.rounded() ? "\(Int(value.rounded())) MB" : String(format: "%.1f MB", value)
    }
}
