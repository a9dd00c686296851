@testable import FolioTextAnalysis
import Testing

/// Line starts (the text after each break) under a language's tailoring.
private func lineStarts(_ text: String, language: String?) -> [String] {
    let bytes = Array(text.utf8)
    return LineBreakOpportunities(text, tailoring: LineBreakTailoring(language: language)).offsets.dropLast().map { offset in
        String(decoding: bytes[offset...], as: UTF8.self)
    }
}

@Suite("Line-break tailoring by language")
struct LineBreakTailoringTests {
    /// Strict kinsoku: what may never begin a Japanese line.
    static let japaneseNonStarters: [Character] = Array("ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー、。」』）〕】")

    @Test("Japanese: small kana, ー, closing brackets and 、。 never start a line")
    func japaneseStrict() {
        let text = "チョコレートを買った。「ちょっと待って」とキャッシャーのジョーさんが言った。ァィゥェォヮヵヶ"
        let starts = lineStarts(text, language: "ja")
        #expect(!starts.isEmpty)
        for start in starts {
            #expect(!Self.japaneseNonStarters.contains(start.first!), "a line would start “\(start.prefix(3))”")
        }
        // ICU's plain Japanese rules ("normal") would break before ョ and ー: the tailoring matters.
        let normal = LineBreakOpportunities(text, locale: "ja").offsets.dropLast().map { offset in
            String(decoding: Array(text.utf8)[offset...], as: UTF8.self)
        }
        #expect(normal.contains { $0.first == "ョ" || $0.first == "ー" })
        // Between ordinary kana and kanji the breaks are all still there.
        #expect(lineStarts("本を読む", language: "ja-JP").map(\.first) == ["を", "読", "む"])
    }

    @Test("Korean keeps words whole and breaks at spaces and after punctuation")
    func koreanKeepAll() {
        let text = "자세한 내용은 누리집을 참고하십시오. “역사와 언어”라고 말했다"
        let firstWords = lineStarts(text, language: "ko").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(firstWords == ["내용은", "누리집을", "참고하십시오.", "“역사와", "언어”라고", "말했다"])
        // Without the tailoring, ICU breaks between any two syllables.
        #expect(lineStarts(text, language: nil).contains("오. “역사와 언어”라고 말했다"))
    }

    @Test("Other languages are untouched")
    func others() {
        let text = "A well-known fact. 中文文本。"
        #expect(LineBreakOpportunities(text, tailoring: LineBreakTailoring(language: "en")).breaks
            == LineBreakOpportunities(text, locale: "en").breaks)
        #expect(LineBreakTailoring(language: "zh-Hant") == LineBreakTailoring(language: "zh-Hant"))
        #expect(!LineBreakTailoring(language: "zh").keepsWordsWhole)
        #expect(LineBreakTailoring(language: nil).icuLocale.isEmpty)
    }
}
