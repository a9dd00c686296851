import FolioTypesetting
import Foundation

/// The footer's "Page X of Y" in the article's language, with the digits its locale writes
/// numbers in (Foundation's locale data: Persian `۳`, Arabic `٣`, Myanmar `၃`, Bengali `৩`).
///
/// CLDR has no phrase for "page X of Y", so the wording is Folio's own, one line per language,
/// as the language's word processors and newspapers print it. A language not listed gets the
/// wordless `X / Y`, which every reader understands, rather than English words.
enum LocalizedPages {
    static let templates: [String: String] = [
        "af": "Bladsy {page} van {pages}", "ar": "صفحة {page} من {pages}", "be": "Старонка {page} з {pages}",
        "bg": "Страница {page} от {pages}", "bn": "পৃষ্ঠা {page} / {pages}", "ca": "Pàgina {page} de {pages}",
        "cs": "Strana {page} z {pages}", "cy": "Tudalen {page} o {pages}", "da": "Side {page} af {pages}",
        "de": "Seite {page} von {pages}", "el": "Σελίδα {page} από {pages}", "es": "Página {page} de {pages}",
        "et": "Lehekülg {page}/{pages}", "eu": "{page}/{pages} orrialdea", "fa": "صفحهٔ {page} از {pages}",
        "fi": "Sivu {page}/{pages}", "fr": "Page {page} sur {pages}", "ga": "Leathanach {page} as {pages}",
        "gl": "Páxina {page} de {pages}", "he": "עמוד {page} מתוך {pages}", "hi": "पृष्ठ {page} / {pages}",
        "hr": "Stranica {page} od {pages}", "hu": "{page}. oldal / {pages}", "id": "Halaman {page} dari {pages}",
        "is": "Síða {page} af {pages}", "it": "Pagina {page} di {pages}", "ja": "{page} / {pages} ページ",
        "ka": "გვერდი {page} / {pages}", "ko": "{pages}쪽 중 {page}쪽", "lt": "{page} psl. iš {pages}",
        "lv": "{page}. lappuse no {pages}", "mk": "Страница {page} од {pages}", "ms": "Halaman {page} daripada {pages}",
        "my": "စာမျက်နှာ {page} / {pages}", "nb": "Side {page} av {pages}", "nl": "Pagina {page} van {pages}",
        "nn": "Side {page} av {pages}", "no": "Side {page} av {pages}", "pl": "Strona {page} z {pages}",
        "pt": "Página {page} de {pages}", "ro": "Pagina {page} din {pages}", "ru": "Страница {page} из {pages}",
        "sk": "Strana {page} z {pages}", "sl": "Stran {page} od {pages}", "sq": "Faqja {page} nga {pages}",
        "sr": "Страна {page} од {pages}", "sr-Latn": "Strana {page} od {pages}", "sv": "Sida {page} av {pages}",
        "ta": "பக்கம் {page} / {pages}", "th": "หน้า {page} จาก {pages}", "tr": "Sayfa {page} / {pages}",
        "uk": "Сторінка {page} з {pages}", "ur": "صفحہ {page} از {pages}", "vi": "Trang {page} / {pages}",
        "zh-Hans": "第 {page} 页，共 {pages} 页", "zh-Hant": "第 {page} 頁，共 {pages} 頁",
    ]

    /// The wording for `language` (a BCP 47 tag): its own template, else the wordless one; the
    /// locale's digits where they are not ASCII.
    @Sendable static func wording(for language: String) -> PageWording? {
        let parts = language.split(separator: "-").map(String.init)
        guard let primary = parts.first?.lowercased(), primary != "en", primary != "und" else { return nil }
        let script = parts.dropFirst().first { $0.count == 4 }
        var template = templates[primary] ?? "{page} / {pages}"
        if let script, let scripted = templates["\(primary)-\(script)"] { template = scripted }
        if primary == "zh" {
            let traditional = script == "Hant" || (script == nil && parts.dropFirst().contains { ["TW", "HK", "MO"].contains($0) })
            template = templates[traditional ? "zh-Hant" : "zh-Hans"] ?? template
        }
        return PageWording(template: template, digits: digits(for: language))
    }

    /// The ten digits numbers are written with in `language`, or nil for ASCII digits.
    static func digits(for language: String) -> [Character]? {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: language)
        formatter.usesGroupingSeparator = false
        let digits = (0...9).compactMap { formatter.string(from: NSNumber(value: $0)).flatMap(\.first) }
        guard digits.count == 10, !digits.allSatisfy(\.isASCII) else { return nil }
        return digits
    }
}
