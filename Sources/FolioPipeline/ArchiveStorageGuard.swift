import Foundation

/// Finds whether a path lies inside an archive, where only `folio archive` may write: an OCFL
/// storage root (a folder holding the `0=ocfl_1.1` declaration, OCFL 1.1 §4.2) or a Folio
/// archive folder (one whose `ocfl/` is such a root: its index, journal and work folders).
///
/// An output written there would corrupt an object (`archive get ID -o ARCHIVE/ocfl/…/inventory.json`)
/// or the index, so it is refused however the path is spelled: the folder is made canonical
/// (`realpath`, symbolic links followed) before its ancestors are examined.
public enum ArchiveStorageGuard {
    /// The archive folder or storage root that encloses `path`, or nil.
    ///
    /// - Parameter protecting: further folders to treat as archives (the configured `--root`).
    public static func enclosingArchive(of path: String, protecting: [String] = []) -> String? {
        let folder = canonicalFolder(of: path)
        let protected = protecting.map(canonical)
        var current = folder
        while true {
            if protected.contains(current) { return current }
            if isStorageRoot(current) || isStorageRoot(current + "/ocfl") { return current }
            guard current != "/", !current.isEmpty else { return nil }
            current = (current as NSString).deletingLastPathComponent
        }
    }

    /// Whether `folder` holds the storage root declaration.
    static func isStorageRoot(_ folder: String) -> Bool {
        access(folder + "/0=ocfl_1.1", F_OK) == 0
    }

    /// The canonical folder that would hold `path` (its nearest existing ancestor, made canonical).
    private static func canonicalFolder(of path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var folder = (absolute as NSString).deletingLastPathComponent
        while !folder.isEmpty, folder != "/", access(folder, F_OK) != 0 {
            folder = (folder as NSString).deletingLastPathComponent
        }
        return canonical(folder.isEmpty ? "/" : folder)
    }

    private static func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return URL(fileURLWithPath: path).standardizedFileURL.path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
