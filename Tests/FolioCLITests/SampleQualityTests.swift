import FolioPipeline
import Foundation
import Testing

/// Every sample, rendered with the default layout, checked as a typographer and an archivist would.
@Suite struct SampleQualityTests {
    static let samples: [String] = {
        let root = CommandRunner.repositoryRoot.appendingPathComponent("samples")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return files.filter { ["txt", "md", "html", "json"].contains(URL(fileURLWithPath: $0).pathExtension) }
            .filter { !$0.hasSuffix("README.md") }
            .sorted()
    }()

    static let renderer = Result { try ArticleRenderer() }

    struct Rendered {
        var folder: TemporaryFolder
        var pdf: String
        var article: Article
        var document: TypesetDocument
        var warnings: [String]
        var layout: LoadedLayout
    }

    func render(_ sample: String, layout: LayoutChoice = .standard) throws -> Rendered {
        let renderer = try Self.renderer.get()
        let url = CommandRunner.repositoryRoot.appendingPathComponent("samples").appendingPathComponent(sample)
        let source = try ArticleSource(contentsOf: url, displayName: sample)
        let rendered = try renderer.render(source, layout: layout)
        let folder = try TemporaryFolder()
        let pdf = try folder.write("out.pdf", rendered.pdf)
        let document = try renderer.typeset(rendered.article, layout: rendered.layout)
        return Rendered(folder: folder, pdf: pdf, article: rendered.article, document: document,
                        warnings: rendered.warnings, layout: rendered.layout)
    }

    @Test(arguments: samples)
    func everyCharacterComesBack(_ sample: String) throws {
        let rendered = try render(sample)
        #expect(!rendered.warnings.contains { $0.contains("no installed font") }, "\(rendered.warnings)")
        let extracted = try CommandRunner.run("pdftotext", ["-raw", "-enc", "UTF-8", rendered.pdf, "-"]).stdout
        var available = Self.characterCounts(extracted)
        let source = rendered.article.title + rendered.article.plainBody
        var missing: [Unicode.Scalar: Int] = [:]
        for (character, count) in Self.characterCounts(source) {
            let have = available[character, default: 0]
            if have < count { missing[character] = count - have }
            available[character] = max(0, have - count)
        }
        #expect(missing.isEmpty, "characters missing from the PDF text of \(sample): \(missing.sorted { $0.value > $1.value }.prefix(10))")
    }

    @Test(arguments: samples)
    func pdfIsCleanWithEveryFontEmbedded(_ sample: String) throws {
        let rendered = try render(sample)
        let check = try CommandRunner.run("qpdf", ["--check", rendered.pdf])
        #expect(check.status == 0 && !check.stdout.contains("WARNING"), "qpdf --check on \(sample): \(check.stdout) \(check.stderr)")
        for font in try PDFTools.fonts(rendered.pdf) { #expect(font.embedded, "\(sample): \(font.name) not embedded") }
    }

    @Test(arguments: samples)
    func noLineRunsPastItsColumnAndNoWidowsOrOrphans(_ sample: String) throws {
        try checkColumnsAndSplits(try render(sample), sample: sample)
    }

    @Test(arguments: ["wic2018/wic-feature-digital-commons.md", "mixed-delegates-phrasebook.md", "wic2018/wic-plenary.txt"])
    func twoColumnLayoutKeepsToItsColumns(_ sample: String) throws {
        try checkColumnsAndSplits(try render(sample, layout: .named("two-column")), sample: sample)
    }

    private func checkColumnsAndSplits(_ rendered: Rendered, sample: String) throws {
        let style = rendered.layout.style
        let columns = (0..<style.columns).map { index -> ClosedRange<Double> in
            let left = style.margins.left + Double(index) * (style.columnWidth + style.columnGap)
            return left...(left + style.columnWidth)
        }
        let textArea = style.margins.left...(style.pageSize.width - style.margins.right)
        let tolerance = 0.6
        // Invisible controls (bidi isolates) are drawn as zero-advance glyphs that poppler boxes
        // with the glyph's nominal width; they cannot run past anything a reader sees.
        let visibleWords = try BoundingBoxes.words(rendered.pdf).filter { word in
            !word.text.unicodeScalars.allSatisfy { $0.properties.generalCategory == .format }
        }
        for word in visibleWords {
            // Words in the body sit in one column; the title block and running heads span the text area.
            let inColumn = columns.contains { $0.lowerBound - tolerance <= word.xMin && word.xMax <= $0.upperBound + tolerance }
            let inTextArea = textArea.lowerBound - tolerance <= word.xMin && word.xMax <= textArea.upperBound + tolerance
            #expect(inColumn || (inTextArea && style.columns > 1), "“\(word.text)” on page \(word.page) runs past its column: \(word.xMin)–\(word.xMax)")
            #expect(inTextArea, "“\(word.text)” on page \(word.page) leaves the text area")
        }
        for split in rendered.document.diagnostics.splits {
            #expect(split.isClean, "\(sample): a paragraph split \(split.linesBefore)/\(split.linesAfter) leaves a widow or orphan")
        }
        #expect(rendered.document.diagnostics.strandedHeadings == 0, "\(sample): a heading ends a column")
    }

    /// Non-space code points after NFKC (so presentation forms and ligatures compare as letters,
    /// and a combining mark counts whether poppler puts it before or after its base).
    static func characterCounts(_ text: String) -> [Unicode.Scalar: Int] {
        var counts: [Unicode.Scalar: Int] = [:]
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars where !scalar.properties.isWhitespace {
            counts[scalar, default: 0] += 1
        }
        return counts
    }
}
