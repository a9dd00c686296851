import Foundation
import Testing

/// `folio batch` with a bad article among good ones, list files and date ranges.
@Suite struct BatchFailureTests {
    static let coverage = CommandRunner.repositoryRoot.appendingPathComponent("samples/wic2018").path

    /// Two good articles and an empty one, in a folder with a README that is not an article.
    func folderWithOneBadArticle() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("in"), withIntermediateDirectories: true)
        for name in ["wic-plenary.txt", "wic-ai-forum.md"] {
            try FileManager.default.copyItem(atPath: Self.coverage + "/" + name, toPath: folder.path("in/" + name))
        }
        try folder.write("in/empty.txt", "")
        try folder.write("in/README.md", "# Not an article\n")
        return folder
    }

    @Test func failedArticleIsReportedAndLeftOut() throws {
        let folder = try folderWithOneBadArticle()
        let result = try CommandRunner.folio([
            "batch", folder.path("in"), "--collection", "Test", "-o", folder.path("v.pdf"), "--out-dir", folder.path("out"),
            "--json",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("empty.txt"), "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("README"))
        let summary = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        #expect(summary["articles"] as? Int == 2)
        let failures = try #require(summary["failures"] as? [[String: String]])
        #expect(failures.count == 1)
        #expect(failures.first?["input"]?.hasSuffix("empty.txt") == true)
        #expect(failures.first?["reason"]?.isEmpty == false)
        #expect(FileManager.default.fileExists(atPath: folder.path("v.pdf")))
        #expect(try PDFTools.text(folder.path("v.pdf")).contains("AI Forum"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("out")).sorted() == ["wic-ai-forum.pdf", "wic-plenary.pdf"])
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack"))
    }

    @Test func failFastWritesNoVolume() throws {
        let folder = try folderWithOneBadArticle()
        let result = try CommandRunner.folio([
            "batch", folder.path("in"), "--collection", "Test", "-o", folder.path("v.pdf"), "--fail-fast", "--jobs", "1",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("empty.txt"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("v.pdf")))
        #expect(!folder.fileNames.contains { $0.contains("partial") })
    }

    @Test func listFileAndDateRangeChooseTheArticles() throws {
        let folder = try TemporaryFolder()
        try folder.write("coverage.list", """
            # the opening day and the plenary (absolute paths; relative ones are tested below)
            \(Self.coverage)/wic-opening-ceremony.md
            \(Self.coverage)/wic-plenary.txt
            \(Self.coverage)/wic-preview.txt
            """)
        let result = try CommandRunner.folio([
            "batch", "@" + folder.path("coverage.list"), "--collection", "Day one", "-o", folder.path("v.pdf"),
            "--from", "2018-11-07", "--to", "2018-11-09", "--json", "--quiet",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "--quiet printed: \(result.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        #expect(summary["articles"] as? Int == 2)
        #expect(summary["skipped"] as? Int == 1)
    }

    @Test func relativeListEntriesResolveAgainstTheListFile() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("lists"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.coverage + "/wic-plenary.txt", toPath: folder.path("plenary.txt"))
        try folder.write("lists/one.list", "../plenary.txt\n")
        let result = try CommandRunner.folio([
            "batch", folder.path("lists/one.list"), "--collection", "One", "-o", folder.path("v.pdf"),
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try PDFTools.text(folder.path("v.pdf")).contains("Plenary Meeting"))
    }

    @Test func volumeNeverOverwritesAnInputOrAnArticlePDF() throws {
        let folder = try TemporaryFolder()
        let input = folder.path("plenary.txt")
        try FileManager.default.copyItem(atPath: Self.coverage + "/wic-plenary.txt", toPath: input)
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        let overInput = try CommandRunner.folio(["batch", input, "--collection", "X", "-o", input])
        #expect(overInput.status == 1)
        #expect(overInput.stderr.contains("refusing"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
        let overPDF = try CommandRunner.folio([
            "batch", input, "--collection", "X", "-o", folder.path("out/plenary.pdf"), "--out-dir", folder.path("out"),
        ])
        #expect(overPDF.status == 1)
        #expect(overPDF.stderr.contains("--out-dir"))
    }

    @Test func missingListFileIsOneLine() throws {
        let result = try CommandRunner.folio(["batch", "@/nonexistent/x.list", "--collection", "X"])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("no such list file"))
    }
}
