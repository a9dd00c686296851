import Foundation

/// Where each part of an archive lives inside its folder.
///
/// ```
/// DIR/ocfl/          OCFL 1.1 storage root (the only thing validators look at)
/// DIR/work/          objects and versions being assembled (same file system, outside the root)
/// DIR/journal/       one entry per write in flight, for recovery after a crash
/// DIR/locks/         advisory lock files (archive, index, one per object)
/// DIR/index.sqlite   derived search index
/// DIR/archive.json   settings (time zone)
/// ```
public struct ArchiveFolder: Sendable, Hashable {
    public let path: String

    public init(_ url: URL) {
        var text = url.standardizedFileURL.path
        while text.count > 1 && text.hasSuffix("/") { text.removeLast() }
        path = text
    }

    /// `$FOLIO_ARCHIVE` or `./archive`.
    public static func defaultFolder() -> ArchiveFolder {
        if let env = ProcessInfo.processInfo.environment["FOLIO_ARCHIVE"], !env.isEmpty {
            return ArchiveFolder(URL(fileURLWithPath: env))
        }
        return ArchiveFolder(URL(fileURLWithPath: "archive"))
    }

    public var storageRoot: String { path + "/ocfl" }
    var work: String { path + "/work" }
    var journal: String { path + "/journal" }
    var locks: String { path + "/locks" }
    public var indexFile: String { path + "/index.sqlite" }
    var settingsFile: String { path + "/archive.json" }

    /// The object folder for an id.
    func objectPath(_ id: ObjectID) -> String { storageRoot + "/" + id.description }

    /// The lock file for an id (`/` cannot appear in a file name, so it becomes `_`).
    func lockPath(_ id: ObjectID) -> String {
        locks + "/object-" + id.description.replacingOccurrences(of: "/", with: "_") + ".lock"
    }
}
