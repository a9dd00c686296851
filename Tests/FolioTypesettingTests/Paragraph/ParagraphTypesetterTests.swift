@testable import FolioTypesetting
import FolioModel
import Foundation
import Testing

/// Setting paragraphs with the bundled fonts: lines stay in the measure and keep their text.
@Suite struct ParagraphTypesetterTests {
    static let fonts: Result<FontLibrary, FontError> = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return Result { () throws(FontError) in try FontLibrary(bundledFontsDirectory: root.appendingPathComponent("fonts").path) }
    }()

    static let body = TextStyle(family: "Noto Serif", size: 10.5, leading: 14)
    static let text = """
        Delegates from more than seventy countries gathered in the water town for three days of \
        speeches, forums and exhibitions about the future of the network, and the corridors were \
        busy with engineers, diplomats and reporters comparing notes between sessions.
        """

    func typeset(_ text: String, measure: Double = 200, alignment: Alignment = .justify, language: String = "en") throws -> TypesetParagraph {
        let typesetter = ParagraphTypesetter(
            fonts: try Self.fonts.get(), lineBreaker: KnuthPlassBreaker(), fallbackFamilies: ["Noto Sans CJK SC", "Noto Naskh Arabic"])
        return try typesetter.typeset(
            [Span(text)], style: Self.body, measure: measure, alignment: alignment, language: language, hyphenator: nil)
    }

    /// Remembers the words it is asked to hyphenate.
    final class RecordingHyphenator: Hyphenating, @unchecked Sendable {
        var words: [String] = []
        func hyphenationPoints(in word: String) -> [Int] {
            words.append(word)
            return []
        }
    }

    @Test func quotedWordsAndPossessivesAreHyphenatedToo() throws {
        let hyphenator = RecordingHyphenator()
        let typesetter = ParagraphTypesetter(fonts: try Self.fonts.get(), lineBreaker: KnuthPlassBreaker(), fallbackFamilies: [])
        _ = try typesetter.typeset(
            [Span("a “digital commons”, «ouvert» and the conference's country’s \"delegates\" 5G-ready")],
            style: Self.body, measure: 200, alignment: .justify, language: "en", hyphenator: hyphenator)
        // Only the letters go to the patterns: quotes and guillemets trimmed, 's and ’s left off.
        #expect(hyphenator.words == ["digital", "commons", "ouvert", "conference", "country", "delegates", "ready"])
    }

    @Test func linesStayInsideTheMeasure() throws {
        let paragraph = try typeset(Self.text)
        #expect(paragraph.lines.count > 2)
        for line in paragraph.lines { #expect(line.width <= 200.01, "line of \(line.width) pt") }
        // Justified lines (all but the last) fill the measure.
        for line in paragraph.lines.dropLast() { #expect(abs(line.width - 200) < 0.01) }
    }

    @Test func everyCharacterIsInTheRunsText() throws {
        let paragraph = try typeset(Self.text)
        let runsText = paragraph.lines.flatMap(\.runs).map(\.text).joined(separator: " ")
        let normalise = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(normalise(runsText) == normalise(Self.text))
    }

    @Test func clustersCoverEachRunsTextExactly() throws {
        for sample in [Self.text, "مؤتمر الإنترنت العالمي في ووتشن", "第五届世界互联网大会在乌镇开幕。", "डिजिटल समावेशन पर ज़ोर"] {
            for run in try typeset(sample).lines.flatMap(\.runs) {
                #expect(run.clusters.reduce(0) { $0 + $1.byteCount } == run.text.utf8.count)
                #expect(run.clusters.reduce(0) { $0 + $1.glyphCount } == run.glyphs.count)
            }
        }
    }

    @Test func arabicRunsAreRightToLeftAndRightAligned() throws {
        let paragraph = try typeset("شاركت وفود من عدد من الدول العربية في أعمال المؤتمر", measure: 400, alignment: .left, language: "ar")
        let runs = paragraph.lines.flatMap(\.runs)
        #expect(runs.allSatisfy { $0.clustersBackward })
        // Ragged text in a right-to-left paragraph hangs from the right edge.
        let line = try #require(paragraph.lines.first)
        let right = line.runs.map { $0.origin.x + $0.width }.max() ?? 0
        #expect(abs(right - 400) < 0.01)
    }

    @Test func chineseFallsBackToACJKFontAndBreaksBetweenCharacters() throws {
        let paragraph = try typeset(String(repeating: "第五届世界互联网大会在乌镇开幕。", count: 6), measure: 150, language: "zh")
        #expect(paragraph.missingScalars.isEmpty)
        #expect(paragraph.lines.count > 3)
        #expect(paragraph.lines.flatMap(\.runs).allSatisfy { $0.font.path.contains("CJK") })
        // No line starts with the closing full stop (UAX #14: no break before closing punctuation).
        for line in paragraph.lines { #expect(line.runs.first?.text.hasPrefix("。") != true) }
    }
}
