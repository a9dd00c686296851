import FolioTextAnalysis
import Testing

/// Each run as "text:Script".
private func runs(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return ScriptItemizer.runs(in: text).map { "\(String(decoding: bytes[$0.range], as: UTF8.self)):\($0.script)" }
}

@Suite("Script itemization")
struct ScriptItemizerTests {
    @Test("Chinese, Arabic and English split into runs; spaces and punctuation join the run before")
    func mixedScripts() {
        #expect(runs("新闻 News: خبر عاجل 2024!") ==
            ["新闻 :Hani", "News: :Latn", "خبر عاجل 2024!:Arab"])
    }

    @Test("Leading neutrals join the first run")
    func leadingNeutrals() {
        #expect(runs("“123” नमस्ते") == ["“123” नमस्ते:Deva"])
        #expect(runs("(1) สวัสดี world") == ["(1) สวัสดี :Thai", "world:Latn"])
    }

    @Test("Combining marks stay in their base's run")
    func combiningMarks() {
        #expect(runs("cafe\u{301} ок") == ["cafe\u{301} :Latn", "ок:Cyrl"])
    }

    @Test("A closing bracket takes the script of its opening bracket")
    func pairedBrackets() {
        #expect(runs("中文（English）。") == ["中文（:Hani", "English:Latn", "）。:Hani"])
        #expect(runs("Tokyo (東京) is big") == ["Tokyo (:Latn", "東京:Hani", ") is big:Latn"])
    }

    @Test("Unbalanced and mismatched brackets do no harm")
    func unbalancedBrackets() {
        #expect(runs("a) b] 中(") == ["a) b] :Latn", "中(:Hani"])
        #expect(runs("(中[a)") == ["(中[:Hani", "a:Latn", "):Hani"])
    }

    @Test("Text without letters is one Common run; empty text has none")
    func commonOnly() {
        #expect(ScriptItemizer.runs(in: "12 + 3 = 15") == [ScriptRun(range: 0..<11, script: .common)])
        #expect(ScriptItemizer.runs(in: "").isEmpty)
    }

    @Test("Runs cover the text with UTF-8 offsets, also for 3 MB and deep brackets")
    func largeText() {
        let text = String(repeating: "Folio 新闻 (خبر) ", count: 150_000) + String(repeating: "(", count: 100_000)
        let found = ScriptItemizer.runs(in: text)
        #expect(found.first?.range.lowerBound == 0)
        #expect(found.last?.range.upperBound == text.utf8.count)
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.range.upperBound == $1.range.lowerBound })
        // "Folio " | "新闻 (" | "خبر" | ") ": the closing bracket returns to Han.
        #expect(found.count == 4 * 150_000)
    }
}
