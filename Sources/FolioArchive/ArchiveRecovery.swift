import Foundation

/// Brings an archive back to a consistent state after crashes: removes stale work folders,
/// finishes or undoes half-done versions named in the journal, removes empty date folders a
/// killed writer left, and makes the index agree with the storage root.
///
/// Runs only while holding the archive lock exclusively, i.e. while no writer is active, so
/// everything it finds in `work/` and `journal/` is left over from a dead process.
struct ArchiveRecovery {
    let folder: ArchiveFolder

    /// Runs recovery; returns the ids whose objects changed state (and must be re-indexed).
    func run() throws(ArchiveError) -> [ObjectID] {
        for name in DurableFile.list(folder.work) { DurableFile.removeTree(folder.work + "/" + name) }
        let journal = ArchiveJournal(folder: folder)
        var touched: [ObjectID] = []
        for entry in journal.pending() {
            try repair(entry.id)
            touched.append(entry.id)
        }
        return touched
    }

    /// Ends the journal entries once `touched` objects are re-indexed.
    func finish() {
        let journal = ArchiveJournal(folder: folder)
        for entry in journal.pending() { journal.end(entry) }
    }

    /// Makes one object whole: rolls the root inventory forward to the newest complete version
    /// folder, removes a version folder that never got complete, or cleans up empty parents.
    func repair(_ id: ObjectID) throws(ArchiveError) {
        let objectDir = folder.objectPath(id)
        guard DurableFile.kind(objectDir) == .directory else {
            removeEmptyParents(of: objectDir)
            return
        }
        let versions = DurableFile.list(objectDir).compactMap(OCFLInventory.versionNumber).sorted()
        for number in versions.reversed() {
            let name = OCFLInventory.versionName(number)
            if let bytes = completeInventory(objectDir + "/" + name) {
                try installRootInventory(bytes, objectDir: objectDir)
                return
            }
            DurableFile.removeTree(objectDir + "/" + name)  // never completed: roll back
            try DurableFile.syncDirectory(objectDir)
        }
    }

    /// Finishes or undoes a dead writer's half-done step on one object, for a writer that holds
    /// the object's lock while other writers keep the archive busy (so the whole-archive recovery
    /// above cannot run). Every writer of an object holds its lock, so whatever half-done state
    /// the lock holder finds was left by a process that died; without this, the survivor failed
    /// with "does not match its sidecar" (killed between the inventory and sidecar renames) or
    /// "Directory not empty" (killed after moving `vN` in, before the root inventory named it).
    ///
    /// Cheap when nothing is wrong (a directory listing and the root inventory's sidecar check).
    /// Unlike `repair`, never removes date folders, which other writers may be creating objects in.
    /// The dead writer's journal entry stays for the next whole-archive recovery (a no-op then).
    func finishInterrupted(_ id: ObjectID) throws(ArchiveError) {
        let objectDir = folder.objectPath(id)
        guard DurableFile.kind(objectDir) == .directory else { return }
        let newest = DurableFile.list(objectDir).compactMap(OCFLInventory.versionNumber).max()
        if let bytes = completeInventory(objectDir),
           let inventory = try? OCFLInventory.decode(bytes, path: id.description + "/inventory.json"),
           inventory.headNumber == newest {
            return
        }
        try repair(id)
    }

    /// The inventory bytes in `dir` when they and their sidecar agree, else nil.
    private func completeInventory(_ dir: String) -> [UInt8]? {
        guard let bytes = try? DurableFile.read(dir + "/inventory.json"),
              let sidecar = try? DurableFile.read(dir + "/inventory.json.sha512"),
              sidecar == OCFLInventory.sidecar(for: bytes)
        else { return nil }
        return bytes
    }

    private func installRootInventory(_ bytes: [UInt8], objectDir: String) throws(ArchiveError) {
        let sidecar = OCFLInventory.sidecar(for: bytes)
        if (try? DurableFile.read(objectDir + "/inventory.json")) == bytes,
           (try? DurableFile.read(objectDir + "/inventory.json.sha512")) == sidecar {
            return
        }
        let transaction = try Transaction(folder: folder)
        defer { transaction.discard() }
        try DurableFile.create(transaction.path + "/inventory.json", bytes: bytes)
        try DurableFile.create(transaction.path + "/inventory.json.sha512", bytes: sidecar)
        try DurableFile.rename(transaction.path + "/inventory.json", to: objectDir + "/inventory.json")
        try DurableFile.rename(transaction.path + "/inventory.json.sha512", to: objectDir + "/inventory.json.sha512")
        try DurableFile.syncDirectory(objectDir)
    }

    /// Removes the empty `DD`, `MM`, `YYYY` folders above a missing object.
    private func removeEmptyParents(of objectDir: String) {
        var dir = (objectDir as NSString).deletingLastPathComponent
        while dir.count > folder.storageRoot.count, dir.hasPrefix(folder.storageRoot + "/") {
            guard DurableFile.kind(dir) == .directory, DurableFile.list(dir).isEmpty else { return }
            rmdir(dir)
            try? DurableFile.syncDirectory((dir as NSString).deletingLastPathComponent)
            dir = (dir as NSString).deletingLastPathComponent
        }
    }
}
