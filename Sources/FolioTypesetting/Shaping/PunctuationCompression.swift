/// Half-width spacing where two full-width punctuation marks meet, as Japanese typesetting
/// (JIS X 4051) and CSS `text-spacing-trim` set them: in "。」" or "」、" each mark alone takes
/// a full em, and the pair shows a hole of half an em between the sentence and what follows.
///
/// A closing mark (、。，．」』）〕】〉》) has its ink in the left half of its em in Japanese and
/// Simplified Chinese faces, so when another full-width mark follows it loses the right half
/// of its advance. An opening mark (「『（〔【〈《) has its ink in the right half, so before
/// another opening mark it loses the left half (its glyph moves left by as much). Traditional
/// Chinese centres 、。，． in the em, so there only brackets are compressed; other languages
/// are left alone (Korean sets Western punctuation). The fonts here have no `chws` feature
/// (Noto CJK 2.004 in Debian 12 ships `halt` only, which is not contextual), so the advances
/// are adjusted after shaping.
enum PunctuationCompression {
    static let closingBrackets: Set<UInt32> = [0x300D, 0x300F, 0xFF09, 0x3015, 0x3011, 0x3009, 0x300B, 0x3017, 0x3019, 0xFF3D, 0xFF5D]
    /// Commas and full stops: their ink sits bottom left except in Traditional Chinese.
    static let stops: Set<UInt32> = [0x3001, 0x3002, 0xFF0C, 0xFF0E]
    static let openingBrackets: Set<UInt32> = [0x300C, 0x300E, 0xFF08, 0x3014, 0x3010, 0x3008, 0x300A, 0x3016, 0x3018, 0xFF3B, 0xFF5B]

    /// Whether the article's language sets its punctuation this way, and whether its stops sit
    /// in the left half of the em (not Traditional Chinese's centred ones).
    static func rules(for language: String?) -> (compresses: Bool, stopsAreLeft: Bool) {
        let subtags = (language ?? "").lowercased().split(separator: "-")
        switch subtags.first {
        case "ja": return (true, true)
        case "zh":
            let traditional = subtags.contains { ["hant", "tw", "hk", "mo"].contains($0) }
            return (true, !traditional)
        default: return (false, false)
        }
    }

    /// Compresses the left-to-right glyphs of one shaped run (clusters are byte offsets into
    /// `text`, one glyph per mark).
    static func apply(to glyphs: inout [ShapedGlyph], text: UnsafeBufferPointer<UInt8>, size: Double, language: String?) {
        let rules = rules(for: language)
        guard rules.compresses, glyphs.count > 1 else { return }
        func mark(at index: Int) -> UInt32? {
            let offset = glyphs[index].cluster
            // Every mark here is a three-byte UTF-8 sequence (U+3000–U+FFFF).
            guard offset + 2 < text.count, text[offset] & 0xF0 == 0xE0 else { return nil }
            return UInt32(text[offset] & 0x0F) << 12 | UInt32(text[offset + 1] & 0x3F) << 6 | UInt32(text[offset + 2] & 0x3F)
        }
        func isClosing(_ scalar: UInt32) -> Bool {
            closingBrackets.contains(scalar) || (rules.stopsAreLeft && stops.contains(scalar))
        }
        func isPunctuation(_ scalar: UInt32) -> Bool {
            closingBrackets.contains(scalar) || stops.contains(scalar) || openingBrackets.contains(scalar)
        }
        for index in 0..<(glyphs.count - 1) {
            // Only full-width forms: a mark drawn from a proportional face is left alone.
            guard glyphs[index].advance > size * 0.9, glyphs[index + 1].cluster == glyphs[index].cluster + 3,
                  let first = mark(at: index), let second = mark(at: index + 1), isPunctuation(second)
            else { continue }
            let half = glyphs[index].advance / 2
            if isClosing(first) {
                glyphs[index].advance -= half
            } else if openingBrackets.contains(first), openingBrackets.contains(second) {
                glyphs[index].advance -= half
                glyphs[index].xOffset -= half
            }
        }
    }
}
