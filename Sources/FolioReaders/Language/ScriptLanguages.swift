import FolioLanguageIdentification
/// The last resort when a text's language cannot be identified: the language most news in its
/// dominant script is written in.
///
/// Used only when ``LanguageIdentifier`` has nothing to go on: a script it has no fingerprints
/// for (Telugu, Oriya…), or too little text to tell languages of one script apart (a
/// three-word title). Never for a Latin text long enough to identify.
enum ScriptLanguages {
    static let languageOfScript: [String: String] = [
        "Latn": "en", "Cyrl": "ru", "Arab": "ar", "Hebr": "he", "Grek": "el", "Deva": "hi", "Beng": "bn",
        "Guru": "pa", "Gujr": "gu", "Orya": "or", "Taml": "ta", "Telu": "te", "Knda": "kn", "Mlym": "ml",
        "Sinh": "si", "Thai": "th", "Laoo": "lo", "Khmr": "km", "Mymr": "my", "Tibt": "bo", "Geor": "ka",
        "Armn": "hy", "Ethi": "am", "Thaa": "dv", "Hani": "zh-Hans", "Hira": "ja", "Kana": "ja", "Hang": "ko",
        "Cher": "chr", "Cans": "iu", "Tfng": "zgh", "Mong": "mn-Mong", "Syrc": "syr",
    ]

    /// The last-resort language of `text`: its dominant script's, where a Han text with any
    /// kana is Japanese.
    static func language(of text: String) -> String? {
        let counts = LetterScripts.counts(in: text)
        guard let script = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key
        else { return nil }
        if script == "Hani", counts["Hira", default: 0] + counts["Kana", default: 0] > 0 { return "ja" }
        if script == "Bopo" { return "zh-Hant" }
        return languageOfScript[script]
    }
}
