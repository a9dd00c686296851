@testable import FolioTypesetting

/// A paragraph as line items, built from text the way the paragraph builder will: fixed-width
/// characters (5.5 pt), interword glue 3.3 pt stretching 1.65 and shrinking 1.1, and flagged
/// hyphen penalties inside long words.
struct ParagraphFixture {
    static let characterWidth = 5.5
    static let hyphenWidth = 3.3

    var items: [LineItem] = []
    /// For each item, the word it belongs to, to print lines when a test fails.
    private(set) var words: [String] = []

    /// - Parameters:
    ///   - text: words separated by spaces.
    ///   - hyphenPenalty: the cost of a hyphen break (TeX's `\hyphenpenalty` is 50).
    ///   - hyphenEvery: long words may break every this many letters, keeping 2 before and 3
    ///     after (a stand-in for real patterns, which this test target cannot load); 0 for none.
    init(_ text: String, hyphenPenalty: Double = 50, hyphenEvery: Int = 3) {
        for word in text.split(separator: " ") {
            if !items.isEmpty { append(.glue(3.3, stretch: 1.65, shrink: 1.1), for: " ") }
            let letters = Array(word)
            var start = 0
            if hyphenEvery > 0 {
                var point = hyphenEvery
                while point <= letters.count - 3 {
                    if point >= 2 {
                        append(.box(Double(point - start) * Self.characterWidth), for: String(letters[start..<point]))
                        append(.penalty(hyphenPenalty, width: Self.hyphenWidth, flagged: true), for: "-")
                        start = point
                    }
                    point += hyphenEvery
                }
            }
            append(.box(Double(letters.count - start) * Self.characterWidth), for: String(letters[start...]))
        }
        for item in LineItem.paragraphEnd { append(item, for: "") }
    }

    init(items: [LineItem]) {
        self.items = items
        words = items.map { _ in "?" }
    }

    private mutating func append(_ item: LineItem, for word: String) {
        items.append(item)
        words.append(word)
    }

    /// The lines as text, hyphens shown, to read in failure messages.
    func lines(_ breaks: LineBreaks) -> [String] {
        var lines: [String] = []
        var start = 0
        for end in breaks.breakIndices {
            var line = ""
            for index in start..<min(end, items.count) where items[index].kind != .penalty {
                line += words[index]
            }
            if items[end].kind == .penalty && items[end].flagged { line += "-" }
            lines.append(line.trimmingCharacters())
            start = end + 1
        }
        return lines
    }

    /// Natural width, stretch and shrink of each line, discarding glue after each break.
    func lineTotals(_ breaks: LineBreaks) -> [(width: Double, stretch: Double, shrink: Double)] {
        var result: [(Double, Double, Double)] = []
        var start = 0
        for end in breaks.breakIndices {
            while start < end, items[start].kind != .box { start += 1 }
            var (width, stretch, shrink) = (0.0, 0.0, 0.0)
            for index in start..<end where items[index].kind != .penalty {
                width += items[index].width
                stretch += items[index].stretch
                shrink += items[index].shrink
            }
            if items[end].kind == .penalty { width += items[end].width }
            result.append((width, stretch, shrink))
            start = end + 1
        }
        return result
    }

    /// Indices of lines that end at a hyphen.
    func hyphenatedLines(_ breaks: LineBreaks) -> [Int] {
        breaks.breakIndices.indices.filter { line in
            let item = items[breaks.breakIndices[line]]
            return item.kind == .penalty && item.flagged
        }
    }

    /// Lines that run past `measure` even fully shrunk.
    func linesPastMeasure(_ breaks: LineBreaks, measure: (Int) -> Double) -> [Int] {
        lineTotals(breaks).enumerated().compactMap { line, totals in
            totals.width - totals.shrink > measure(line) + 1e-6 ? line : nil
        }
    }
}

extension String {
    fileprivate func trimmingCharacters() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

/// An original news-style paragraph of about 260 words, for realistic word lengths.
let newsParagraph = """
The conference opened on a grey Tuesday morning in the old river town, where delegates from \
more than one hundred and twenty countries gathered to argue about the future of the network \
that now carries most of the world's conversation. Organisers had promised a programme of \
unusual breadth: panels on undersea cables and satellite constellations, on the governance of \
domain names, on the protection of children and the privacy of adults, on artificial \
intelligence and the quiet arithmetic of electricity that keeps every data centre running. \
In the exhibition halls, engineers demonstrated autonomous delivery vehicles, translation \
earpieces and agricultural drones, while students queued for photographs beside a robot that \
could fold laundry almost as badly as a teenager. The opening address, delivered without notes, \
asked the audience to consider what an archive of the present would look like to historians a \
century from now, and whether anything written today would still be legible to them. Several \
speakers returned to that question during the afternoon sessions. A librarian from a national \
collection described the difficulty of preserving websites that change by the minute; a \
publisher explained why her newsroom still prints a weekly edition on paper, insisting that \
readers trust what they can hold. Outside, the rain cleared by evening, and the waterfront \
filled with delegates comparing business cards, transcripts and impressions. Many agreed that \
the most memorable contributions had been the least technical ones: reflections on memory, \
responsibility and the ordinary habits of reading that no algorithm has yet replaced. The \
conference continues tomorrow with workshops on cybersecurity, open standards, digital \
inclusion and the long-term preservation of public records.
"""
