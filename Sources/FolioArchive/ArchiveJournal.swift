import Foundation

/// Notes, outside the storage root, which objects a write is touching, so that after a crash
/// recovery knows exactly which objects to finish or undo (and re-index) without scanning them all.
///
/// An entry is made (and fsynced) before the first rename into the storage root and removed
/// after the object and the index agree again.
struct ArchiveJournal {
    let folder: ArchiveFolder

    struct Entry {
        let path: String
        let id: ObjectID
    }

    /// Records that `id` is about to change.
    func begin(_ id: ObjectID) throws(ArchiveError) -> Entry {
        try DurableFile.makeDirectories(folder.journal)
        let path = folder.journal + "/" + UUID().uuidString.lowercased()
        try DurableFile.create(path, bytes: Array(id.description.utf8))
        try DurableFile.syncDirectory(folder.journal)
        return Entry(path: path, id: id)
    }

    /// Forgets an entry once the change is complete and indexed.
    func end(_ entry: Entry) {
        unlink(entry.path)
        try? DurableFile.syncDirectory(folder.journal)
    }

    /// Entries left by writers that did not finish (only meaningful while no writer runs).
    func pending() -> [Entry] {
        DurableFile.list(folder.journal).compactMap { name in
            let path = folder.journal + "/" + name
            guard let bytes = try? DurableFile.read(path), let id = try? ObjectID(String(decoding: bytes, as: UTF8.self))
            else {
                unlink(path)  // torn or foreign entry: nothing to recover from it
                return nil
            }
            return Entry(path: path, id: id)
        }
    }
}
