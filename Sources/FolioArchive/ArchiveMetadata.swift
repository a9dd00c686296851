import FolioModel
import Foundation

/// `metadata.json`, stored in every version: the article's normalised metadata, what made the
/// PDF, the digests of the version's files, and the body text (so the index can be rebuilt from
/// the storage root alone).
public struct ArchiveMetadata: Codable, Sendable, Hashable {
    /// One stored file: logical path in the version, original name, size, sha512.
    public struct FileRecord: Codable, Sendable, Hashable {
        public var path: String
        public var originalName: String?
        public var bytes: Int
        public var sha512: String
    }

    public var formatVersion = 1
    public var id: String
    public var title: String
    public var section: String?
    /// As printed in the article (ISO 8601, offset only when the source gives one).
    public var published: String
    /// The day the article is filed under (`YYYY-MM-DD`), in the archive's time zone.
    public var filedUnder: String
    public var byline: String?
    public var language: String?
    public var sourceURL: String?
    /// What "the same article" is matched on: the source URL, else the input file name.
    public var identity: String
    public var renderer: String
    public var fonts: [String: String]
    public var pdf: FileRecord
    public var source: FileRecord
    public var layout: FileRecord
    /// The body as plain text (what search indexes).
    public var body: String

    /// Deterministic JSON (sorted keys), so identical content gives an identical digest.
    func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)).map { [UInt8]($0) } ?? []) + [10]
    }

    static func decode(_ bytes: [UInt8], path: String) throws(ArchiveError) -> ArchiveMetadata {
        do {
            return try JSONDecoder().decode(ArchiveMetadata.self, from: Data(bytes))
        } catch {
            throw .damaged(path, "metadata.json is not readable")
        }
    }

    /// True when this version was made from the same input, layout and renderer.
    func sameInputs(as other: ArchiveMetadata) -> Bool {
        source.sha512 == other.source.sha512 && layout.sha512 == other.layout.sha512
            && renderer == other.renderer && fonts == other.fonts && title == other.title
            && section == other.section && published == other.published
    }
}

/// The logical file names inside a version.
enum VersionFiles {
    static let pdf = "article.pdf"
    static let metadata = "metadata.json"

    /// `source.<ext>` keeping a short, safe extension of the original name.
    static func sourceName(for original: String) -> String { "source." + safeExtension(original, fallback: "bin") }

    /// `layout.<ext>` likewise.
    static func layoutName(for original: String) -> String { "layout." + safeExtension(original, fallback: "yaml") }

    private static func safeExtension(_ name: String, fallback: String) -> String {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return fallback }
        let ext = base[base.index(after: dot)...].lowercased()
        let ok = !ext.isEmpty && ext.count <= 10 && ext.unicodeScalars.allSatisfy {
            ($0.value >= 0x61 && $0.value <= 0x7A) || ($0.value >= 0x30 && $0.value <= 0x39)
        }
        return ok ? ext : fallback
    }
}
