import Foundation
import Testing

/// `folio render` on the seed article, checked with the real PDF tools.
@Suite struct RenderSeedTests {
    static let seed = CommandRunner.repositoryRoot.appendingPathComponent("../shared/seed/000_04e7b47029bdcbb7.txt").standardized.path

    /// Renders the seed into a temporary folder and returns the folder and PDF path.
    func renderSeed(_ extra: [String] = []) throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let input = try folder.write("seed.txt", Array(try Data(contentsOf: URL(fileURLWithPath: Self.seed))))
        let result = try CommandRunner.folio(["render", input] + extra)
        #expect(result.status == 0, "folio failed: \(result.stderr)")
        return (folder, folder.path("seed.pdf"))
    }

    @Test func textComesBackInOrderWithoutPageChrome() throws {
        let (folder, pdf) = try renderSeed()
        _ = folder
        let extracted = try PDFTools.text(pdf)
        let source = try String(contentsOfFile: Self.seed, encoding: .utf8)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        // Title (line 2) and body paragraphs (after the timestamp), without the "[Print] [Close]" chrome.
        let articleText = ([String(lines[1])] + lines.dropFirst(3).filter { !$0.contains("[Print]") }.map(String.init))
            .joined(separator: " ")
        let expected = Self.normalized(PDFTools.words(articleText))
        let actual = Self.normalized(PDFTools.words(extracted))
        var position = actual.startIndex
        for word in expected {
            guard let found = actual[position...].firstIndex(of: word) else {
                Issue.record("word “\(word)” missing or out of order in the PDF text")
                return
            }
            position = actual.index(after: found)
        }
        #expect(!extracted.contains("[Print]"))
        #expect(!extracted.contains("[Close]"))
        #expect(!extracted.contains("home"))
        #expect(extracted.contains("Wuzhen,Zhejiang"))
    }

    @Test func fontsAreEmbeddedAndStructureIsClean() throws {
        let (folder, pdf) = try renderSeed()
        _ = folder
        let fonts = try PDFTools.fonts(pdf)
        #expect(!fonts.isEmpty)
        for font in fonts { #expect(font.embedded, "font \(font.name) is not embedded") }
        let check = try CommandRunner.run("qpdf", ["--check", pdf])
        #expect(check.status == 0, "qpdf --check: \(check.stdout) \(check.stderr)")
    }

    /// Cairo's streams are compressed at zlib's fastest level (Sources/CDeflateLevel): every
    /// stream's zlib header says level 1 (`78 01`), not Cairo's default 6 (`78 9C`), and
    /// `qpdf` can still decode every stream.
    @Test func streamsUseTheFastZlibLevel() throws {
        let (folder, pdf) = try renderSeed()
        _ = folder
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: pdf)))
        let headers = Self.streamHeaders(in: bytes).filter { $0.0 == 0x78 }
        #expect(headers.count >= 4, "only \(headers.count) zlib streams found")
        for header in headers { #expect(header.1 == 0x01, "a stream starts 78 \(String(header.1, radix: 16))") }
        let decoded = try CommandRunner.run("qpdf", ["--decode-level=all", "--check", pdf])
        #expect(decoded.status == 0, "qpdf: \(decoded.stdout) \(decoded.stderr)")
    }

    /// The first two bytes after each `stream` keyword and its end of line.
    static func streamHeaders(in bytes: [UInt8]) -> [(UInt8, UInt8)] {
        let keyword = Array("stream".utf8)
        var headers: [(UInt8, UInt8)] = []
        var index = 0
        while index + keyword.count + 3 < bytes.count {
            if bytes[index] == keyword[0], Array(bytes[index..<index + keyword.count]) == keyword,
               index == 0 || bytes[index - 1] != UInt8(ascii: "d") {  // not "endstream"
                var start = index + keyword.count
                if bytes[start] == 0x0D { start += 1 }
                if bytes[start] == 0x0A { headers.append((bytes[start + 1], bytes[start + 2])) }
                index = start
            }
            index += 1
        }
        return headers
    }

    @Test func metadataCarriesTitleAndPublicationDate() throws {
        let (folder, pdf) = try renderSeed()
        _ = folder
        let info = try PDFTools.info(pdf)
        #expect(info["Title"] == "Plenary Meeting of the 5th World Internet Conference (WIC) Kicks off in Wuzhen,Zhejiang Province")
        #expect(info["CreationDate"]?.contains("Nov  9 11:11:21 2018") == true, "\(info["CreationDate"] ?? "none")")
        #expect(info["Page size"]?.contains("(A4)") == true)
        #expect(info["Creator"]?.hasPrefix("Folio") == true)
    }

    @Test func twoRunsGiveIdenticalBytes() throws {
        let (folder, pdf) = try renderSeed()
        let first = try Data(contentsOf: URL(fileURLWithPath: pdf))
        let again = try CommandRunner.folio(["render", folder.path("seed.txt"), "-o", folder.path("again.pdf")])
        #expect(again.status == 0)
        let second = try Data(contentsOf: URL(fileURLWithPath: folder.path("again.pdf")))
        #expect(first == second)
    }

    @Test func letterLayoutGivesLetterPages() throws {
        let (folder, _) = try renderSeed()
        let result = try CommandRunner.folio(["render", folder.path("seed.txt"), "--layout", "letter", "-o", folder.path("letter.pdf")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try PDFTools.info(folder.path("letter.pdf"))["Page size"]?.contains("(letter)") == true)
    }

    @Test func pngPreviewWritesOneImagePerPage() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("seed.txt", Array(try Data(contentsOf: URL(fileURLWithPath: Self.seed))))
        let result = try CommandRunner.folio(["render", input, "--format", "png"])
        #expect(result.status == 0, "\(result.stderr)")
        let png = try Data(contentsOf: URL(fileURLWithPath: folder.path("seed-1.png")))
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(!folder.exists("seed-2.png"))
    }

    /// Lower-cased words without hyphens or surrounding punctuation, for order comparisons.
    static func normalized(_ words: [String]) -> [String] {
        words.map { word in
            word.lowercased().filter { $0.isLetter || $0.isNumber }
        }.filter { !$0.isEmpty }
    }
}
