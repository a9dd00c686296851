import Foundation
import Testing

/// The archive keeps the figures' images, so `archive rerender` draws the photos from the
/// archive alone, after the article's folder is gone.
@Suite struct ArchiveImagesTests {
    static let formats = CommandRunner.repositoryRoot.appendingPathComponent("samples/formats")
    static let images = ["images/wuzhen-hall.jpg", "images/digital-economy-chart.png"]

    /// A copy of the photo sample and its images in a temporary folder (`sample/…`).
    func photoSample() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let sample = folder.url.appendingPathComponent("sample")
        try FileManager.default.createDirectory(at: sample, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.formats.appendingPathComponent("wic-opening-photo.html"), to: sample.appendingPathComponent("wic-opening-photo.html"))
        try FileManager.default.copyItem(at: Self.formats.appendingPathComponent("images"), to: sample.appendingPathComponent("images"))
        return folder
    }

    func archive(_ folder: TemporaryFolder, _ arguments: [String]) throws -> CommandResult {
        try ArchiveCommandTests.archive(folder, arguments)
    }

    /// The id printed by `archive add` (`ID v1 (new)`).
    func addedID(_ result: CommandResult) -> String {
        String(result.stdout.split(separator: " ").first ?? "")
    }

    /// Rows of `pdfimages -list` after the two header lines: the encoding column of each.
    func imageEncodings(_ pdf: String) throws -> [String] {
        try CommandRunner.run("pdfimages", ["-list", pdf]).stdout.split(separator: "\n").dropFirst(2).map {
            String($0.split(separator: " ", omittingEmptySubsequences: true)[8])
        }
    }

    @Test func photoSampleIsStoredAndRerenderedWithoutItsFolder() throws {
        let folder = try photoSample()
        let article = folder.path("sample/wic-opening-photo.html")
        let added = try archive(folder, ["add", article])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(!added.stderr.contains("placeholder"), "\(added.stderr)")
        let id = addedID(added)
        let object = folder.path("archive/ocfl/\(id)")

        // The object holds each image byte for byte, and metadata.json maps source → stored file.
        let metadata = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: object + "/v1/content/metadata.json"))) as? [String: Any]
        let map = metadata?["images"] as? [String: [String: Any]] ?? [:]
        #expect(Set(map.keys) == Set(Self.images), "\(map)")
        for source in Self.images {
            let original = try Data(contentsOf: Self.formats.appendingPathComponent(source))
            let path = try #require(map[source]?["path"] as? String)
            #expect(path == source, "the sample's names are already safe")
            #expect(try Data(contentsOf: URL(fileURLWithPath: object + "/v1/content/" + path)) == original, "\(source)")
            let digest = try CommandRunner.run("sha512sum", [object + "/v1/content/" + path]).stdout.prefix(128)
            #expect(map[source]?["sha512"] as? String == String(digest))
        }

        // Adding it again changes nothing.
        let again = try archive(folder, ["add", article])
        #expect(again.stdout.contains("\(id) v1 (unchanged)"), "\(again.stdout)\(again.stderr)")

        // Without the article's folder, a re-render still draws both images from the archive.
        try FileManager.default.removeItem(atPath: folder.path("sample"))
        let same = try archive(folder, ["rerender", id])
        #expect(same.stdout.contains("\(id) v1 (unchanged)"), "\(same.stdout)\(same.stderr)")
        let letter = try archive(folder, ["rerender", id, "--layout", "letter"])
        #expect(letter.status == 0 && letter.stdout.contains("v2 (new version)"), "\(letter.stdout)\(letter.stderr)")
        #expect(!letter.stderr.contains("placeholder"), "\(letter.stderr)")
        #expect(try archive(folder, ["get", id, "-o", folder.path("v2.pdf")]).status == 0)
        #expect(try imageEncodings(folder.path("v2.pdf")).sorted() == ["image", "jpeg"])
        // v2 keeps the unchanged images by reference.
        #expect(!FileManager.default.fileExists(atPath: object + "/v2/content/images"))

        let verify = try archive(folder, ["verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        if FileManager.default.fileExists(atPath: ArchiveCommandTests.ocflCheck) {
            let check = try CommandRunner.run("/bin/bash", [ArchiveCommandTests.ocflCheck, folder.path("archive/ocfl")])
            #expect(check.status == 0 && check.stdout.contains("1 objects, 1 valid"), "\(check.stdout)\(check.stderr)")
        }
    }

    @Test func batchArchiveStoresTheImagesAsArchiveAddDoes() throws {
        let folder = try photoSample()
        let article = folder.path("sample/wic-opening-photo.html")
        let batch = try CommandRunner.folio([
            "batch", article, "--collection", "Photos", "-o", folder.path("volume.pdf"),
            "--archive", "--archive-root", folder.path("archive"), "--quiet",
        ])
        #expect(batch.status == 0, "\(batch.stderr)")
        let added = try archive(folder, ["add", article])
        #expect(added.stdout.contains("v1 (unchanged)"), "batch and add store the same: \(added.stdout)\(added.stderr)")
        let object = folder.path("archive/ocfl/\(addedID(added))/v1/content") + "/"
        for source in Self.images {
            #expect(try Data(contentsOf: URL(fileURLWithPath: object + source)) == Data(contentsOf: Self.formats.appendingPathComponent(source)))
        }
    }

    @Test func objectWithoutImagesStillVerifiesListsShowsAndRerenders() throws {
        // Archived while its images were missing: metadata.json has no images, as in every
        // object written before images were kept.
        let folder = try photoSample()
        try FileManager.default.removeItem(atPath: folder.path("sample/images"))
        let added = try archive(folder, ["add", folder.path("sample/wic-opening-photo.html")])
        #expect(added.status == 0 && added.stderr.contains("placeholder"), "\(added.stderr)")
        let id = addedID(added)
        let metadata = try String(contentsOfFile: folder.path("archive/ocfl/\(id)/v1/content/metadata.json"), encoding: .utf8)
        #expect(!metadata.contains("\"images\""))

        #expect(try archive(folder, ["verify"]).status == 0)
        #expect(try archive(folder, ["list"]).stdout.contains(id))
        #expect(try archive(folder, ["show", id]).status == 0)
        let letter = try archive(folder, ["rerender", id, "--layout", "letter"])
        #expect(letter.status == 0 && letter.stdout.contains("v2 (new version)"), "\(letter.stdout)\(letter.stderr)")
        #expect(letter.stderr.contains("placeholder"), "figures without stored images are placeholders: \(letter.stderr)")
        #expect(try archive(folder, ["get", id, "-o", folder.path("v2.pdf")]).status == 0)
        #expect(try imageEncodings(folder.path("v2.pdf")).isEmpty)
        #expect(try archive(folder, ["verify"]).status == 0)
    }
}
