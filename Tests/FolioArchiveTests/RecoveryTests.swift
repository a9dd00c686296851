import Foundation
import Testing
@testable import FolioArchive

/// The states a SIGKILL can leave behind, built by hand, and what the next open makes of them.
@Suite struct RecoveryTests {
    @Test func staleWorkFoldersAreRemoved() throws {
        let test = try TestArchive()
        try FileManager.default.createDirectory(atPath: test.folder.work + "/tx-dead/v1/content", withIntermediateDirectories: true)
        _ = try test.open()
        #expect(DurableFile.list(test.folder.work).isEmpty)
    }

    @Test func versionMovedInButRootInventoryOldIsRolledForward() throws {
        let test = try TestArchive()
        var archive = try test.open()
        let id = try ObjectID(try archive.add(try submission(body: "One.")).id)
        let objectDir = test.folder.objectPath(id)
        let oldInventory = try #require(FileManager.default.contents(atPath: objectDir + "/inventory.json"))
        let oldSidecar = try #require(FileManager.default.contents(atPath: objectDir + "/inventory.json.sha512"))
        _ = try archive.add(try submission(body: "Two."))
        // Simulate a kill after rename(v2) but before the root inventory swap (journal still present).
        try oldInventory.write(to: URL(fileURLWithPath: objectDir + "/inventory.json"))
        try oldSidecar.write(to: URL(fileURLWithPath: objectDir + "/inventory.json.sha512"))
        _ = try ArchiveJournal(folder: test.folder).begin(id)
        #expect(try !archive.verify().isValid)
        archive = try test.open()
        #expect(try archive.verify().isValid)
        #expect(try archive.record(id).versions.map(\.name) == ["v1", "v2"])
        #expect(try archive.list().first?.versions == 2)
        #expect(DurableFile.list(test.folder.journal).isEmpty)
    }

    @Test func killBetweenInventoryAndSidecarIsRolledForward() throws {
        let test = try TestArchive()
        var archive = try test.open()
        let id = try ObjectID(try archive.add(try submission(body: "One.")).id)
        let objectDir = test.folder.objectPath(id)
        let oldSidecar = try #require(FileManager.default.contents(atPath: objectDir + "/inventory.json.sha512"))
        _ = try archive.add(try submission(body: "Two."))
        try oldSidecar.write(to: URL(fileURLWithPath: objectDir + "/inventory.json.sha512"))
        _ = try ArchiveJournal(folder: test.folder).begin(id)
        archive = try test.open()
        #expect(try archive.verify().isValid)
    }

    @Test func emptyDateFoldersOfAnUnfinishedObjectAreRemoved() throws {
        let test = try TestArchive()
        let id = try ObjectID("2020/01/02/never-written")
        try FileManager.default.createDirectory(atPath: test.rootPath("2020/01/02"), withIntermediateDirectories: true)
        _ = try ArchiveJournal(folder: test.folder).begin(id)
        let archive = try test.open()
        #expect(!FileManager.default.fileExists(atPath: test.rootPath("2020")))
        #expect(try archive.verify().isValid)
    }

    @Test func indexMissingAnObjectIsRepairedOnOpen() throws {
        let test = try TestArchive()
        let archive = try test.open()
        _ = try archive.add(try submission())
        try archive.index.remove("2018/11/09/plenary-meeting-of-the-5th-world-internet-conference")
        #expect(try archive.list().isEmpty)
        #expect(try test.open().list().count == 1)
    }
}

@Suite struct ConcurrencyTests {
    /// Eight writers (threads; flock locks are per open file, so they exclude each other like
    /// processes do) adding 200 articles, some with clashing titles, lose and corrupt nothing.
    @Test func eightWritersAddTwoHundredArticles() async throws {
        let test = try TestArchive()
        let folder = test.folder
        try await withThrowingTaskGroup(of: Int.self) { group in
            for writer in 0..<8 {
                group.addTask {
                    let archive = try ArticleArchive.open(folder)
                    var created = 0
                    for n in 0..<25 {
                        let k = writer * 25 + n
                        let change = try archive.add(try submission(
                            title: "Story \(k % 40)", body: "Body of story \(k).", file: "story-\(k).txt"))
                        if case .created = change { created += 1 }
                    }
                    return created
                }
            }
            var total = 0
            for try await created in group { total += created }
            #expect(total == 200)
        }
        let archive = try test.open()
        #expect(OCFLStorageRoot(path: folder.storageRoot).objectIDs().count == 200)
        #expect(try archive.indexedCount() == 200)
        #expect(try archive.verify().isValid)
    }
}
