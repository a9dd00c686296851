/// Which script a text's letters are written in, by Unicode block: what the language
/// identifier needs to choose the fingerprints to compare a text with.
///
/// A table of blocks rather than ICU's Script property: ICU's headers cannot be seen from a
/// module that imports Foundation (DESIGN.md), and the readers do. Only letters count
/// (`isAlphabetic`), so digits, punctuation and spaces, which belong to no language, never
/// decide; and a block's letters are all of its script for every block listed here.
public enum LetterScripts {
    /// ISO 15924 codes of the blocks, by first and last scalar.
    private static let blocks: [(ClosedRange<UInt32>, String)] = [
        (0x0041...0x024F, "Latn"), (0x0250...0x02AF, "Latn"), (0x1E00...0x1EFF, "Latn"), (0x2C60...0x2C7F, "Latn"),
        (0xA720...0xA7FF, "Latn"), (0xAB30...0xAB6F, "Latn"), (0xFF21...0xFF5A, "Latn"),
        (0x0370...0x03FF, "Grek"), (0x1F00...0x1FFF, "Grek"),
        (0x0400...0x052F, "Cyrl"), (0x1C80...0x1C8F, "Cyrl"), (0x2DE0...0x2DFF, "Cyrl"), (0xA640...0xA69F, "Cyrl"),
        (0x0530...0x058F, "Armn"), (0x0590...0x05FF, "Hebr"), (0xFB1D...0xFB4F, "Hebr"),
        (0x0600...0x06FF, "Arab"), (0x0750...0x077F, "Arab"), (0x0870...0x08FF, "Arab"), (0xFB50...0xFDFF, "Arab"),
        (0xFE70...0xFEFF, "Arab"), (0x0700...0x074F, "Syrc"), (0x0780...0x07BF, "Thaa"),
        (0x0900...0x097F, "Deva"), (0xA8E0...0xA8FF, "Deva"), (0x0980...0x09FF, "Beng"), (0x0A00...0x0A7F, "Guru"),
        (0x0A80...0x0AFF, "Gujr"), (0x0B00...0x0B7F, "Orya"), (0x0B80...0x0BFF, "Taml"), (0x0C00...0x0C7F, "Telu"),
        (0x0C80...0x0CFF, "Knda"), (0x0D00...0x0D7F, "Mlym"), (0x0D80...0x0DFF, "Sinh"), (0x0E00...0x0E7F, "Thai"),
        (0x0E80...0x0EFF, "Laoo"), (0x0F00...0x0FFF, "Tibt"), (0x1000...0x109F, "Mymr"), (0xA9E0...0xA9FF, "Mymr"),
        (0xAA60...0xAA7F, "Mymr"), (0x10A0...0x10FF, "Geor"), (0x1C90...0x1CBF, "Geor"), (0x2D00...0x2D2F, "Geor"),
        (0x1100...0x11FF, "Hang"), (0x3130...0x318F, "Hang"), (0xA960...0xA97F, "Hang"), (0xAC00...0xD7FF, "Hang"),
        (0x1200...0x139F, "Ethi"), (0x2D80...0x2DDF, "Ethi"), (0x13A0...0x13FF, "Cher"), (0x1400...0x167F, "Cans"),
        (0x1780...0x17FF, "Khmr"), (0x19E0...0x19FF, "Khmr"), (0x1800...0x18AF, "Mong"), (0x2D30...0x2D7F, "Tfng"),
        (0x3040...0x309F, "Hira"), (0x30A0...0x30FF, "Kana"), (0x31F0...0x31FF, "Kana"), (0xFF66...0xFF9F, "Kana"),
        (0x3100...0x312F, "Bopo"), (0x31A0...0x31BF, "Bopo"),
        (0x3005...0x3007, "Hani"), (0x3400...0x4DBF, "Hani"), (0x4E00...0x9FFF, "Hani"), (0xF900...0xFAFF, "Hani"),
        (0x20000...0x3134F, "Hani"),
    ]

    /// The script of a letter, or nil for anything else (or a script not listed).
    public static func script(of scalar: Unicode.Scalar) -> String? {
        guard scalar.properties.isAlphabetic else { return nil }
        let value = scalar.value
        // The blocks are few; Latin letters, by far the most common, come first.
        return blocks.first { $0.0.contains(value) }?.1
    }

    /// Letters per script in `text`.
    public static func counts(in text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for scalar in text.unicodeScalars {
            if let script = script(of: scalar) { counts[script, default: 0] += 1 }
        }
        return counts
    }

    /// The script most of the letters of `text` are in (ties by code, so the answer is stable).
    public static func dominant(in text: String) -> String? {
        counts(in: text).max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }
}
