import Foundation
import Testing
@testable import FolioArchive

/// A symbolic link planted in the storage root's hierarchy is never followed: what it leads to
/// (perhaps outside the archive) is neither indexed, nor searchable, nor served.
@Suite struct SymlinkedFolderTests {
    @Test func reindexAndReadsDoNotFollowALinkedYearFolder() throws {
        let archive = try TestArchive()
        let outside = try TestArchive()
        _ = try archive.open().add(try submission())
        let foreign = try outside.open().add(try submission(
            title: "Zanzibar Spice Report", date: "2019-01-01 09:00:00", body: "Zanzibar cloves and nutmeg."))
        #expect(symlink(outside.rootPath("2019"), archive.rootPath("2019")) == 0)

        let opened = try archive.open()
        #expect(try opened.reindex() == 1)
        #expect(try opened.search("Zanzibar").isEmpty)
        #expect(try opened.list().count == 1)
        let id = try ObjectID(foreign.id)
        #expect(throws: ArchiveError.noSuchObject(foreign.id)) { try opened.file(id, path: "article.pdf") }
        let report = try opened.verify()
        #expect(report.issues.contains { $0.code == "E090" })
    }
}
