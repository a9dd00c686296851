import Foundation
import Testing
@testable import FolioArchive

/// Damage an archived object in each way ARCHIVE.md lists and check `verify` names the file.
@Suite struct VerifyTests {
    private func archivedObject() throws -> (TestArchive, ArticleArchive, String) {
        let test = try TestArchive()
        let archive = try test.open()
        let id = try archive.add(try submission()).id
        #expect(try archive.verify().isValid)
        return (test, archive, id)
    }

    private func errors(_ report: VerificationReport, naming path: String) -> [VerificationIssue] {
        report.issues.filter { $0.isError && $0.path == path }
    }

    @Test func flippedByteInThePDFIsNamed() throws {
        let (test, archive, id) = try archivedObject()
        let pdf = test.rootPath(id + "/v1/content/article.pdf")
        var bytes = try #require(FileManager.default.contents(atPath: pdf))
        bytes[10] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: pdf))
        let report = try archive.verify()
        #expect(!report.isValid)
        #expect(errors(report, naming: id + "/v1/content/article.pdf").map(\.code) == ["E092"])
        #expect(try !archive.verify([ObjectID(id)]).isValid)
        #expect(throws: ArchiveError.self) { try archive.file(ObjectID(id), path: "article.pdf") }
    }

    @Test func deletedSidecarIsNamed() throws {
        let (test, archive, id) = try archivedObject()
        try FileManager.default.removeItem(atPath: test.rootPath(id + "/inventory.json.sha512"))
        let report = try archive.verify()
        #expect(errors(report, naming: id + "/inventory.json.sha512").map(\.code) == ["E058"])
    }

    @Test func editedInventoryIsNamed() throws {
        let (test, archive, id) = try archivedObject()
        let path = test.rootPath(id + "/inventory.json")
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Archived", with: "Archivex")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let report = try archive.verify()
        #expect(errors(report, naming: id + "/inventory.json.sha512").map(\.code) == ["E060"])
        #expect(errors(report, naming: id + "/v1/inventory.json").map(\.code) == ["E064"])
    }

    @Test func extraFileIsNamed() throws {
        let (test, archive, id) = try archivedObject()
        try Data("x".utf8).write(to: URL(fileURLWithPath: test.rootPath(id + "/v1/content/extra.txt")))
        try Data("y".utf8).write(to: URL(fileURLWithPath: test.rootPath("2018/11/stray.txt")))
        let report = try archive.verify()
        #expect(errors(report, naming: id + "/v1/content/extra.txt").map(\.code) == ["E023"])
        #expect(errors(report, naming: "2018/11/stray.txt").map(\.code) == ["E072"])
    }

    @Test func missingFileIsNamed() throws {
        let (test, archive, id) = try archivedObject()
        try FileManager.default.removeItem(atPath: test.rootPath(id + "/v1/content/source.txt"))
        #expect(errors(try archive.verify(), naming: id + "/v1/content/source.txt").map(\.code) == ["E092"])
    }

    @Test func plantedSymlinkIsNamed() throws {
        let (test, archive, id) = try archivedObject()
        try FileManager.default.createSymbolicLink(
            atPath: test.rootPath(id + "/v1/content/passwd"), withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: test.rootPath("2018/11/09/link"), withDestinationPath: "/tmp")
        let report = try archive.verify()
        #expect(errors(report, naming: id + "/v1/content/passwd").map(\.code).contains("E090"))
        #expect(errors(report, naming: "2018/11/09/link").map(\.code) == ["E090"])
    }

    @Test func symlinkReplacingAListedFileIsNamed() throws {
        let (test, archive, id) = try archivedObject()
        let pdf = test.rootPath(id + "/v1/content/article.pdf")
        let copy = test.url.appendingPathComponent("copy.pdf").path
        try FileManager.default.moveItem(atPath: pdf, toPath: copy)
        try FileManager.default.createSymbolicLink(atPath: pdf, withDestinationPath: copy)
        #expect(errors(try archive.verify(), naming: id + "/v1/content/article.pdf").map(\.code).contains("E090"))
    }
}

/// `ArchiveVerifier` on every official OCFL 1.1 fixture gives the fixture's verdict.
@Suite struct FixtureConformanceTests {
    @Test func officialFixturesGetTheirVerdicts() throws {
        try #require(FileManager.default.fileExists(atPath: ocflFixtures), "the OCFL fixtures belong beside the checkout at ../shared")
        var wrong: [String] = []
        var count = 0
        for (kind, shouldPass) in [("good-objects", true), ("warn-objects", true), ("bad-objects", false)] {
            let dir = ocflFixtures + "/" + kind
            for name in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() {
                count += 1
                let report = ArchiveVerifier().verify(path: dir + "/" + name)
                if report.isValid != shouldPass { wrong.append("\(kind)/\(name): \(report.issues.first?.description ?? "no issue")") }
            }
        }
        #expect(count >= 74)
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
    }
}
