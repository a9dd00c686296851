import Foundation

/// Writes new objects and new versions with the OCFL write protocol (implementation notes §3.7):
/// assemble in `work/`, fsync, sidecar last, `rename()` into the storage root, then replace the
/// root inventory atomically. A crash leaves either the old state or the new one, plus a journal
/// entry that `ArchiveRecovery` uses to finish or undo the step.
///
/// Callers hold the object's lock and the archive's shared lock.
struct ObjectWriter {
    let folder: ArchiveFolder

    /// A file of the version being written.
    struct File {
        var logicalPath: String
        var bytes: [UInt8]
        var digest: String { DigestAlgorithm.sha512.hex(bytes) }
    }

    /// Creates object `id` with `files` as v1; returns its inventory and the open journal entry.
    func create(
        _ id: ObjectID, files: [File], message: String, user: String
    ) throws(ArchiveError) -> (OCFLInventory, ArchiveJournal.Entry) {
        let transaction = try Transaction(folder: folder)
        defer { transaction.discard() }
        let objectDir = transaction.path + "/object"
        var inventory = OCFLInventory(id: id.description, head: "v1", manifest: [:], versions: [:])
        try DurableFile.makeDirectories(objectDir)
        try DurableFile.create(objectDir + "/" + ObjectValidator.declaration, bytes: Array("ocfl_object_1.1\n".utf8))
        try writeVersion(1, files: files, into: objectDir, inventory: &inventory, message: message, user: user)
        let inventoryBytes = try inventory.encoded()
        try DurableFile.create(objectDir + "/inventory.json", bytes: inventoryBytes)
        try DurableFile.create(objectDir + "/inventory.json.sha512", bytes: OCFLInventory.sidecar(for: inventoryBytes))
        try DurableFile.syncDirectory(objectDir)

        let target = folder.objectPath(id)
        let entry = try ArchiveJournal(folder: folder).begin(id)
        try DurableFile.makeDirectories((target as NSString).deletingLastPathComponent)
        try DurableFile.rename(objectDir, to: target)
        try DurableFile.syncDirectory((target as NSString).deletingLastPathComponent)
        return (inventory, entry)
    }

    /// Adds version head+1 holding `files`; unchanged bitstreams are kept by reference.
    func addVersion(
        _ id: ObjectID, to current: OCFLInventory, files: [File], message: String, user: String
    ) throws(ArchiveError) -> (OCFLInventory, ArchiveJournal.Entry) {
        let transaction = try Transaction(folder: folder)
        defer { transaction.discard() }
        var inventory = current
        let number = current.headNumber + 1
        let name = OCFLInventory.versionName(number)
        try writeVersion(number, files: files, into: transaction.path, inventory: &inventory, message: message, user: user)
        let inventoryBytes = try inventory.encoded()
        let sidecarBytes = OCFLInventory.sidecar(for: inventoryBytes)
        try DurableFile.create(transaction.path + "/inventory.json", bytes: inventoryBytes)
        try DurableFile.create(transaction.path + "/inventory.json.sha512", bytes: sidecarBytes)
        try DurableFile.syncDirectory(transaction.path)

        let objectDir = folder.objectPath(id)
        let entry = try ArchiveJournal(folder: folder).begin(id)
        try DurableFile.rename(transaction.path + "/" + name, to: objectDir + "/" + name)
        try DurableFile.syncDirectory(objectDir)
        CrashPoint.afterVersionRename.reach()
        try DurableFile.rename(transaction.path + "/inventory.json", to: objectDir + "/inventory.json")
        CrashPoint.afterInventoryRename.reach()
        try DurableFile.rename(transaction.path + "/inventory.json.sha512", to: objectDir + "/inventory.json.sha512")
        try DurableFile.syncDirectory(objectDir)
        return (inventory, entry)
    }

    /// Writes `vN/content/…`, `vN/inventory.json` and its sidecar (last) under `parent`.
    private func writeVersion(
        _ number: Int, files: [File], into parent: String, inventory: inout OCFLInventory, message: String, user: String
    ) throws(ArchiveError) {
        let name = OCFLInventory.versionName(number)
        let versionDir = parent + "/" + name
        let contentDir = versionDir + "/content"
        try DurableFile.makeDirectories(versionDir)
        var state: [String: [String]] = [:]
        var folders = Set<String>()   // content folders written to, synced before the inventory
        for file in files.sorted(by: { $0.logicalPath < $1.logicalPath }) {
            let digest = file.digest
            state[digest, default: []].append(file.logicalPath)
            if inventory.manifest[digest] != nil { continue }
            let target = contentDir + "/" + file.logicalPath
            let folder = (target as NSString).deletingLastPathComponent
            if folders.insert(folder).inserted { try DurableFile.makeDirectories(folder) }
            try DurableFile.create(target, bytes: file.bytes)
            inventory.manifest[digest] = [name + "/content/" + file.logicalPath]
        }
        // Deepest first, so each folder's entry in its parent is synced after its own contents.
        for folder in folders.sorted(by: { $0.count > $1.count }) { try DurableFile.syncDirectory(folder) }
        if !folders.isEmpty, !folders.contains(contentDir) { try DurableFile.syncDirectory(contentDir) }
        inventory.versions[name] = .init(
            created: OCFLInventory.timestamp(), state: state, message: message,
            user: .init(name: user, address: "mailto:\(user)@localhost"))
        inventory.head = name
        let inventoryBytes = try inventory.encoded()
        try DurableFile.create(versionDir + "/inventory.json", bytes: inventoryBytes)
        try DurableFile.create(versionDir + "/inventory.json.sha512", bytes: OCFLInventory.sidecar(for: inventoryBytes))
        try DurableFile.syncDirectory(versionDir)
    }
}

/// A private folder in `work/` for one write; removed when done (or by recovery after a crash).
struct Transaction {
    let path: String

    init(folder: ArchiveFolder) throws(ArchiveError) {
        path = folder.work + "/tx-" + UUID().uuidString.lowercased()
        try DurableFile.makeDirectories(path)
    }

    func discard() { DurableFile.removeTree(path) }
}
