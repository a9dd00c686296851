import FolioPipeline
import Foundation
import Testing

/// The title block gives the publication date as the article's language writes it.
@Suite struct TitleBlockDateTests {
    static let renderer = Result { try ArticleRenderer() }

    /// The first page's text of a sample, as pdftotext reads it.
    func firstPageText(_ sample: String) throws -> String {
        let url = CommandRunner.repositoryRoot.appendingPathComponent("samples").appendingPathComponent(sample)
        let rendered = try Self.renderer.get().render(try ArticleSource(contentsOf: url, displayName: sample))
        let folder = try TemporaryFolder()
        let pdf = try folder.write("out.pdf", rendered.pdf)
        return try CommandRunner.run("pdftotext", ["-l", "1", "-enc", "UTF-8", pdf, "-"]).stdout
    }

    @Test(arguments: [
        ("wic2018/wic-plenary.txt", "9 November 2018, 11:11"),
        ("zh-digital-silk-road.md", "2018年11月8日 14:00"),
        ("hi-digital-inclusion-wuzhen.md", "8 नवंबर 2018"),
        // Thai dates count years in the Buddhist era: 2018 CE is 2561 BE.
        ("th-digital-villages-wuzhen.md", "8 พฤศจิกายน 2561 เวลา 16:20"),
    ])
    func dateIsWrittenInTheArticlesLanguage(sample: String, date: String) throws {
        let text = try firstPageText(sample)
        #expect(text.contains(date), "\(sample): \(text.prefix(300))")
    }

    @Test func arabicDateUsesArabicMonthNames() throws {
        let text = try firstPageText("ar-digital-economy-wuzhen.md")
        #expect(text.contains("نوفمبر"))
        #expect(!text.contains("November"))
    }

    /// A language tag Foundation has no locale data for keeps Folio's English form, never ICU's
    /// root-locale fallback ("2018 M11 9").
    @Test(arguments: ["xx", "en-GB", "EN"])
    func unknownAndEnglishTagsKeepTheEnglishForm(language: String) throws {
        let folder = try TemporaryFolder()
        let article = try folder.write("odd.md", """
            ---
            title: A report
            date: 2018-11-09 11:11:21
            language: \(language)
            ---

            Delegates met in Wuzhen.
            """)
        let rendered = try Self.renderer.get().render(try ArticleSource(contentsOf: URL(fileURLWithPath: article), displayName: "odd.md"))
        let pdf = try folder.write("out.pdf", rendered.pdf)
        let text = try CommandRunner.run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).stdout
        #expect(text.contains("9 November 2018, 11:11"), "\(language): \(text.prefix(200))")
    }
}
