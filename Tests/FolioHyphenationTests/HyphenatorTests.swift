import Testing
@testable import FolioHyphenation

/// Joins the fragments of `word` between `points` with "-", to read results as people write them.
private func hyphenated(_ word: String, at points: [Int]) -> String {
    let bytes = Array(word.utf8)
    var parts: [String] = []
    var start = 0
    for end in points + [bytes.count] {
        parts.append(String(decoding: bytes[start..<end], as: UTF8.self))
        start = end
    }
    return parts.joined(separator: "-")
}

private func english() throws -> Hyphenator { try #require(Hyphenator.forLanguage("en-US")) }

@Test func englishWordsGetTheirPatternHyphens() throws {
    let hyphenator = try english()
    #expect(hyphenator.hyphenationPoints(in: "hyphenation") == [2, 6])
    #expect(hyphenated("typography", at: hyphenator.hyphenationPoints(in: "typography")) == "ty-pog-ra-phy")
    #expect(hyphenated("newspaper", at: hyphenator.hyphenationPoints(in: "newspaper")) == "news-pa-per")
    #expect(hyphenated("Conference", at: hyphenator.hyphenationPoints(in: "Conference")) == "Con-fer-ence")
}

@Test func fragmentMinimumsAreTwoLeftAndThreeRight() throws {
    let hyphenator = try english()
    // The patterns also allow "com-put-er"; "er" alone is too short to carry over.
    #expect(hyphenated("computer", at: hyphenator.hyphenationPoints(in: "computer")) == "com-puter")
    #expect(hyphenator.hyphenationPoints(in: "into").isEmpty)
    let strict = try Hyphenator(contentsOf: hyphenator.path, minimumLeft: 4, minimumRight: 4)
    #expect(hyphenated("typography", at: strict.hyphenationPoints(in: "typography")) == "typog-raphy")
}

@Test func acronymsDigitsAndLongRunsAreLeftWhole() throws {
    let hyphenator = try english()
    #expect(hyphenator.hyphenationPoints(in: "UNESCO").isEmpty)
    #expect(hyphenator.hyphenationPoints(in: "covid19pandemic").isEmpty)
    #expect(hyphenator.hyphenationPoints(in: String(repeating: "abc", count: 20_000)).isEmpty)
    #expect(hyphenator.hyphenationPoints(in: "").isEmpty)
}

@Test func punctuationAroundAndInsideWordsIsTolerated() throws {
    let hyphenator = try english()
    let quoted = "«internationalization»"
    #expect(hyphenated(quoted, at: hyphenator.hyphenationPoints(in: quoted)) == "«in-ter-na-tion-al-iza-tion»")
    let french = try #require(Hyphenator.forLanguage("fr"))
    #expect(hyphenated("l'information", at: french.hyphenationPoints(in: "l'information")) == "l'in-for-ma-tion")
}

@Test func offsetsAreUTF8BytesIntoTheWordAsGiven() throws {
    // German patterns are ISO 8859-1; "ö" and "ß" are two UTF-8 bytes each.
    let german = try #require(Hyphenator.forLanguage("de-DE"))
    #expect(german.hyphenationPoints(in: "Größenordnung") == [4, 8, 11])
    #expect(hyphenated("Größenordnung", at: german.hyphenationPoints(in: "Größenordnung")) == "Grö-ßen-ord-nung")
    let spanish = try #require(Hyphenator.forLanguage("es"))
    #expect(hyphenated("información", at: spanish.hyphenationPoints(in: "información")) == "in-for-ma-ción")
}

@Test func devanagariBreaksOnlyBetweenClusters() throws {
    let hindi = try #require(Hyphenator.forLanguage("hi"))
    let word = "अंतरराष्ट्रीय"
    let points = hindi.hyphenationPoints(in: word)
    #expect(!points.isEmpty)
    let clusterStarts = Set(word.indices.map { word.utf8.distance(from: word.startIndex, to: $0) })
    #expect(points.allSatisfy(clusterStarts.contains))
}

@Test func languageTagsPickTheClosestDictionary() throws {
    #expect(Hyphenator.forLanguage("en")?.path.hasSuffix("hyph_en_US.dic") == true)
    #expect(Hyphenator.forLanguage("EN_us.UTF-8")?.path.hasSuffix("hyph_en_US.dic") == true)
    #expect(Hyphenator.forLanguage("de-CH")?.path.hasSuffix("hyph_de_DE.dic") == true)
    #expect(Hyphenator.forLanguage("it")?.path.hasSuffix("hyph_it_IT.dic") == true)
    #expect(Hyphenator.forLanguage("hi")?.path.hasSuffix("hyph_hi_IN.dic") == true)
    #expect(Hyphenator.forLanguage("en") === Hyphenator.forLanguage("en-US"))
    #expect(Hyphenator.forLanguage("en-GB")?.path.hasSuffix("hyph_en_GB.dic") == true)
}

/// Every language Debian has patterns for is hyphenated with its own, whatever their
/// charset (Russian's are KOI8-R, Polish and Czech ISO 8859-2, Greek ISO 8859-7). The expected
/// breaks are pyphen's reading of the same files (left 2, right 3, as Folio sets them); before
/// the 8-bit charsets were read, these dictionaries failed to load and nothing was hyphenated.
@Test(arguments: [
    ("ru", "документация", "до-ку-мен-та-ция"), ("uk", "університет", "уні-ве-р-си-тет"), ("pl", "rzeczywistość", "rze-czy-wi-stość"),
    ("cs", "zastupitelstvo", "za-stu-pi-tel-stvo"), ("el", "πανεπιστήμιο", "πα-νε-πι-στή-μιο"), ("sv", "kommunfullmäktige", "kom-mun-full-mäk-tige"),
    ("nl", "gemeenteraad", "ge-meen-te-raad"), ("de", "Stadtbibliothek", "Stadt-bi-blio-thek"),
])
func patternsInEveryCharsetHyphenate(language: String, word: String, expected: String) throws {
    let hyphenator = try #require(Hyphenator.forLanguage(language), "no patterns for \(language)")
    let points = Set(hyphenator.hyphenationPoints(in: word))
    let expectedPoints = Set(expected.split(separator: "-").dropLast().reduce(into: [Int]()) { offsets, part in
        offsets.append((offsets.last ?? 0) + part.utf8.count)
    })
    // libhyphen (what LibreOffice and Folio use) allows a subset of pyphen's breaks for some
    // words (Russian "до-ку-мен-та-ция" gives only "докумен-та-ция"); it never allows more.
    #expect(!points.isEmpty && points.isSubset(of: expectedPoints), "\(language): \(word) → \(points.sorted()), pyphen \(expected)")
}

/// A language gets only its own patterns: Serbian in Latin letters never the Cyrillic ones,
/// Norwegian the Bokmål ones, and a language without patterns (Persian, Japanese) or one
/// whose typography does not hyphenate (Thai) nothing.
@Test func languagesGetOnlyTheirOwnPatterns() throws {
    #expect(Hyphenator.forLanguage("sr-Latn")?.path.hasSuffix("hyph_sr-Latn_RS.dic") == true)
    #expect(Hyphenator.forLanguage("sr")?.path.hasSuffix("hyph_sr_RS.dic") == true)
    #expect(Hyphenator.forLanguage("sr-Cyrl-ME")?.path.hasSuffix("hyph_sr_RS.dic") == true)
    #expect(Hyphenator.forLanguage("no")?.path.hasSuffix("hyph_nb_NO.dic") == true)
    #expect(Hyphenator.forLanguage("pt-BR")?.path.hasSuffix("hyph_pt_BR.dic") == true)
    #expect(Hyphenator.forLanguage("ta")?.path.hasSuffix("hyph_ta_IN.dic") == true)
    for language in ["fa", "ja", "ko", "zh-Hans", "my", "th", "und"] {
        #expect(Hyphenator.forLanguage(language) == nil, "\(language)")
    }
}

@Test func unknownLanguagesHaveNoHyphenator() {
    #expect(Hyphenator.forLanguage("zz") == nil)
    #expect(Hyphenator.forLanguage("") == nil)
    #expect(Hyphenator.forLanguage("../../etc/passwd") == nil)
    #expect(throws: HyphenationError.cannotLoad(path: "/nonexistent.dic")) {
        try Hyphenator(contentsOf: "/nonexistent.dic")
    }
}

@Test func oneHyphenatorServesManyThreads() async throws {
    let hyphenator = try english()
    let results = await withTaskGroup(of: [Int].self) { group in
        for _ in 0..<8 { group.addTask { hyphenator.hyphenationPoints(in: "hyphenation") } }
        return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results == Array(repeating: [2, 6], count: 8))
}

/// Tamil is hyphenated between its letters (never inside a consonant–vowel-sign cluster), as
/// Debian's `hyphen-ta` patterns say.
@Test func tamilWordsBreakBetweenLetters() throws {
    let tamil = try #require(Hyphenator.forLanguage("ta"))
    let word = "ஒருங்கிணைப்பாளர்"
    let points = tamil.hyphenationPoints(in: word)
    #expect(!points.isEmpty)
    let clusterStarts = Set(word.indices.map { word.utf8.distance(from: word.startIndex, to: $0) })
    #expect(points.allSatisfy(clusterStarts.contains), "\(points)")
}
