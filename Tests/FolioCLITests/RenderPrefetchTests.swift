import Foundation
@testable import FolioPipeline
import Testing

/// `folio render FILE [-o OUT]` is prepared while its command line is parsed (`ArticlePrefetch`);
/// nothing about the result may depend on that.
@Suite struct RenderPrefetchTests {
    static let samples = CommandRunner.repositoryRoot.appendingPathComponent("samples").path

    /// The plain shapes (prepared ahead) and a longer command line (not) give the same bytes.
    @Test(arguments: ["wic2018/wic-plenary.txt", "formats/wic-plenary.html", "mixed-delegates-phrasebook.md"])
    func preparedAheadOrNotTheBytesAreTheSame(_ sample: String) throws {
        let input = "\(Self.samples)/\(sample)"
        let folder = try TemporaryFolder()
        let plain = try CommandRunner.folio(["render", input, "-o", folder.path("plain.pdf")])
        let swapped = try CommandRunner.folio(["render", "-o", folder.path("swapped.pdf"), input])
        let longer = try CommandRunner.folio(["render", input, "-o", folder.path("longer.pdf"), "--quiet"])
        for result in [plain, swapped, longer] { #expect(result.status == 0, "\(result.stderr)") }
        let bytes = try ["plain", "swapped", "longer"].map { try Data(contentsOf: URL(fileURLWithPath: folder.path("\($0).pdf"))) }
        #expect(bytes[0] == bytes[1])
        #expect(bytes[0] == bytes[2])
    }

    @Test func aMissingArticleIsReportedAsUsual() throws {
        let folder = try TemporaryFolder()
        let plain = try CommandRunner.folio(["render", "missing.txt"], in: folder.url)
        let longer = try CommandRunner.folio(["render", "missing.txt", "--quiet"], in: folder.url)
        #expect(plain.status == 1)
        #expect(plain.stderr == "folio: missing.txt: no such file\n")
        #expect(longer.stderr == plain.stderr)
    }

    /// The work is handed over only for the file, layout and input format it was started for.
    @Test func handsOverOnlyWhatItWasStartedFor() throws {
        let article = "\(Self.samples)/wic2018/wic-plenary.txt"
        let prefetch = ArticlePrefetch(path: article)
        #expect(prefetch.take(path: article, layout: .named("letter"), inputFormat: nil) == nil)
        #expect(prefetch.take(path: article, layout: .standard, inputFormat: .markdown) == nil)
        #expect(prefetch.take(path: "\(Self.samples)/other.txt", layout: .standard, inputFormat: nil) == nil)
        let taken = try #require(prefetch.take(path: article, layout: .standard, inputFormat: nil))
        #expect(taken.prepared.source.displayName == article)
        let rendered = try taken.renderer.render(taken.prepared)
        #expect(rendered.pageCount >= 1)
        #expect(ArticlePrefetch(path: "\(Self.samples)/missing.txt")
            .take(path: "\(Self.samples)/missing.txt", layout: .standard, inputFormat: nil) == nil)
    }
}
