@testable import FolioTextAnalysis
import Testing

/// The clusters of `text` as strings.
private func clusters(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return GraphemeClusters(text).ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
}

@Suite("Grapheme clusters (UAX #29)")
struct GraphemeClustersTests {
    @Test("A Devanagari conjunct is one cluster")
    func devanagariConjunct() {
        #expect(clusters("क्ष") == ["क्ष"])
        #expect(clusters("हिन्दी") == ["हि", "न्दी"])
    }

    @Test("An emoji ZWJ sequence, a flag and a skin tone are one cluster each")
    func emoji() {
        #expect(clusters("👩‍💻🇫🇷👍🏽") == ["👩‍💻", "🇫🇷", "👍🏽"])
    }

    @Test("Combining marks stay with their base, and offsets are UTF-8 bytes")
    func combiningMarks() {
        let clusters = GraphemeClusters("e\u{301}a\r\n")
        #expect(clusters.boundaries == [0, 3, 4, 6])
        #expect(clusters.count == 3)
        #expect(clusters.cluster(containing: 1) == 0..<3)
        #expect(clusters.cluster(containing: 5) == 4..<6)
        #expect(clusters.cluster(containing: 6) == nil)
        #expect(!clusters.usedFallback)
    }

    @Test("Empty text has no clusters")
    func empty() {
        #expect(GraphemeClusters("").boundaries == [0])
        #expect(GraphemeClusters("").ranges.isEmpty)
    }

    @Test("A 50,000-character word has 50,000 clusters")
    func longWord() {
        #expect(GraphemeClusters(String(repeating: "ñ", count: 50_000)).count == 50_000)
    }

    @Test("A base with 50,000 combining marks is one cluster")
    func endlessMarks() {
        let text = "a" + String(repeating: "\u{301}", count: 50_000) + "b"
        #expect(GraphemeClusters(text).boundaries == [0, 100_001, 100_002])
    }

    #if DEBUG
    @Test("Without ICU, Swift's Character boundaries are used")
    func fallback() {
        let text = "क्ष👩‍💻e\u{301}"
        let fallback = ICU.$simulatesFailure.withValue(true) { GraphemeClusters(text) }
        #expect(fallback.usedFallback)
        #expect(fallback.boundaries == GraphemeClusters(text).boundaries)
    }
    #endif
}
