import FolioModel

/// Accumulates styled text into the fewest spans: adjacent text with the same style and link
/// is merged, so a paragraph read from markup is as compact as one read from plain text.
struct SpanBuilder {
    private(set) var spans: [Span] = []
    /// When set, runs of ASCII white space (and line ends) become one space, as HTML renders them.
    var collapsesWhitespace = false

    init(collapsesWhitespace: Bool = false) { self.collapsesWhitespace = collapsesWhitespace }

    /// True when nothing but white space has been appended.
    var isBlank: Bool { spans.allSatisfy { $0.text.isBlank } }

    mutating func append(_ text: String, style: InlineStyle = [], link: String? = nil) {
        let piece = collapsesWhitespace ? collapsed(text) : text
        guard !piece.isEmpty else { return }
        if let last = spans.indices.last, spans[last].style == style, spans[last].link == link {
            spans[last].text += piece
        } else {
            spans.append(Span(piece, style: style, link: link))
        }
    }

    /// The spans with white space trimmed at both ends, and cleared for the next block.
    mutating func take() -> [Span] {
        var result = spans
        spans = []
        while let first = result.first {
            let trimmed = first.text.trimmedLeadingSpace
            if trimmed.isEmpty { result.removeFirst() } else { result[0].text = trimmed; break }
        }
        while let last = result.indices.last {
            let trimmed = result[last].text.trimmedTrailingSpace
            if trimmed.isEmpty { result.removeLast() } else { result[last].text = trimmed; break }
        }
        return result
    }

    /// `text` with runs of HTML white space made one space, also across span boundaries.
    private func collapsed(_ text: String) -> String {
        var previousWasSpace = spans.last?.text.unicodeScalars.last.map(Self.isCollapsible) ?? true
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if Self.isCollapsible(scalar) {
                if !previousWasSpace { scalars.append(" ") }
                previousWasSpace = true
            } else {
                scalars.append(scalar)
                previousWasSpace = false
            }
        }
        return String(scalars)
    }

    private static func isCollapsible(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}"
    }
}
