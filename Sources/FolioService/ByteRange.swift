/// One satisfiable byte range from a `Range` header (RFC 9110 §14.1.2), resolved against a length.
struct ByteRange: Equatable {
    /// First and last byte, inclusive.
    var first: Int
    var last: Int

    var count: Int { last - first + 1 }

    /// The range a header asks for.
    ///
    /// - Returns: nil when the whole file should be sent (no header, another unit, several
    ///   ranges, or a malformed value — all of which RFC 9110 lets a server ignore).
    /// - Throws: `Unsatisfiable` when the single range lies wholly past the end (416).
    static func parse(_ header: String?, length: Int) throws(Unsatisfiable) -> ByteRange? {
        guard let header, header.hasPrefix("bytes="), !header.contains(",") else { return nil }
        let spec = header.dropFirst(6).trimmingSpaces()
        guard let dash = spec.firstIndex(of: "-") else { return nil }
        let start = spec[..<dash].trimmingSpaces(), end = spec[spec.index(after: dash)...].trimmingSpaces()
        if start.isEmpty {
            guard let suffix = Int(end), suffix >= 0 else { return nil }
            guard suffix > 0, length > 0 else { throw Unsatisfiable() }
            return ByteRange(first: max(0, length - suffix), last: length - 1)
        }
        guard let first = Int(start), first >= 0 else { return nil }
        var last = length - 1
        if !end.isEmpty {
            guard let value = Int(end), value >= first else { return nil }
            last = min(value, length - 1)
        }
        guard first < length else { throw Unsatisfiable() }
        return ByteRange(first: first, last: last)
    }

    struct Unsatisfiable: Error {}
}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        var text = self
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return text
    }
}
