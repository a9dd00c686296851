/// How the footer's "Page 2 of 3" reads in an article's language, and the digits its numbers
/// are written with.
///
/// The layouts' default footer is the English template ``englishTemplate``; an article in
/// another language gets its own words for it (`Seite {page} von {pages}`, `第 {page} 页，共
/// {pages} 页`). A footer a layout author wrote differently is kept as written: only its
/// numbers take the language's digits.
public struct PageWording: Sendable, Hashable {
    /// The layouts' default footer, which is translated.
    public static let englishTemplate = "Page {page} of {pages}"

    /// The footer in the language, with `{page}` and `{pages}` placeholders.
    public var template: String
    /// The language's ten digits, zero first, when they are not the ASCII ones (`٠`…`٩` in
    /// Arabic, `۰`…`۹` in Persian, `၀`…`၉` in Myanmar).
    public var digits: [Character]?

    public init(template: String, digits: [Character]? = nil) {
        self.template = template
        self.digits = digits
    }

    /// `number` in the language's digits.
    public func format(_ number: Int) -> String {
        let plain = String(number)
        guard let digits, digits.count == 10 else { return plain }
        return String(plain.map { $0.wholeNumberValue.map { digits[$0] } ?? $0 })
    }
}
