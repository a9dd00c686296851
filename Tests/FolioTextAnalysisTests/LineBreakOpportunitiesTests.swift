@testable import FolioTextAnalysis
import Testing

/// The text between consecutive break opportunities: the pieces a line breaker may put
/// on different lines.
private func segments(_ text: String, locale: String? = nil) -> [String] {
    var start = 0
    return LineBreakOpportunities(text, locale: locale).offsets.map { end in
        defer { start = end }
        return String(decoding: Array(text.utf8)[start..<end], as: UTF8.self)
    }
}

@Suite("Line-break opportunities (UAX #14)")
struct LineBreakOpportunitiesTests {
    @Test("English breaks after spaces and after hyphens")
    func english() {
        #expect(segments("A well-known fact.") == ["A ", "well-", "known ", "fact."])
    }

    @Test("Offsets are UTF-8 bytes, and the end of the text is a mandatory break")
    func offsetsAreUTF8() {
        let breaks = LineBreakOpportunities("café au lait")
        #expect(breaks.breaks == [
            .init(offset: 6, isMandatory: false),
            .init(offset: 9, isMandatory: false),
            .init(offset: 13, isMandatory: true),
        ])
        #expect(!breaks.usedFallback)
    }

    @Test("Empty text has no opportunities")
    func empty() {
        #expect(LineBreakOpportunities("").breaks.isEmpty)
    }

    @Test("Numbers stay whole", arguments: ["3.14", "1,000", "-42.5%", "$1,000.00"])
    func numbers(number: String) {
        #expect(segments("pi is \(number) today") == ["pi ", "is ", "\(number) ", "today"])
    }

    @Test("Line feeds and separators are mandatory breaks")
    func mandatory() {
        let breaks = LineBreakOpportunities("one two\nthree\r\nfour\u{2028}five")
        #expect(breaks.breaks.filter(\.isMandatory).map(\.offset) == [8, 15, 22, 26])
        #expect(breaks.breaks.filter { !$0.isMandatory }.map(\.offset) == [4])
    }

    @Test("CJK breaks between ideographs, never before closing nor after opening punctuation")
    func chinese() {
        #expect(segments("我们说「你好」，然后（笑）。") ==
            ["我", "们", "说", "「你", "好」，", "然", "后", "（笑）。"])
    }

    @Test("Japanese with kana breaks between characters, keeping 。 with its word")
    func japanese() {
        #expect(segments("日本語の文章です。", locale: "ja") ==
            ["日", "本", "語", "の", "文", "章", "で", "す。"])
    }

    @Test("Thai, written without spaces, breaks at dictionary words")
    func thai() {
        // "I go to school" = ฉัน ไป โรงเรียน
        #expect(segments("ฉันไปโรงเรียน") == ["ฉัน", "ไป", "โรงเรียน"])
    }

    @Test("Khmer and Lao break at dictionary words too")
    func khmerAndLao() {
        #expect(segments("ខ្ញុំស្រលាញ់អ្នក").count > 1)
        #expect(segments("ພາສາລາວ").count > 1)
    }

    @Test("An unknown locale still uses ICU's root rules")
    func unknownLocale() {
        let breaks = LineBreakOpportunities("a b", locale: "xx-nonsense")
        #expect(!breaks.usedFallback)
        #expect(breaks.offsets == [2, 3])
    }

    @Test("A 50,000-character word is one segment, found quickly")
    func longWord() {
        let word = String(repeating: "a", count: 50_000)
        #expect(LineBreakOpportunities("x \(word) y").offsets == [2, 50_003, 50_004])
    }

    @Test("A long Thai run without spaces is handled")
    func longThai() {
        let text = String(repeating: "ฉันไปโรงเรียน", count: 4_000)
        let breaks = LineBreakOpportunities(text)
        #expect(breaks.breaks.count == 12_000)
    }

    #if DEBUG
    @Test("Without ICU, breaks fall back to spaces and line separators")
    func fallback() {
        let breaks = ICU.$simulatesFailure.withValue(true) {
            LineBreakOpportunities("one  two\r\nthree\tfour")
        }
        #expect(breaks.usedFallback)
        #expect(breaks.breaks == [
            .init(offset: 5, isMandatory: false),
            .init(offset: 10, isMandatory: true),
            .init(offset: 16, isMandatory: false),
            .init(offset: 20, isMandatory: true),
        ])
    }
    #endif
}
