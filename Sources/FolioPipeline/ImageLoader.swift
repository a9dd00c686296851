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
struct ImageLoader {
    /// Larger files are refused before reading (news photos are well under this).
    static let maximumFileSize = 50_000_000

    let baseDirectory: URL?

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
        let asset = try ImageHeader.read([UInt8](data))
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
