import FolioPipeline
import Foundation
import Testing

/// The language samples (`samples/languages/`), each in the default and the two-column layout:
/// the article's language decides the date line and the hyphenation, is written into the PDF
/// catalog, and the text layer carries no bidi controls.
@Suite struct LanguageSamplesTests {
    struct Sample: Sendable, CustomTestStringConvertible {
        var file: String
        /// The language the article declares or identification must find.
        var language: String
        /// The date line's date as the language writes it.
        var date: String
        /// The patterns the language is hyphenated with; nil: none (never another language's).
        var dictionary: String?
        var testDescription: String { file }
    }

    static let samples = [
        Sample(file: "de-stadtbibliothek-nachtoeffnung.txt", language: "de", date: "12. März 2025 um 18:05", dictionary: "hyph_de_DE.dic"),
        Sample(file: "ru-parom-posle-ledokhoda.html", language: "ru", date: "23 апреля 2025 г. в 9:15", dictionary: "hyph_ru_RU.dic"),
        Sample(file: "ja-mujineki-library.txt", language: "ja", date: "2025年5月18日 10:30", dictionary: nil),
        Sample(file: "ko-jeontong-sijang-online.json", language: "ko", date: "2025년 6월 5일 오후 2:20", dictionary: nil),
        Sample(file: "th-pa-chai-len-chumchon.txt", language: "th", date: "14 กรกฎาคม 2568 เวลา 8:45", dictionary: nil),
        Sample(file: "my-kyeywa-lan-thit.md", language: "my", date: "၂၀၂၅ ဩဂုတ် ၂၁ ၁၁:၀၀", dictionary: nil),
        Sample(file: "ta-eri-seeramaippu.md", language: "ta", date: "28 அக்டோபர், 2025", dictionary: "hyph_ta_IN.dic"),
        Sample(file: "fa-ketabforushi-shabaneh.txt", language: "fa", date: "۹ تیر ۱۴۰۴ ساعت ۲۱:۱۰", dictionary: nil),
    ]

    static let layouts = ["a4", "two-column"]
    static let renderer = Result { try ArticleRenderer() }
    static let bidiControls: Set<Unicode.Scalar> = Set(
        [0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069].map { Unicode.Scalar($0)! })

    @Test(arguments: samples, layouts)
    func languageDecidesTheTextLayerDateAndHyphens(sample: Sample, layout: String) throws {
        let url = CommandRunner.repositoryRoot.appendingPathComponent("samples/languages").appendingPathComponent(sample.file)
        let source = try ArticleSource(contentsOf: url, displayName: sample.file)
        let renderer = try Self.renderer.get()
        let article = try renderer.read(source)
        #expect(article.language == sample.language)
        let rendered = try renderer.render(source, layout: .named(layout))
        let folder = try TemporaryFolder()
        let pdf = try folder.write("out.pdf", rendered.pdf)
        let text = try PDFTools.text(pdf)

        // The text layer has no bidi controls. pdftotext's word boxes show the PDF's own text;
        // its plain output wraps every right-to-left line in U+202B … U+202C of its own making,
        // so that is checked only for left-to-right articles.
        let words = try Self.layerText(pdf)
        #expect(!words.isEmpty)
        var controls = words.unicodeScalars.filter(Self.bidiControls.contains)
        if !["fa", "ar", "he"].contains(sample.language) { controls += text.unicodeScalars.filter(Self.bidiControls.contains) }
        #expect(controls.isEmpty, "\(sample.file) \(layout): \(controls.map { String($0.value, radix: 16) })")

        // The catalog names the language, and qpdf finds the file sound after /Lang went in.
        #expect(try Self.catalogLanguage(rendered.pdf) == sample.language)
        let check = try CommandRunner.run("qpdf", ["--check", pdf])
        #expect(check.status == 0 && !check.stderr.contains("WARNING"), "qpdf: \(check.stdout) \(check.stderr)")

        // The date line is in the language, and nothing English stands in for it. (Spaces are
        // left out of the comparison: pdftotext puts some inside Tamil words, and around the
        // left-to-right numbers of a Persian line.)
        let firstPage = try PDFTools.text(pdf, lastPage: 1)
        let unspaced = { (text: String) in String(text.unicodeScalars.filter { !$0.properties.isWhitespace && !Self.bidiControls.contains($0) }) }
        #expect(unspaced(firstPage).contains(unspaced(sample.date)), "\(sample.file) \(layout): \(firstPage.prefix(400))")
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let dateLine = firstPage.split(separator: "\n").first { unspaced(String($0)).contains(unspaced(sample.date)) } ?? ""
        #expect(!months.contains { dateLine.contains($0) }, "\(sample.file): an English month name in \(dateLine)")

        // Every line-end hyphen is in the source text or where the language's patterns allow one.
        // `-raw` keeps the lines as drawn: pdftotext otherwise joins a hyphenated line to the next
        // and drops the hyphen.
        let raw = try CommandRunner.run("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"]).stdout
        let breaks = Self.hyphenBreaks(in: raw, source: [article.title, article.plainBody].joined(separator: "\n"))
        if sample.language == "de" { #expect(breaks.count >= 3, "\(layout): German is hyphenated: \(breaks)") }
        guard let dictionary = sample.dictionary else {
            #expect(breaks.isEmpty, "\(sample.file) \(layout): hyphenated although the language has no patterns: \(breaks)")
            return
        }
        let allowed = try Self.patternBreaks(breaks.map(\.word), dictionary: "/usr/share/hyphen/" + dictionary)
        for (hyphenBreak, positions) in zip(breaks, allowed) {
            #expect(positions.contains(hyphenBreak.position), "\(sample.file) \(layout): \(hyphenBreak) not in \(positions)")
        }
    }

    /// `folio render --language` overrides what the article declares: a German text declared
    /// as nothing, rendered as Dutch, gets a Dutch date line and `/Lang (nl)`.
    @Test func languageOptionOverridesTheArticle() throws {
        let folder = try TemporaryFolder()
        let input = CommandRunner.repositoryRoot.appendingPathComponent("samples/languages/de-stadtbibliothek-nachtoeffnung.txt").path
        let output = folder.path("nl.pdf")
        let result = try CommandRunner.folio(["render", input, "--language", "nl", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = try [UInt8](Data(contentsOf: URL(fileURLWithPath: output)))
        #expect(try Self.catalogLanguage(pdf) == "nl")
        #expect(try PDFTools.text(output, lastPage: 1).contains("12 maart 2025"))
        let bad = try CommandRunner.folio(["render", input, "--language", "German", "-o", output])
        #expect(bad.status != 0 && bad.stderr.contains("'German' is not a language tag"), "\(bad.stderr)")
    }

    /// The text of every word pdftotext finds, as the PDF's text layer has it (`-bbox` output).
    static func layerText(_ pdf: String) throws -> String {
        let html = try CommandRunner.run("pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"]).stdout
        var words: [Substring] = []
        var rest = html[...]
        while let open = rest.range(of: "<word "), let close = rest[open.upperBound...].range(of: ">"),
              let end = rest[close.upperBound...].range(of: "</word>") {
            words.append(rest[close.upperBound..<end.lowerBound])
            rest = rest[end.upperBound...]
        }
        return words.joined(separator: " ")
    }

    /// `folio batch --language` gives every article that language, in its own PDF.
    @Test func batchLanguageOptionReachesEveryArticle() throws {
        let folder = try TemporaryFolder()
        let inputs = ["de-stadtbibliothek-nachtoeffnung.txt", "ru-parom-posle-ledokhoda.html"].map {
            CommandRunner.repositoryRoot.appendingPathComponent("samples/languages").appendingPathComponent($0).path
        }
        let result = try CommandRunner.folio(
            ["batch"] + inputs + ["--collection", "Sprachen", "-o", folder.path("volume.pdf"), "--out-dir", folder.path("out"),
                                  "--language", "de-AT", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let outputs = try FileManager.default.contentsOfDirectory(atPath: folder.path("out")).filter { $0.hasSuffix(".pdf") }
        #expect(outputs.count == 2)
        for name in outputs {
            let pdf = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder.path("out/" + name))))
            #expect(try Self.catalogLanguage(pdf) == "de-AT", "\(name)")
        }
    }

    /// The `/Lang` string of the PDF's catalog object.
    static func catalogLanguage(_ pdf: [UInt8]) throws -> String? {
        let text = String(decoding: pdf, as: UTF8.self)
        guard let catalog = text.range(of: "/Type /Catalog") else { return nil }
        let objectStart = text[..<catalog.lowerBound].range(of: " obj", options: .backwards)?.upperBound ?? catalog.lowerBound
        guard let objectEnd = text[catalog.upperBound...].range(of: "endobj") else { return nil }
        let object = text[objectStart..<objectEnd.lowerBound]
        guard let lang = object.range(of: "/Lang (") else { return nil }
        return String(object[lang.upperBound...].prefix { $0 != ")" })
    }

    struct HyphenBreak: CustomStringConvertible {
        var word: String
        /// Letters before the break.
        var position: Int
        var description: String { "\(word.prefix(position))-\(word.dropFirst(position))" }
    }

    /// Words broken at a line end with a hyphen that is not in the source text.
    ///
    /// Each break is found in the source by the letters around it, spaces left out on both
    /// sides: pdftotext puts spaces inside Tamil words (after a pulli), so the last "word" of a
    /// line is not always a whole one. A line of no letters (a list's bullet, drawn before its
    /// text) is passed over when looking for the continuation.
    static func hyphenBreaks(in text: String, source: String) -> [HyphenBreak] {
        let lines = text.split(separator: "\n").map { $0.unicodeScalars.filter { !$0.properties.isWhitespace } }
        let sourceScalars = Array(source.unicodeScalars)
        // The source without white space, and where each of its scalars is in the source.
        var packed: [Unicode.Scalar] = []
        var origin: [Int] = []
        for (index, scalar) in sourceScalars.enumerated() where !scalar.properties.isWhitespace {
            packed.append(scalar)
            origin.append(index)
        }
        var breaks: [HyphenBreak] = []
        for (index, line) in lines.enumerated() where line.last == "-" && line.count >= 2 {
            let head = Array(line.dropLast().suffix(8))
            guard let before = head.last, before.properties.isAlphabetic || before.properties.generalCategory == .spacingMark
                || before.properties.generalCategory == .nonspacingMark,
                  let next = lines[(index + 1)...].first(where: { $0.contains { $0.properties.isAlphabetic } })
            else { continue }
            let tail = Array(next.prefix(8))
            // A hyphen the text has itself ("E-Mail", "terça-feira") is not Folio's.
            if Self.find(head + ["-"] + tail, in: packed) != nil { continue }
            guard let found = Self.find(head + tail, in: packed) else {
                breaks.append(HyphenBreak(word: String(String.UnicodeScalarView(head + tail)), position: -1))
                continue
            }
            // The source word around the join, without the punctuation at its ends.
            let join = origin[found + head.count]
            let isWordScalar = { (scalar: Unicode.Scalar) in
                scalar.properties.isAlphabetic || [.nonspacingMark, .spacingMark].contains(scalar.properties.generalCategory)
            }
            var start = join, end = join
            while start > 0, isWordScalar(sourceScalars[start - 1]) { start -= 1 }
            while end < sourceScalars.count, isWordScalar(sourceScalars[end]) { end += 1 }
            let word = String(String.UnicodeScalarView(sourceScalars[start..<end]))
            breaks.append(HyphenBreak(word: word.lowercased(), position: join - start))
        }
        return breaks
    }

    /// The index of the first occurrence of `needle` in `haystack`.
    static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// pyphen's positions (in Unicode scalars) where the patterns of `dictionary` allow a break
    /// in each word, with no minimum at either end: the patterns alone.
    static func patternBreaks(_ words: [String], dictionary: String) throws -> [[Int]] {
        guard !words.isEmpty else { return [] }
        let script = """
            import json, sys, pyphen
            d = pyphen.Pyphen(filename=sys.argv[1], left=1, right=1)
            print(json.dumps([d.positions(w) for w in sys.argv[2:]]))
            """
        let result = try CommandRunner.run("python3", ["-c", script, dictionary] + words)
        guard result.status == 0 else {
            Issue.record("pyphen failed (scripts/install-deps.sh installs it): \(result.stderr)")
            return words.map { _ in [] }
        }
        return try JSONDecoder().decode([[Int]].self, from: Data(result.stdout.utf8))
    }
}
