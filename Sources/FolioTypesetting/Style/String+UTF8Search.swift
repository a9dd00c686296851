/// Substring search by UTF-8 bytes, for the short ASCII needles of layout templates and font
/// family names.
///
/// The standard library's `contains(_:)` and `firstRange(of:)` for strings build a
/// `Character`-keyed search table, and the first use of that table's type makes the Swift runtime
/// scan every protocol-conformance record in the binary: more than the whole search costs here.
/// Bytes give the same answers for these needles (an ASCII byte never occurs inside a multi-byte
/// UTF-8 sequence); they differ from `Character` comparison only where a needle ends just before
/// a combining mark.
extension String {
    /// Whether `needle` occurs in the text.
    func containsUTF8(_ needle: String) -> Bool {
        let bytes = Array(utf8), pattern = Array(needle.utf8)
        return Self.firstOffset(of: pattern, in: bytes, from: 0) != nil
    }

    /// Every occurrence of `target` replaced (the standard library has no non-Foundation version).
    func replacingAll(_ target: String, with replacement: String) -> String {
        let bytes = Array(utf8), pattern = Array(target.utf8)
        guard !pattern.isEmpty, var match = Self.firstOffset(of: pattern, in: bytes, from: 0) else { return self }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var copied = 0
        while true {
            result.append(contentsOf: bytes[copied..<match])
            result.append(contentsOf: replacement.utf8)
            copied = match + pattern.count
            guard let next = Self.firstOffset(of: pattern, in: bytes, from: copied) else { break }
            match = next
        }
        result.append(contentsOf: bytes[copied...])
        return String(decoding: result, as: UTF8.self)
    }

    private static func firstOffset(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count - start >= pattern.count else { return pattern.isEmpty ? start : nil }
        for offset in start...(bytes.count - pattern.count) where bytes[offset] == pattern[0] {
            if bytes[offset..<offset + pattern.count].elementsEqual(pattern) { return offset }
        }
        return nil
    }
}
