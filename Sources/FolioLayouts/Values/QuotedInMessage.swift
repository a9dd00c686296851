extension StringProtocol {
    /// The text in double quotes as an error message shows it: on one line (line breaks and
    /// other control characters escaped) and cut to 60 characters, so that a stray paragraph
    /// or a binary blob cannot turn a one-line error into a page.
    var quoted: String { "\"\(inMessage)\"" }

    /// The same, without quotes, for keys in key paths.
    var inMessage: String {
        var shown = ""
        for character in prefix(61) {
            switch character {
            case "\n", "\r\n": shown += "\\n"
            case "\r": shown += "\\r"
            case "\t": shown += "\\t"
            default:
                let isControl = character.unicodeScalars.contains { $0.properties.generalCategory == .control }
                shown += isControl ? "?" : String(character)
            }
        }
        return count > 60 ? String(shown.prefix(59)) + "…" : shown
    }
}
