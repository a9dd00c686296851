import Foundation
import Testing

/// `folio archive` end to end on the seed: add, list, search, show, get, rerender, verify.
@Suite struct ArchiveCommandTests {
    static let seed = CommandRunner.repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/seed/000_04e7b47029bdcbb7.txt").path
    static let ocflCheck = CommandRunner.repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/tools/ocfl_check.sh").path
    static let seedID = "2018/11/09/plenary-meeting-of-the-5th-world-internet-conference-wic-kicks-off-in-wuzhen"

    /// Runs `folio archive …` on the archive in `folder`.
    static func archive(_ folder: TemporaryFolder, _ arguments: [String]) throws -> CommandResult {
        try CommandRunner.folio(["archive"] + arguments, environment: ["FOLIO_ARCHIVE": folder.path("archive")])
    }

    @Test func seedIsArchivedFoundListedAndValid() throws {
        let folder = try TemporaryFolder()
        let added = try Self.archive(folder, ["add", Self.seed])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains(Self.seedID + " v1 (new)"))

        let again = try Self.archive(folder, ["add", Self.seed])
        #expect(again.stdout.contains("(unchanged)"), "\(again.stdout)")

        let search = try Self.archive(folder, ["search", "Kaspersky"])
        #expect(search.status == 0 && search.stdout.contains(Self.seedID), "\(search.stdout)\(search.stderr)")
        #expect(search.stdout.contains("[Kaspersky]"))

        let list = try Self.archive(folder, ["list", "--from", "2018-11-09", "--to", "2018-11-09"])
        #expect(list.stdout.contains(Self.seedID), "\(list.stdout)")
        #expect(try Self.archive(folder, ["list", "--from", "2018-11-10"]).stdout.isEmpty)

        let json = try Self.archive(folder, ["list", "--json"])
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.first?["id"] as? String == Self.seedID && rows?.first?["versions"] as? Int == 1)

        let show = try Self.archive(folder, ["show", Self.seedID])
        #expect(show.stdout.contains("section:   NEWS") && show.stdout.contains("v1"), "\(show.stdout)")

        let verify = try Self.archive(folder, ["verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        if FileManager.default.fileExists(atPath: Self.ocflCheck) {
            let check = try CommandRunner.run("/bin/bash", [Self.ocflCheck, folder.path("archive/ocfl")])
            #expect(check.status == 0 && check.stdout.contains("1 objects, 1 valid"), "\(check.stdout)\(check.stderr)")
        }
    }

    @Test func rerenderAddsAVersionAndGetReturnsEach() throws {
        let folder = try TemporaryFolder()
        #expect(try Self.archive(folder, ["add", Self.seed]).status == 0)
        let same = try Self.archive(folder, ["rerender", Self.seedID])
        #expect(same.stdout.contains("v1 (unchanged)"), "\(same.stdout)\(same.stderr)")
        let letter = try Self.archive(folder, ["rerender", Self.seedID, "--layout", "letter"])
        #expect(letter.stdout.contains("v2 (new version)"), "\(letter.stdout)\(letter.stderr)")

        let v1 = try Self.archive(folder, ["get", Self.seedID, "--version", "v1", "-o", folder.path("v1.pdf")])
        let v2 = try Self.archive(folder, ["get", Self.seedID, "-o", folder.path("v2.pdf")])
        #expect(v1.status == 0 && v2.status == 0, "\(v1.stderr)\(v2.stderr)")
        let a4 = try PDFTools.info(folder.path("v1.pdf"))["Page size"] ?? ""
        let us = try PDFTools.info(folder.path("v2.pdf"))["Page size"] ?? ""
        #expect(a4.contains("595") && us.contains("612"), "\(a4) / \(us)")
        #expect(try Self.archive(folder, ["verify", Self.seedID]).status == 0)

        let missing = try Self.archive(folder, ["get", Self.seedID, "--version", "v7", "-o", folder.path("x.pdf")])
        #expect(missing.status != 0 && missing.stderr.contains("no version 'v7'"), "\(missing.stderr)")
    }

    @Test func flippedByteIsNamedByVerify() throws {
        let folder = try TemporaryFolder()
        #expect(try Self.archive(folder, ["add", Self.seed]).status == 0)
        let pdf = folder.path("archive/ocfl/\(Self.seedID)/v1/content/article.pdf")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: pdf))
        bytes[bytes.count / 2] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: pdf))
        let verify = try Self.archive(folder, ["verify"])
        #expect(verify.status != 0)
        #expect(verify.stdout.contains(Self.seedID + "/v1/content/article.pdf"), "\(verify.stdout)")
    }

    @Test func badInputLeavesNothingInTheArchive() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.write("empty.txt", [UInt8]())
        let result = try Self.archive(folder, ["add", empty, Self.seed])
        #expect(result.status != 0)
        #expect(result.stderr.contains("empty.txt") && result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stdout.contains(Self.seedID), "the good article is still archived")
        #expect(try Self.archive(folder, ["list"]).stdout.split(separator: "\n").count == 1)
        #expect(try Self.archive(folder, ["verify"]).status == 0)
    }

    @Test func unknownIDsAndDatesGetOneLine() throws {
        let folder = try TemporaryFolder()
        #expect(try Self.archive(folder, ["add", Self.seed]).status == 0)
        for arguments in [["show", "2018/11/09/nope"], ["show", "../../etc"], ["list", "--from", "yesterday"], ["search", ""]] {
            let result = try Self.archive(folder, arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(!result.stderr.isEmpty && !result.stderr.contains("Fatal error"), "\(arguments): \(result.stderr)")
        }
    }

    @Test func verifyTakesBareOCFLObjectPaths() throws {
        let fixtures = CommandRunner.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/ocfl-fixtures/1.1")
        try #require(FileManager.default.fileExists(atPath: fixtures.path), "the OCFL fixtures belong beside the checkout at ../shared")
        let good = try CommandRunner.folio(["archive", "verify", fixtures.appendingPathComponent("good-objects/spec-ex-full").path])
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        let bad = try CommandRunner.folio(["archive", "verify", fixtures.appendingPathComponent("bad-objects/E058_no_sidecar").path])
        #expect(bad.status != 0 && bad.stdout.contains("E058"), "\(bad.stdout)")
    }
}
