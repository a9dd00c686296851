extension String {
    /// The string without leading and trailing white space (Unicode's, so U+00A0 and U+3000 too).
    var trimmedSpace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    /// The string without trailing white space.
    var trimmedTrailingSpace: String {
        let scalars = unicodeScalars
        guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[...last])
    }

    /// The string without leading white space.
    var trimmedLeadingSpace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex { return self }
        return String(scalars[first...])
    }

    /// True when the string is empty or only white space.
    var isBlank: Bool { unicodeScalars.allSatisfy { $0.properties.isWhitespace } }
}
