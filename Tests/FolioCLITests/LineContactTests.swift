import FolioPipeline
import Foundation
import Testing

/// No two text lines touch on page 1 at 150 dpi (issue 14): tall scripts get the room their
/// fonts need, in the default and the two-column layout, title block included.
@Suite struct LineContactTests {
    static let layouts: [String] = ["a4", "two-column"]

    @Test(arguments: ScriptArticles.tall.keys.sorted(), layouts)
    func tallScriptLinesKeepApart(_ script: String, _ layout: String) throws {
        let article = try #require(ScriptArticles.tall[script])
        let rendered = try ScriptRendering.render(article, name: script, layout: .named(layout))
        let contacts = try InkGaps().contacts(pdf: rendered.pdf, em: rendered.layout.style.body.size)
        #expect(contacts.isEmpty, "\(script), \(layout): \(contacts.count) contacts, first \(contacts.prefix(5))")
    }

    /// Every article in samples/ (the seed, Arabic, Hindi, Thai, Chinese, mixed scripts, and
    /// whatever languages are added there), in both layouts.
    @Test(arguments: SampleQualityTests.samples, layouts)
    func sampleLinesKeepApart(_ sample: String, _ layout: String) throws {
        let renderer = try ScriptRendering.renderer.get()
        let url = CommandRunner.repositoryRoot.appendingPathComponent("samples").appendingPathComponent(sample)
        let rendered = try renderer.render(try ArticleSource(contentsOf: url, displayName: sample), layout: .named(layout))
        let folder = try TemporaryFolder()
        let pdf = try folder.write("sample.pdf", rendered.pdf)
        let contacts = try InkGaps().contacts(pdf: pdf, em: rendered.layout.style.body.size)
        #expect(contacts.isEmpty, "\(sample), \(layout): \(contacts.count) contacts, first \(contacts.prefix(5))")
    }

    /// The check itself finds lines that touch: Latin set solid at the smallest leading a
    /// layout allows (0.8 × the size) has descenders running into the capitals below.
    @Test func checkFindsTouchingLines() throws {
        let folder = try TemporaryFolder()
        let layout = try folder.write("solid.yaml", """
            extends: a4
            body: {size: 12pt, leading: 9.7pt}
            """)
        let paragraph = "Quietly typography juggles glyphs: SPQR, Gdansk, Bjorg, Ypsilanti and Zygmunt get equal play. "
        let article = """
            ---
            title: Solid setting
            date: 2024-06-12
            ---

            \(String(repeating: paragraph, count: 8))
            """
        let rendered = try ScriptRendering.render(article, name: "solid", layout: .named(layout))
        let contacts = try InkGaps().contacts(pdf: rendered.pdf, em: 12)
        #expect(contacts.count >= 10, "only \(contacts.count) contacts found in solid-set Latin")
    }
}
