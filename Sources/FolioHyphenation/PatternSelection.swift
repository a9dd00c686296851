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
    /// The dictionary text to load: the charset line, every keyword and the patterns that can
    /// match, without comments.
    private(set) var text: [UInt8] = []
    /// How many patterns were kept and how many the dictionary has.
    private(set) var keptPatterns = 0
    private(set) var totalPatterns = 0

    /// - Parameters:
    ///   - dictionary: a `.dic` file's bytes.
    ///   - words: the words as the hyphenator will pass them: lowercase runs of letters in the
    ///     dictionary's charset, without dots.
    init(dictionary: [UInt8], words: some Sequence<[UInt8]>) {
        // Compound dictionaries announce their second level with NEXTLEVEL; they are rare
        // enough that a plain search for the keyword is cheaper than parsing twice.
        let hasSecondLevel = Self.hasLine(startingWith: Array("NEXTLEVEL".utf8), in: dictionary)
        let present = Self.substringHashes(of: words, upTo: Self.longestPattern, dotsAnywhere: hasSecondLevel)
        var text: [UInt8] = []
        text.reserveCapacity(dictionary.count / 8)
        var kept = 0, total = 0
        let newline = UInt8(ascii: "\n"), slash = UInt8(ascii: "/")
        dictionary.withUnsafeBufferPointer { bytes in
            var lineStart = 0
            var isFirstLine = true
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != newline { lineEnd += 1 }
                let end = lineEnd > lineStart && bytes[lineEnd - 1] == UInt8(ascii: "\r") ? lineEnd - 1 : lineEnd
                let start = lineStart
                lineStart = lineEnd + 1
                guard end > start else { continue }
                let first = bytes[start]
                var keep: Bool
                if isFirstLine || Self.isKeyword(first) {
                    keep = true  // the charset, LEFTHYPHENMIN, NOHYPHEN, NEXTLEVEL…
                } else if first == UInt8(ascii: "%") {
                    keep = false  // a comment
                } else {
                    // libhyphen reads a pattern up to the first space or control character; a
                    // line with a slash anywhere is a non-standard pattern: rare, kept whole.
                    var hash = LetterHash()
                    var inPattern = true, isNonStandard = false
                    for index in start..<end {
                        let byte = bytes[index]
                        if byte == slash { isNonStandard = true; break }
                        if byte <= 0x20 { inPattern = false }
                        if inPattern && !Self.isDigit(byte) { hash.add(byte) }
                    }
                    if isNonStandard {
                        keep = true
                    } else {
                        total += 1
                        keep = present.contains(hash.value)
                        if keep { kept += 1 }
                    }
                }
                isFirstLine = false
                guard keep else { continue }
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                text.append(newline)
            }
        }
        self.text = text
        keptPatterns = kept
        totalPatterns = total
    }

    /// Patterns longer than this (in bytes, without digits) are never matched: Debian's longest
    /// is 84 bytes (German); whole-word exceptions in English reach 28.
    private static let longestPattern = 128

    private static func hasLine(startingWith keyword: [UInt8], in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let first = keyword.first else { return false }
            var index = 0
            while index + keyword.count < buffer.count {
                // Patterns start with a letter or digit, so the first byte rules out nearly every line.
                if buffer[index] == UInt8(ascii: "\n"), buffer[index + 1] == first,
                   UnsafeBufferPointer(rebasing: buffer[(index + 1)..<(index + 1 + keyword.count)]).elementsEqual(keyword) {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// Hashes of every substring, at most `limit` bytes long, of ".word." for each word.
    private static func substringHashes(
        of words: some Sequence<[UInt8]>, upTo limit: Int, dotsAnywhere: Bool
    ) -> HashSet {
        var hashes = HashSet(capacity: 4096)
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

    /// `LEFTHYPHENMIN`, `NOHYPHEN`, `NEXTLEVEL`…: patterns are lowercase.
    private static func isKeyword(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

/// A set of 64-bit hashes, open addressing with linear probing: the values are already hashes,
/// so they index the table directly instead of being hashed again as `Set` would.
private struct HashSet {
    private var slots: [UInt64]
    private var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    mutating func insert(_ value: UInt64) {
        if (count + 1) * 2 > slots.count { grow() }
        let stored = value == 0 ? 1 : value  // 0 marks an empty slot
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: stored) & mask
        while slots[index] != 0 {
            if slots[index] == stored { return }
            index = (index + 1) & mask
        }
        slots[index] = stored
        count += 1
    }

    func contains(_ value: UInt64) -> Bool {
        let stored = value == 0 ? 1 : value
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: stored) & mask
        while slots[index] != 0 {
            if slots[index] == stored { return true }
            index = (index + 1) & mask
        }
        return false
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        count = 0
        for value in old where value != 0 { insert(value) }
    }
}

/// FNV-1a over bytes, built up one byte at a time so every prefix's hash comes for free.
private struct LetterHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
}
