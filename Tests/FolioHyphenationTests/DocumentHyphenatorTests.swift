import Foundation
import Testing
@testable import FolioHyphenation

/// A hyphenator for one document loads only the patterns its words need, and must answer
/// exactly as the whole dictionary does.

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

private func words(of text: String) -> [String] {
    text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
}

private func sampleText(_ path: String) throws -> String {
    try String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)
}

@Test(arguments: ["samples/wic2018/wic-plenary.txt", "samples/wic2018/wic-feature-digital-commons.md"])
func englishDocumentAnswersAsTheWholeDictionary(sample: String) throws {
    let text = try sampleText(sample)
    let whole = try #require(Hyphenator.forLanguage("en"))
    let partial = try Hyphenator(contentsOf: whole.path, wordsOf: text) { nil }
    var hyphenated = 0
    for word in words(of: text) {
        let points = whole.hyphenationPoints(in: word)
        #expect(partial.hyphenationPoints(in: word) == points, "\(word)")
        if !points.isEmpty { hyphenated += 1 }
    }
    #expect(hyphenated > 100)
}

@Test func compoundDictionariesAnswerAsTheWholeDictionary() throws {
    // German (ISO 8859-1) and French both have a second level (NEXTLEVEL) for compounds.
    let texts = [
        "de": "Die Donaudampfschifffahrtsgesellschaft meldet Größenordnungen, Zeitungsartikel und Weltinternetkonferenzen in Wuzhen.",
        "fr": "L'information sur la cinquième Conférence mondiale de l'Internet, porte-parole et arc-en-ciel inclus.",
    ]
    for (language, text) in texts {
        let whole = try #require(Hyphenator.forLanguage(language))
        let partial = try Hyphenator(contentsOf: whole.path, wordsOf: text) { nil }
        for word in words(of: text) {
            #expect(partial.hyphenationPoints(in: word) == whole.hyphenationPoints(in: word), "\(language): \(word)")
        }
    }
}

@Test func wordsOutsideTheDocumentAskTheWholeDictionary() throws {
    let whole = try #require(Hyphenator.forLanguage("en"))
    let partial = try Hyphenator(contentsOf: whole.path, wordsOf: "The conference opened in Wuzhen.") { whole }
    #expect(partial.hyphenationPoints(in: "conference") == whole.hyphenationPoints(in: "conference"))
    #expect(partial.hyphenationPoints(in: "typography") == [2, 5, 7])
    let alone = try Hyphenator(contentsOf: whole.path, wordsOf: "The conference opened in Wuzhen.") { nil }
    #expect(alone.hyphenationPoints(in: "typography").isEmpty)
}

@Test func aShortDocumentNeedsFewPatterns() throws {
    let whole = try #require(Hyphenator.forLanguage("en"))
    let dictionary = try [UInt8](Data(contentsOf: URL(fileURLWithPath: whole.path)))
    let text = try sampleText("samples/wic2018/wic-plenary.txt").lowercased()
    let runs = Set(text.split(whereSeparator: { !$0.isLetter }).map { Array($0.utf8) })
    let selection = PatternSelection(dictionary: dictionary, words: runs)
    #expect(selection.totalPatterns > 10_000)
    #expect(selection.keptPatterns > 100)
    #expect(selection.keptPatterns < selection.totalPatterns / 10)
    // The keywords survive the selection.
    let kept = String(decoding: selection.text, as: UTF8.self)
    #expect(kept.hasPrefix("UTF-8\n"))
    #expect(kept.contains("LEFTHYPHENMIN 2\n"))
}

@Test func aMissingDictionaryIsAnError() {
    #expect(throws: HyphenationError.cannotLoad(path: "/nonexistent/hyph_xx.dic")) {
        try Hyphenator(contentsOf: "/nonexistent/hyph_xx.dic", wordsOf: "words") { nil }
    }
}
