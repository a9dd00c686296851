/// The Fontconfig language (`lang`) that picks the regional form of Han characters for a BCP 47
/// tag: `ja`, `ko`, `zh-cn`, `zh-tw` or `zh-hk`; `nil` for languages not written with them.
///
/// Han unification gives Japanese, Korean, Simplified and Traditional Chinese the same code
/// points but different glyphs (and different punctuation: the Traditional "，" sits in the
/// middle of its square, the Simplified one at the bottom left), so the face has to follow the
/// language. Fontconfig's configuration for Noto CJK binds each of these to its face.
public enum HanLanguage {
    public static func fontconfigLanguage(for tag: String) -> String? {
        let subtags = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.lowercased() }
        guard let primary = subtags.first else { return nil }
        switch primary {
        case "ja": return "ja"
        case "ko": return "ko"
        case "zh", "cmn", "yue", "lzh", "wuu", "hak", "nan", "gan":
            let rest = subtags.dropFirst()
            if rest.contains("hk") || rest.contains("mo") || primary == "yue" { return "zh-hk" }
            if rest.contains("tw") || rest.contains("hant") { return "zh-tw" }
            return "zh-cn"
        default: return nil
        }
    }
}
