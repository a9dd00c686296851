import FolioModel
import FolioTextAnalysis

/// The language an article is set in: its own tag, else a guess from its dominant script.
///
/// The guess only picks the language whose conventions matter for typesetting (hyphenation
/// patterns, bidi direction, line-break tailoring); English when the text is Latin or unclear.
public enum LanguageGuess {
    /// Script → the language most news in that script is written in.
    static let languageOfScript: [String: String] = [
        "Arab": "ar", "Hebr": "he", "Deva": "hi", "Beng": "bn", "Taml": "ta", "Thai": "th", "Khmr": "km",
        "Mymr": "my", "Laoo": "lo", "Geor": "ka", "Ethi": "am", "Grek": "el", "Cyrl": "ru", "Hani": "zh",
        "Hira": "ja", "Kana": "ja", "Hang": "ko",
    ]

    public static func language(of article: Article) -> String {
        if let language = article.language, !language.isEmpty { return language }
        // A few thousand characters are plenty to see which script dominates.
        var sample = article.title
        for block in article.blocks where sample.utf8.count < 4000 { sample += "\n" + block.plainText }
        var weights: [String: Int] = [:]
        for run in ScriptItemizer.runs(in: sample) where run.script != .common {
            weights[run.script.description, default: 0] += run.range.count
        }
        guard let dominant = weights.max(by: { $0.value < $1.value })?.key else { return "en" }
        return languageOfScript[dominant] ?? "en"
    }
}
