import SeededRandom
import Testing

@testable import FolioReaders

/// Bounded mutation fuzzing: every reader, fed damaged versions of a valid input, returns an
/// article or a one-line error, and never crashes or hangs.
@Suite struct MutationFuzzTests {
    static let interesting: [[UInt8]] = ["<", ">", "</p>", "{", "}", "[", "]", "\"", "\\u", "---\n", "\n\n", "*", "`",
                                         "&#x", "&", "\u{0}", "\u{FEFF}", "\u{202E}", "\r", ":", ","].map { Array($0.utf8) }

    static func mutate(_ input: [UInt8], using rng: inout SplitMix) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...8, using: &rng) {
            guard !bytes.isEmpty else { break }
            let at = Int.random(in: 0..<bytes.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: bytes[at] = UInt8.random(in: 0...255, using: &rng)
            case 1: bytes.insert(contentsOf: interesting.randomElement(using: &rng) ?? [], at: at)
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &rng)))
            case 3: bytes = Array(bytes[..<at])
            default:
                let from = Int.random(in: 0..<bytes.count, using: &rng)
                bytes.insert(contentsOf: bytes[from..<min(bytes.count, from + 200)], at: at)
            }
        }
        return bytes
    }

    @Test(.timeLimit(.minutes(2)), arguments: InputFormat.allCases)
    func damagedInputNeverCrashes(format: InputFormat) {
        let seeds: [InputFormat: String] = [
            .text: Seed.text, .markdown: MarkdownReaderTests.seedMarkdown, .json: JSONReaderTests.seedJSON,
            .html: HTMLReaderTests.seedPage,
        ]
        var rng = SplitMix(state: 0xF011_0000 + UInt64(format.rawValue.utf8.count))
        let original = Array((seeds[format] ?? "").utf8)
        var read = 0, rejected = 0
        for _ in 0..<300 {
            let input = Self.mutate(original, using: &rng)
            do {
                _ = try ArticleReaders.read(input, fileName: "fuzz", format: format)
                read += 1
            } catch {
                #expect(!error.description.isEmpty && !error.description.contains("\n"))
                rejected += 1
            }
        }
        // Damage must neither be fatal every time nor go unnoticed every time.
        #expect(read > 0 && rejected > 0)
    }
}
