/// Makes Chinese, Japanese and Korean text searchable with SQLite's `unicode61` tokenizer.
///
/// `unicode61` splits on spaces and punctuation only, so a whole Chinese sentence would be one
/// token and `search 数字` would never match. Indexing each ideograph (kana, hangul syllable) as
/// its own token, and searching for the characters of a word as a phrase, finds words anywhere
/// in the text. Snippets are put back together with `joined(_:)`.
enum CJKSpacing {
    /// The text with a space around every CJK character.
    static func spaced(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isCJK(scalar) {
                result.append(" ")
                result.append(scalar)
                result.append(" ")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Undoes `spaced` for display: drops spaces that have CJK characters (or snippet brackets
    /// next to them) on both sides, and collapses runs of spaces.
    static func joined(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        func neighbour(_ start: Int, _ step: Int) -> UnicodeScalar? {
            var i = start
            while i >= 0 && i < scalars.count {
                let s = scalars[i]
                if s != " " && s != "[" && s != "]" { return s }
                i += step
            }
            return nil
        }
        for (i, scalar) in scalars.enumerated() {
            if scalar == " " {
                let before = neighbour(i - 1, -1), after = neighbour(i + 1, 1)
                if let before, let after, isCJK(before) || isCJK(after), isCJK(before) || !before.properties.isAlphabetic,
                   isCJK(after) || !after.properties.isAlphabetic {
                    continue
                }
                if result.last == " " { continue }
            }
            result.append(scalar)
        }
        return String(result)
    }

    static func isCJK(_ scalar: UnicodeScalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
