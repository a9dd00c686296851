import Foundation
import Testing

/// `folio batch --archive`: every article and the volume become archive objects.
@Suite struct BatchArchiveTests {
    static let coverage = CommandRunner.repositoryRoot.appendingPathComponent("samples/wic2018").path

    func batch(_ folder: TemporaryFolder) throws -> (CommandResult, [String: Any]) {
        let result = try CommandRunner.folio([
            "batch", Self.coverage, "--collection", "5th World Internet Conference", "-o", folder.path("volume.pdf"),
            "--archive", "--archive-root", folder.path("archive"), "--json", "--quiet",
        ])
        let summary = (try? JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any]) ?? [:]
        return (result, summary)
    }

    @Test func articlesAndVolumeAreArchivedOnce() throws {
        let folder = try TemporaryFolder()
        let (result, summary) = try batch(folder)
        #expect(result.status == 0, "\(result.stderr)")
        let archived = try #require(summary["archived"] as? [String: String])
        #expect(archived.count == 15)
        let volumeID = try #require(archived[folder.path("volume.pdf")])
        #expect(volumeID.hasPrefix("2018/11/10/"))

        // The archived volume is the volume written.
        let stored = folder.path("stored.pdf")
        let get = try CommandRunner.folio(["archive", "get", volumeID, "-o", stored, "--root", folder.path("archive")])
        #expect(get.status == 0, "\(get.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: stored)) == Data(contentsOf: URL(fileURLWithPath: folder.path("volume.pdf"))))

        let verify = try CommandRunner.folio(["archive", "verify", "--root", folder.path("archive")])
        #expect(verify.status == 0, "\(verify.stdout) \(verify.stderr)")
        #expect(verify.stdout.contains("15 objects"))

        // The same batch again adds nothing.
        let (again, _) = try batch(folder)
        #expect(again.status == 0)
        let list = try CommandRunner.folio(["archive", "list", "--root", folder.path("archive")])
        #expect(list.stdout.split(separator: "\n").count == 15)
        #expect(!list.stdout.contains(" v2 "))
    }
}
