import Foundation
import Testing

/// `folio batch` on the conference coverage in `samples/wic2018`, checked page by page with the
/// real PDF tools.
@Suite(.serialized) struct BatchVolumeTests {
    static let coverage = CommandRunner.repositoryRoot.appendingPathComponent("samples/wic2018").path

    /// One batch run shared by the tests below: the volume, the per-article PDFs and the summary.
    final class Run: @unchecked Sendable {
        let folder: TemporaryFolder
        let result: CommandResult
        let summary: [String: Any]
        var volume: String { folder.path("volume.pdf") }

        init(_ extra: [String] = []) throws {
            folder = try TemporaryFolder()
            result = try CommandRunner.folio([
                "batch", BatchVolumeTests.coverage, "--collection", "5th World Internet Conference",
                "-o", folder.path("volume.pdf"), "--out-dir", folder.path("articles"), "--json",
            ] + extra)
            summary = (try? JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any]) ?? [:]
        }
    }

    static let shared = Result { try Run() }

    @Test func volumeIsWrittenWithEveryArticle() throws {
        let run = try Self.shared.get()
        #expect(run.result.status == 0, "folio batch failed: \(run.result.stderr)")
        #expect(run.summary["articles"] as? Int == 14)
        #expect((run.summary["failures"] as? [Any])?.isEmpty == true)
        let pages = try #require(run.summary["pages"] as? Int)
        #expect(try PDFTools.info(run.volume)["Pages"] == String(pages))
        #expect(try PDFTools.info(run.volume)["Title"] == "5th World Internet Conference")
    }

    @Test func qpdfFindsNoDamage() throws {
        let run = try Self.shared.get()
        let check = try CommandRunner.run("qpdf", ["--check", run.volume])
        #expect(check.status == 0, "qpdf --check: \(check.stdout) \(check.stderr)")
        #expect(!check.stderr.contains("WARNING"), "qpdf --check: \(check.stderr)")
    }

    @Test func coverNamesCollectionDatesAndExtent() throws {
        let run = try Self.shared.get()
        let cover = try PDFTools.text(run.volume, firstPage: 1, lastPage: 1)
        let pages = try #require(run.summary["pages"] as? Int)
        #expect(cover.contains("5th World Internet Conference"))
        #expect(cover.contains("6–10 November 2018"))
        #expect(cover.contains("14 articles · \(pages) pages"))
    }

    /// The contents name a page for each article, and that page is where the article's title is.
    @Test func everyContentsEntryNamesTheArticlesPage() throws {
        let run = try Self.shared.get()
        let entries = try Self.contentsEntries(run.volume)
        #expect(entries.count == 14)
        var previous = 0
        for entry in entries {
            let page = Self.squeezed(try PDFTools.text(run.volume, firstPage: entry.page, lastPage: entry.page))
            #expect(page.contains(Self.squeezed(entry.title)), "“\(entry.title)” is not on page \(entry.page)")
            if entry.page > 1 {
                let before = Self.squeezed(try PDFTools.text(run.volume, firstPage: entry.page - 1, lastPage: entry.page - 1))
                #expect(!before.contains(Self.squeezed(entry.title)) || entry.page - 1 <= 2)
            }
            #expect(entry.page > previous, "articles out of order at page \(entry.page)")
            previous = entry.page
        }
    }

    /// Continuous numbers: every page after the cover says "Page N of TOTAL" for its own N.
    @Test func pageNumbersRunOnThroughTheVolume() throws {
        let run = try Self.shared.get()
        let pages = try #require(run.summary["pages"] as? Int)
        for page in 2...pages {
            let text = try PDFTools.text(run.volume, firstPage: page, lastPage: page)
            #expect(text.contains("Page \(page) of \(pages)"), "page \(page) lacks its number")
        }
    }

    /// One bookmark per article, and one per heading in the articles (Markdown `#` lines).
    @Test func outlineHasArticlesPlusHeadings() throws {
        let run = try Self.shared.get()
        let json = try CommandRunner.run("qpdf", ["--json", "--json-key=outlines", run.volume])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any])
        let outlines = try #require(object["outlines"] as? [[String: Any]])
        func count(_ items: [[String: Any]]) -> Int {
            items.reduce(0) { $0 + 1 + count(($1["kids"] as? [[String: Any]]) ?? []) }
        }
        #expect(outlines.count == 14)
        #expect(count(outlines) == 14 + (try Self.headingCount()))
    }

    /// Each contents line is a link to a named destination, and each name is defined.
    @Test func contentsLinesAreLinks() throws {
        let run = try Self.shared.get()
        let plain = run.folder.path("plain.pdf")
        _ = try CommandRunner.run("qpdf", ["--qdf", "--object-streams=disable", run.volume, plain])
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: plain)), as: UTF8.self)
        let links = text.components(separatedBy: "/Dest (article-").count - 1
        #expect(links == 14)
        for number in 1...14 {
            #expect(text.range(of: #"\(article-\#(number)\)\s*\["#, options: .regularExpression) != nil, "article-\(number) is not defined")
        }
    }

    /// Each article's own PDF is byte for byte what `folio render` writes for it.
    @Test func articlePDFsEqualFolioRender() throws {
        let run = try Self.shared.get()
        let pdfs = try #require(run.summary["articlePDFs"] as? [String: String])
        #expect(pdfs.count == 14)
        for (input, pdf) in pdfs {
            let alone = run.folder.path("alone.pdf")
            let render = try CommandRunner.folio(["render", input, "-o", alone])
            #expect(render.status == 0)
            let batch = try Data(contentsOf: URL(fileURLWithPath: pdf))
            #expect(try Data(contentsOf: URL(fileURLWithPath: alone)) == batch, "\(input): batch PDF differs from folio render")
        }
    }

    /// The same articles give the same volume, however many jobs render them.
    @Test func volumeIsTheSameWithOneJob() throws {
        let run = try Self.shared.get()
        let single = try Run(["--jobs", "1"])
        #expect(single.result.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: single.volume)) == Data(contentsOf: URL(fileURLWithPath: run.volume)))
    }

    @Test func twoSidedStartsArticlesOnRightHandPages() throws {
        let run = try Run(["--two-sided"])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let entries = try Self.contentsEntries(run.volume)
        #expect(entries.count == 14)
        for entry in entries { #expect(entry.page % 2 == 1, "“\(entry.title)” starts on left-hand page \(entry.page)") }
        let check = try CommandRunner.run("qpdf", ["--check", run.volume])
        #expect(check.status == 0 && !check.stderr.contains("WARNING"))
    }

    /// Seventy short articles: the contents run over several pages and every number stays true.
    @Test func longContentsSpanPagesAndStayTrue() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("in"), withIntermediateDirectories: true)
        for number in 1...70 {
            let day = 1 + (number * 7) % 28
            let paragraph = String(repeating: "Delegates discussed item \(number) of the agenda at length. ", count: 4 + number % 9)
            try folder.write("in/a\(number).txt", "home > NEWS\nAgenda item \(number) is debated in Wuzhen\n2018-11-\(day < 10 ? "0" : "")\(day) 10:00:00\n\n\(paragraph)\n")
        }
        let result = try CommandRunner.folio(["batch", folder.path("in"), "--collection", "Agenda", "-o", folder.path("v.pdf"), "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        let entries = try Self.contentsEntries(folder.path("v.pdf"))
        #expect(entries.count == 70)
        #expect(entries.first?.page ?? 0 > 3, "seventy lines should need more than one contents page")
        for entry in entries {
            let page = Self.squeezed(try PDFTools.text(folder.path("v.pdf"), firstPage: entry.page, lastPage: entry.page))
            #expect(page.contains(Self.squeezed(entry.title)), "“\(entry.title)” is not on page \(entry.page)")
        }
    }

    // MARK: - Reading the volume

    /// Contents lines as (title, page): pdftotext gives each line's title, date and page number in turn.
    static func contentsEntries(_ pdf: String) throws -> [(title: String, page: Int)] {
        var entries: [(title: String, page: Int)] = []
        var page = 2
        // Two-sided volumes have a blank page before the contents.
        while page < 4, !(try PDFTools.text(pdf, firstPage: page, lastPage: page)).contains("Contents") { page += 1 }
        let first = page
        while true {
            let text = try PDFTools.text(pdf, firstPage: page, lastPage: page)
            let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && $0 != "Contents" && !$0.hasPrefix("Page ") && $0 != "\u{0C}" }
            guard page == first || text.contains("…") || lines.count % 3 == 0, !lines.isEmpty, !text.contains("FOLIO NEWS ARCHIVE")
            else { break }
            var index = 0
            while index + 2 < lines.count, let number = Int(lines[index + 2]) {
                let title = lines[index].hasSuffix("…") ? String(lines[index].dropLast()) : lines[index]
                entries.append((title, number))
                index += 3
            }
            guard index > 0 else { break }
            page += 1
        }
        return entries
    }

    /// Headings in the coverage's Markdown files (scraped text has none).
    static func headingCount() throws -> Int {
        var count = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: coverage) where name.hasSuffix(".md") {
            let text = try String(contentsOfFile: coverage + "/" + name, encoding: .utf8)
            let lines: [Substring] = text.split(separator: "\n")
            count += lines.filter { (line: Substring) -> Bool in
                let hashes = line.prefix(while: { $0 == "#" }).count
                return (1...6).contains(hashes) && line.dropFirst(hashes).first == " "
            }.count
        }
        return count
    }

    /// Text with all whitespace removed, so line breaks in the PDF do not matter.
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }
}
