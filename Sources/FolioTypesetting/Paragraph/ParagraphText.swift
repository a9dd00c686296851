import FolioModel

/// Stage 1 (collect): a paragraph's spans joined into one string, with the style of each stretch.
///
/// Everything after this stage addresses text by UTF-8 byte offset into `bytes`: HarfBuzz
/// clusters, break opportunities, links and the clusters written to the PDF all share it.
struct ParagraphText {
    /// One stretch of text in one inline style.
    struct StyledRange {
        var range: Range<Int>
        var bold: Bool
        var italic: Bool
        var link: String?
    }

    let text: String
    let bytes: [UInt8]
    let styles: [StyledRange]

    init(spans: [Span], style: TextStyle) {
        var text = ""
        var styles: [StyledRange] = []
        var offset = 0
        for span in spans where !span.text.isEmpty {
            let cleaned = Self.normalizedSpaces(span.text)
            let length = cleaned.utf8.count
            styles.append(StyledRange(
                range: offset..<offset + length,
                bold: style.bold || span.style.contains(.strong),
                italic: style.italic != span.style.contains(.emphasis),
                link: span.link))
            text += cleaned
            offset += length
        }
        self.text = text
        bytes = Array(text.utf8)
        self.styles = styles
    }

    /// Tabs become spaces and line ends become U+2028 (a forced line break inside the paragraph);
    /// other C0 controls cannot be drawn and are dropped (readers normally remove them already).
    private static func normalizedSpaces(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: result.append(" ")
            case 0x0A, 0x0D: result.append("\u{2028}")
            case 0x00..<0x20, 0x7F: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
