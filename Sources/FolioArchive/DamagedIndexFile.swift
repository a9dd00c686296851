import Foundation

/// Moves an unusable `index.sqlite` out of the way so a new one can be built, keeping it (for a
/// person to look at) under a name that says when and why: `index.sqlite.damaged-<UTC time>`.
///
/// Its write-ahead log goes with it (`…-wal`): left behind, SQLite would replay the damaged
/// database's log into the new one. The shared-memory file is only a cache of that log and is
/// removed.
enum DamagedIndexFile {
    /// Renames `path` (and its WAL) aside; returns the new name.
    static func moveAside(_ path: String) throws(ArchiveError) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        var aside = path + ".damaged-" + formatter.string(from: Date())
        var attempt = 1
        while access(aside, F_OK) == 0 {
            attempt += 1
            aside = path + ".damaged-" + formatter.string(from: Date()) + "-\(attempt)"
        }
        try DurableFile.rename(path, to: aside)
        if access(path + "-wal", F_OK) == 0 { try DurableFile.rename(path + "-wal", to: aside + "-wal") }
        unlink(path + "-shm")
        return aside
    }
}
