import FolioReaders
import SeededRandom

/// Damages valid inputs the ways real files are damaged, and some ways they are not.
struct Mutator {
    /// Tokens that matter to one of the readers: markup, JSON punctuation, Markdown syntax,
    /// entities, encodings, bidi controls, the seed's own page chrome.
    static let tokens: [[UInt8]] = [
        "<", ">", "</", "/>", "<p>", "</p>", "<div>", "</div>", "<h1>", "<figure><img src=\"x.jpg\">", "<figcaption>",
        "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "<meta charset=\"gbk\">",
        "<meta charset=\"big5\">", "<meta charset=\"bogus\">", "<?xml version=\"1.0\" encoding=\"gb2312\"?>",
        "<table><tr><td>", "<a href=\"", "&", "&amp;", "&#x", "&#1114112;", "&#0;", "&nbsp;", "&bogus;",
        "{", "}", "[", "]", "\"", "\\u", "\\uD800", ":", ",", "null", "true", "1e999", "-0", "\"body\":", "\"type\":",
        "---\n", "\n---\n", "title: ", "date: ", "\n\n", "*", "**", "_", "`", "```", "> ", "- ", "1. ", "# ", "![a](",
        "](", "[x]", "|", "\r", "\r\n", "\t", "\u{0}", "\u{FEFF}", "\u{202E}", "\u{2066}", "\u{200D}", "\u{FFFD}",
        "home > NEWS\n", "2018-11-09 11:11:21\n", "[Print] [Close]", "9999-99-99 99:99:99",
        "乌镇", "مرحبا", "\u{E000}",
    ].map { Array($0.utf8) }

    var rng: SplitMix

    mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...12, using: &rng) {
            if bytes.isEmpty { bytes = Self.tokens.randomElement(using: &rng) ?? [] }
            let at = Int.random(in: 0...bytes.count, using: &rng)
            switch Int.random(in: 0..<10, using: &rng) {
            case 0 where at < bytes.count:
                bytes[at] = UInt8.random(in: 0...255, using: &rng)
            case 1 where at < bytes.count:
                bytes[at] ^= 1 << UInt8.random(in: 0...7, using: &rng)
            case 2, 3:
                bytes.insert(contentsOf: Self.tokens.randomElement(using: &rng) ?? [], at: at)
            case 4:
                bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...256, using: &rng)))
            case 5:
                bytes = Array(bytes[..<at])
            case 6 where !bytes.isEmpty:
                let from = Int.random(in: 0..<bytes.count, using: &rng)
                let chunk = bytes[from..<min(bytes.count, from + Int.random(in: 1...400, using: &rng))]
                bytes.insert(contentsOf: chunk, at: at)
            case 7 where !other.isEmpty:
                // Splice: the head of one input with the tail of another (often another format).
                let from = Int.random(in: 0..<other.count, using: &rng)
                bytes = Array(bytes[..<at]) + other[from...]
            case 8:
                // Deep nesting, long runs: what makes recursive code overflow its stack.
                let token = Self.tokens.randomElement(using: &rng) ?? []
                let count = [10, 100, 1000, 20_000].randomElement(using: &rng) ?? 10
                bytes.insert(contentsOf: Array([[UInt8]](repeating: token, count: count).joined()), at: at)
            default:
                bytes.insert(UInt8.random(in: 0...255, using: &rng), at: at)
            }
            if bytes.count > 4_000_000 { bytes = Array(bytes.prefix(4_000_000)) }
        }
        return bytes
    }

    /// A new input from tokens and random text alone.
    mutating func generate() -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 1...300, using: &rng) {
            if Bool.random(using: &rng) {
                bytes += Self.tokens.randomElement(using: &rng) ?? []
            } else {
                let words = ["Wuzhen", "the", "Internet", "conference", "2018", " ", "\n", "a", "é", "“", "—"]
                bytes += Array((words.randomElement(using: &rng) ?? "").utf8)
            }
        }
        return bytes
    }
}
