import Foundation
import Testing

/// `--max-input` bounds the article read (and so the memory a render takes): a larger file is
/// refused with one line, before it is read, and nothing is written.
@Suite struct MaxInputTests {
    /// The seed's head and 2 MB of its paragraphs: a valid article larger than 1 MB.
    static func twoMegabyteArticle() throws -> String {
        let seed = try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("samples/wic2018/wic-plenary.txt"), encoding: .utf8)
        var text = seed
        while text.utf8.count < 2 * 1024 * 1024 { text += "\n\n" + seed.suffix(2000) }
        return text
    }

    @Test func renderRefusesAnArticleOverMaxInput() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("big.txt", try Self.twoMegabyteArticle())
        let result = try CommandRunner.folio(["render", input, "--max-input", "1", "-o", folder.path("out.pdf")])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "expected one line, got: \(result.stderr)")
        #expect(result.stderr.contains("big.txt"))
        #expect(result.stderr.contains("larger than the 1 MB input limit"), "message: \(result.stderr)")
        #expect(result.stderr.contains("--max-input"))
        #expect(!folder.exists("out.pdf"))
    }

    @Test func renderAcceptsTheSameArticleUnderAHigherLimit() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("big.txt", try Self.twoMegabyteArticle())
        let result = try CommandRunner.folio(["render", input, "--max-input", "3", "-o", folder.path("out.pdf"), "--quiet"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(folder.exists("out.pdf"))
    }

    @Test func batchFailsOnlyTheArticleOverMaxInput() throws {
        let folder = try TemporaryFolder()
        let big = try folder.write("big.txt", try Self.twoMegabyteArticle())
        let seed = CommandRunner.repositoryRoot.appendingPathComponent("samples/wic2018/wic-plenary.txt").path
        let result = try CommandRunner.folio([
            "batch", seed, big, "--collection", "Limits", "--max-input", "1", "-o", folder.path("volume.pdf"), "--quiet",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("big.txt"))
        #expect(result.stderr.contains("larger than the 1 MB input limit"), "stderr: \(result.stderr)")
        #expect(folder.exists("volume.pdf"), "the other article is still bound: \(result.stderr)")
    }

    @Test func maxInputOutOfRangeIsAUsageError() throws {
        let result = try CommandRunner.folio(["render", "whatever.txt", "--max-input", "0"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--max-input"))
    }
}
