import FolioModel
import FolioRendering
import FolioTypesetting
import Foundation

/// Loads the images an article's figures name, for the typesetter's image table.
///
/// Sources are paths relative to the article file. Images outside the article's folder
/// (absolute paths, `../` climbing out) and remote URLs are not read: a served or archived
/// article must not pull in arbitrary files from the machine or the network. Every figure that
/// cannot be shown gets one warning naming it; the typesetter draws it as a placeholder.
///
/// Images can also come from memory (`stored`, by source: the copies kept in the archive);
/// then no file is read, and each image passes the same size and header checks.
struct ImageLoader {
    /// Larger files are refused before reading (news photos are well under this).
    static let maximumFileSize = 50_000_000

    let baseDirectory: URL?
    /// Image bytes by figure source; when set, the only place images come from.
    var stored: [String: [UInt8]]? = nil

    /// Images from `source`'s stored copies if it has them, else from its folder.
    init(_ source: ArticleSource) {
        self.init(baseDirectory: source.baseDirectory, stored: source.storedImages)
    }

    init(baseDirectory: URL?, stored: [String: [UInt8]]? = nil) {
        self.baseDirectory = baseDirectory
        self.stored = stored
    }

    func load(_ article: Article) -> (images: [String: ImageAsset], warnings: [String]) {
        var images: [String: ImageAsset] = [:]
        var warnings: [String] = []
        var seen = Set<String>()
        for source in Self.figureSources(article.blocks) where seen.insert(source).inserted {
            do {
                images[source] = try load(source)
            } catch {
                warnings.append("image “\(Self.printable(source))”: \(error); shown as a placeholder")
            }
        }
        return (images, warnings)
    }

    private func load(_ source: String) throws(ImageProblem) -> ImageAsset {
        if let stored {
            guard let bytes = stored[source] else { throw .unreadable("not stored with the archived article") }
            guard bytes.count <= Self.maximumFileSize else { throw .unreadable("larger than \(Self.maximumFileSize / 1_000_000) MB") }
            return try Self.checked(bytes)
        }
        let url = try resolve(source)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .unreadable("no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable("is a folder, not an image") }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= Self.maximumFileSize else { throw .unreadable("larger than \(Self.maximumFileSize / 1_000_000) MB") }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .unreadable("cannot be read (permission denied?)")
        }
        return try Self.checked([UInt8](data))
    }

    /// The image in `bytes` if its header is one we place and its pixels pass `ImageCheck`.
    private static func checked(_ bytes: [UInt8]) throws(ImageProblem) -> ImageAsset {
        let asset = try ImageHeader.read(bytes)
        do {
            try ImageCheck.validate(asset)
        } catch {
            throw .unreadable(error.description)
        }
        return asset
    }

    /// The file a source names, inside the article's folder.
    private func resolve(_ source: String) throws(ImageProblem) -> URL {
        guard let baseDirectory else { throw .unreadable("the article has no folder to find images in") }
        var path = source
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<end]) }
        if path.hasPrefix("file://") { throw .unreadable("only paths relative to the article are read") }
        if path.lowercased().hasPrefix("data:") { throw .unreadable("inline data: images are not supported") }
        if let colon = path.firstIndex(of: ":"), path[..<colon].allSatisfy({ $0.isLetter }), path[..<colon].count > 1 {
            throw .unreadable("remote images are not fetched; save the image next to the article")
        }
        guard !path.isEmpty, !path.hasPrefix("/") else { throw .unreadable("only paths relative to the article are read") }
        // Symbolic links are followed before the check, so a link cannot lead outside either.
        let base = baseDirectory.standardizedFileURL.resolvingSymlinksInPath()
        var url = base.appendingPathComponent(path).standardizedFileURL.resolvingSymlinksInPath()
        if !FileManager.default.fileExists(atPath: url.path), let decoded = path.removingPercentEncoding {
            url = base.appendingPathComponent(decoded).standardizedFileURL.resolvingSymlinksInPath()
        }
        let inside = base.path.hasSuffix("/") ? base.path : base.path + "/"
        guard url.path.hasPrefix(inside) else { throw .unreadable("outside the article's folder") }
        return url
    }

    /// The source as one printable line (an attribute may hold line breaks), cut if very long.
    static func printable(_ source: String) -> String {
        let line = String(String.UnicodeScalarView(source.unicodeScalars.map {
            $0.properties.generalCategory == .control ? "?" : $0
        }))
        return line.count > 120 ? line.prefix(120) + "…" : line
    }

    /// Figure sources in reading order, including figures inside quotes and lists.
    static func figureSources(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .figure(let figure): return [figure.source]
            case .blockQuote(let inner): return figureSources(inner)
            case .list(_, let items): return items.flatMap(figureSources)
            case .paragraph, .heading, .rule: return []
            }
        }
    }
}
