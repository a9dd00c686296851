/// The user-perceived characters (extended grapheme clusters, UAX #29) of a text, as
/// ICU finds them.
///
/// Font fallback picks one font per cluster, so a base letter never loses its marks to
/// another font, and a line breaker that must split an overlong word splits only between
/// clusters. A Devanagari conjunct such as "क्ष" and an emoji ZWJ sequence such as "👩‍💻"
/// are one cluster each.
///
/// ```swift
/// GraphemeClusters("e\u{301}a").boundaries   // [0, 3, 4]
/// ```
///
/// All offsets are UTF-8 byte offsets into the analysed string. If ICU cannot open its
/// character iterator, Swift's own `Character` boundaries are used instead (the same
/// rules, from the standard library); ``usedFallback`` says so.
public struct GraphemeClusters: Sendable, Equatable {
    /// The cluster boundaries in ascending order, from 0 to the UTF-8 length of the text
    /// (just `[0]` for empty text).
    public let boundaries: [Int]

    /// Whether ICU was unavailable and Swift's `Character` boundaries were used.
    public let usedFallback: Bool

    /// Finds the grapheme clusters of `text`.
    public init(_ text: String) {
        switch BreakIterator.boundaries(of: text, kind: .character, locale: "") {
        case .success(let found):
            boundaries = [0] + found.map(\.utf8Offset)
            usedFallback = false
        case .failure:
            boundaries = Self.characterBoundaries(of: text)
            usedFallback = true
        }
    }

    /// The clusters as UTF-8 ranges, in order.
    public var ranges: [Range<Int>] {
        zip(boundaries, boundaries.dropFirst()).map { $0..<$1 }
    }

    /// The number of clusters.
    public var count: Int {
        boundaries.count - 1
    }

    /// The range of the cluster that contains the byte at `offset`, or nil when `offset`
    /// is outside the text.
    public func cluster(containing offset: Int) -> Range<Int>? {
        guard let last = boundaries.last, offset >= 0, offset < last else { return nil }
        // The first boundary above `offset`, by binary search: clusters can be many.
        var low = 0, high = boundaries.count - 1
        while low < high {
            let middle = (low + high) / 2
            if boundaries[middle] > offset { high = middle } else { low = middle + 1 }
        }
        return boundaries[low - 1]..<boundaries[low]
    }

    /// The fallback: boundaries between Swift `Character`s.
    static func characterBoundaries(of text: String) -> [Int] {
        var boundaries = [0]
        var offset = 0
        for character in text {
            offset += character.utf8.count
            boundaries.append(offset)
        }
        return boundaries
    }
}
