/// A writing system, named by its ISO 15924 code ("Latn", "Hani", "Arab", "Deva", "Thai").
///
/// The code is what HarfBuzz takes (`hb_script_from_string`) and what font fallback
/// matches on; Folio never needs ICU's numeric codes outside this module.
public struct Script: Hashable, Sendable, CustomStringConvertible {
    /// The four-letter ISO 15924 code, capitalised as the standard writes it ("Latn").
    public let code: String

    /// Wraps an ISO 15924 code.
    public init(code: String) {
        self.code = code
    }

    /// Common (`Zyyy`): what a text made only of spaces, digits and punctuation resolves to.
    public static let common = Script(code: "Zyyy")
    /// Latin (`Latn`).
    public static let latin = Script(code: "Latn")
    /// Han (`Hani`): Chinese characters and Japanese kanji.
    public static let han = Script(code: "Hani")
    /// Arabic (`Arab`).
    public static let arabic = Script(code: "Arab")
    /// Hebrew (`Hebr`).
    public static let hebrew = Script(code: "Hebr")
    /// Devanagari (`Deva`).
    public static let devanagari = Script(code: "Deva")
    /// Thai (`Thai`).
    public static let thai = Script(code: "Thai")

    public var description: String {
        code
    }
}
