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
    /// Figure source (as the article names it) → the stored image (`images/NAME`); nil when the
    /// version holds no images (and in every version written before images were kept).
    public var images: [String: FileRecord]?
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
            && imageDigests == other.imageDigests
    }

    /// Figure source → sha512 of its stored image (empty when there are none).
    var imageDigests: [String: String] { (images ?? [:]).mapValues(\.sha512) }
}

/// The logical file names inside a version.
enum VersionFiles {
    static let pdf = "article.pdf"
    static let metadata = "metadata.json"

    /// `source.<ext>` keeping a short, safe extension of the original name.
    static func sourceName(for original: String) -> String { "source." + safeExtension(original, fallback: "bin") }

    /// `layout.<ext>` likewise.
    static func layoutName(for original: String) -> String { "layout." + safeExtension(original, fallback: "yaml") }

    /// The folder of a version's images.
    static let imagesFolder = "images"

    /// Figure source → stored logical path `images/NAME`, for every source.
    ///
    /// NAME is made from the source's last path segment: lowercase ASCII letters, digits, `-`,
    /// `_` and one `.` before a short extension; nothing else survives, so no NAME is empty,
    /// `.`, `..`, hidden, or holds a `/` or a control character, whatever the article says
    /// (`../../etc/passwd` → `images/passwd`). Sources are taken in sorted order; one whose
    /// NAME is already taken gets `-` and 8 (then 16, then 128) hex digits of the SHA-512 of
    /// the source before the extension, so the same sources always give the same names.
    static func imageNames(for sources: some Sequence<String>) -> [String: String] {
        var taken = Set<String>()
        var names: [String: String] = [:]
        for source in Set(sources).sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let (stem, ext) = safeImageName(source)
            let digest = DigestAlgorithm.sha512.hex(Array(source.utf8))
            var name = stem + ext
            for digits in [8, 16, 128] where taken.contains(name) {
                name = stem + "-" + digest.prefix(digits) + ext
            }
            taken.insert(name)
            names[source] = imagesFolder + "/" + name
        }
        return names
    }

    /// The safe stem and extension (with its dot, or empty) for one source.
    private static func safeImageName(_ source: String) -> (stem: String, ext: String) {
        var path = source
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<end]) }
        path = path.removingPercentEncoding ?? path
        let last = path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var cleaned = ""
        for scalar in last.lowercased().unicodeScalars {
            let keep = (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
                || scalar == "." || scalar == "_"
            let next: Character = keep ? Character(scalar) : "-"
            if next == "-", cleaned.last == "-" { continue }
            cleaned.append(next)
        }
        var stem = cleaned
        var ext = ""
        if let dot = cleaned.lastIndex(of: ".") {
            let candidate = cleaned[cleaned.index(after: dot)...]
            if !candidate.isEmpty, candidate.count <= 10, candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                ext = "." + candidate
                stem = String(cleaned[..<dot])
            }
        }
        let trim: Set<Character> = [".", "-", "_"]
        stem = String(stem.replacingOccurrences(of: ".", with: "-").drop(while: { trim.contains($0) }).prefix(60))
        while let last = stem.last, trim.contains(last) { stem.removeLast() }
        return (stem.isEmpty ? "image" : stem, ext)
    }

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
