import Foundation
import Testing
@testable import FolioArchive

/// A writer that meets a killed writer's half-done step on the object it writes, while other
/// writers keep the archive busy (so the whole-archive recovery on open cannot run), finishes
/// that step itself and succeeds.
@Suite struct SurvivingWriterTests {
    /// Builds the state a writer killed during v2 leaves, then, with the archive's shared lock
    /// held as a live writer elsewhere would, adds v3 through a fresh handle.
    private func survivorAfterKill(_ leave: (String, Data, Data) throws -> Void) throws {
        let test = try TestArchive()
        var archive = try test.open()
        let id = try ObjectID(try archive.add(try submission(body: "One.")).id)
        let objectDir = test.folder.objectPath(id)
        let inventory = try #require(FileManager.default.contents(atPath: objectDir + "/inventory.json"))
        let sidecar = try #require(FileManager.default.contents(atPath: objectDir + "/inventory.json.sha512"))
        _ = try archive.add(try submission(body: "Two."))
        try leave(objectDir, inventory, sidecar)
        _ = try ArchiveJournal(folder: test.folder).begin(id)

        let busy = try FileLock(path: test.folder.locks + "/archive.lock", mode: .shared)
        archive = try test.open()
        let change = try archive.add(try submission(body: "Three."))
        #expect(change.description.contains("v3"), "\(change)")
        busy?.unlock()
        #expect(try archive.verify().isValid)
        #expect(try archive.record(id).versions.map(\.name) == ["v1", "v2", "v3"])
        #expect(try test.open().list().first?.versions == 3)
    }

    /// Killed after `rename(v2)`, before the root inventory was replaced: "Directory not empty".
    @Test func versionMovedInButRootInventoryOld() throws {
        try survivorAfterKill { objectDir, inventory, sidecar in
            try inventory.write(to: URL(fileURLWithPath: objectDir + "/inventory.json"))
            try sidecar.write(to: URL(fileURLWithPath: objectDir + "/inventory.json.sha512"))
        }
    }

    /// Killed between the inventory's rename and its sidecar's: "does not match its sidecar".
    @Test func inventoryReplacedButSidecarOld() throws {
        try survivorAfterKill { objectDir, _, sidecar in
            try sidecar.write(to: URL(fileURLWithPath: objectDir + "/inventory.json.sha512"))
        }
    }
}
