/// The lines of a libhyphen dictionary that can matter for a given set of words.
///
/// Liang's patterns only act where their letters occur in ".word." (the dots mark the word's
/// ends), so a document needs only the patterns whose letters are a substring of one of its
/// words. Loading those few hundred instead of all 11,110 English patterns turns libhyphen's
/// 6 ms load into half a millisecond, which is most of what a one-page render spends before
/// its first line. The selection errs one way only: a hash collision keeps a pattern that was
/// not needed, never drops one that was.
///
/// Dictionaries with a second level (`NEXTLEVEL`, German and French compounds) hyphenate
/// the parts of a word found by the first level, each with its own dots; for them a dot may
/// stand at any letter boundary.
struct PatternSelection {
    /// The dictionary text to load: the charset line, every keyword, comment-free, and the
    /// patterns that can match.
    private(set) var text: [UInt8] = []
    /// How many patterns were kept and how many the dictionary has.
    private(set) var keptPatterns = 0
    private(set) var totalPatterns = 0

    /// - Parameters:
    ///   - dictionary: a `.dic` file's bytes.
    ///   - words: the words as the hyphenator will pass them: lowercase runs of letters in the
    ///     dictionary's charset, without dots.
    init(dictionary: [UInt8], words: some Sequence<[UInt8]>) {
        let lines = Self.lines(of: dictionary)
        var patterns: [(line: Range<Int>, letters: UInt64)] = []
        var longest = 0
        var hasSecondLevel = false
        for line in lines.dropFirst() {
            guard let first = line.first.map({ dictionary[$0] }) else { continue }
            if Self.isKeyword(first) {
                if dictionary[line].starts(with: Array("NEXTLEVEL".utf8)) { hasSecondLevel = true }
                continue
            }
            guard first != UInt8(ascii: "%"), !dictionary[line].contains(UInt8(ascii: "/")) else { continue }
            var hash = LetterHash()
            var count = 0
            // libhyphen reads a pattern up to the first space or control character.
            for byte in dictionary[line].prefix(while: { $0 > 0x20 }) where !Self.isDigit(byte) {
                hash.add(byte)
                count += 1
            }
            patterns.append((line, hash.value))
            longest = max(longest, count)
        }
        let present = Self.substringHashes(of: words, upTo: longest, dotsAnywhere: hasSecondLevel)
        let selected = Set(patterns.lazy.filter { present.contains($0.letters) }.map(\.line.lowerBound))
        totalPatterns = patterns.count
        keptPatterns = selected.count
        text.reserveCapacity(dictionary.count / max(1, totalPatterns / max(1, keptPatterns)) + 256)
        for (index, line) in lines.enumerated() {
            guard let first = line.first.map({ dictionary[$0] }) else { continue }
            let keep = index == 0 || Self.isKeyword(first) || dictionary[line].contains(UInt8(ascii: "/"))
                || selected.contains(line.lowerBound)
            guard keep, first != UInt8(ascii: "%") || index == 0 else { continue }
            text.append(contentsOf: dictionary[line])
            text.append(UInt8(ascii: "\n"))
        }
    }

    /// Hashes of every substring, at most `limit` bytes long, of ".word." for each word.
    private static func substringHashes(
        of words: some Sequence<[UInt8]>, upTo limit: Int, dotsAnywhere: Bool
    ) -> Set<UInt64> {
        var hashes = Set<UInt64>()
        let dot = UInt8(ascii: ".")
        for word in words {
            let dotted = [dot] + word + [dot]
            for start in dotted.indices {
                var hash = LetterHash()
                var dottedStart = LetterHash()
                dottedStart.add(dot)
                for end in start..<min(dotted.count, start + limit) {
                    hash.add(dotted[end])
                    hashes.insert(hash.value)
                    guard dotsAnywhere, dotted[end] != dot else { continue }
                    // The same letters as a part of a compound: a dot before, after, or both.
                    dottedStart.add(dotted[end])
                    if start > 0 { hashes.insert(dottedStart.value) }
                    var closed = hash
                    closed.add(dot)
                    hashes.insert(closed.value)
                    var both = dottedStart
                    both.add(dot)
                    hashes.insert(both.value)
                }
            }
        }
        return hashes
    }

    /// Byte ranges of the lines, without their line ends (`\n` or `\r\n`).
    private static func lines(of bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            let end = index > start && bytes[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
            lines.append(start..<end)
            start = index + 1
        }
        if start < bytes.count { lines.append(start..<bytes.count) }
        return lines
    }

    /// `LEFTHYPHENMIN`, `NOHYPHEN`, `NEXTLEVEL`…: patterns are lowercase.
    private static func isKeyword(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

/// FNV-1a over bytes, built up one byte at a time so every prefix's hash comes for free.
private struct LetterHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
}
