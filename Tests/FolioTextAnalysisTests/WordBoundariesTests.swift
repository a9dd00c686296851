@testable import FolioTextAnalysis
import Testing

@Suite("Word boundaries")
struct WordBoundariesTests {
    @Test("Words and numbers are found, spaces and punctuation skipped")
    func english() {
        let words = WordBoundaries("Hyphenate this, 42 times.").words
        #expect(words.map(\.range) == [0..<9, 10..<14, 16..<18, 19..<24])
        #expect(words.map(\.kind) == [.letters, .letters, .number, .letters])
    }

    @Test("Thai words come from ICU's dictionary")
    func thai() {
        let text = "ฉันไปโรงเรียน"
        let words = WordBoundaries(text).words
        #expect(words.count == 3)
        #expect(words.last?.range.upperBound == text.utf8.count)
    }

    @Test("Japanese is split into dictionary words, none of them hyphenatable letters")
    func japanese() {
        let words = WordBoundaries("日本語のテキスト").words
        #expect(words.map(\.range) == [0..<9, 9..<12, 12..<24])   // 日本語 | の | テキスト
        #expect(words.allSatisfy { $0.kind == .ideographs })
    }

    #if DEBUG
    @Test("Without ICU, runs between whitespace are words")
    func fallback() {
        let words = ICU.$simulatesFailure.withValue(true) { WordBoundaries(" well-known  fact. ") }
        #expect(words.usedFallback)
        #expect(words.words.map(\.range) == [1..<11, 13..<18])
    }
    #endif
}
