extension StringProtocol {
    /// The text without leading and trailing spaces and tabs: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` removes (Unicode `Zs` and U+0009), in plain Swift.
    /// Foundation's goes through `NSString` and `CharacterSet`, whose first use was a quarter of
    /// reading a layout file.
    var trimmingSpaces: String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar == " " || (!scalar.isASCII && scalar.properties.generalCategory == .spaceSeparator)
        }
        // Concrete `String` views throughout: a generic scalar sequence turned into a `String`
        // makes the runtime look up its types by name on first use, which costs more than the trim.
        let text = String(self)
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
