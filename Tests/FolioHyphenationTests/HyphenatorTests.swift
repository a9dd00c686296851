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
    #expect(Hyphenator.forLanguage("en") === Hyphenator.forLanguage("en-GB"))
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
