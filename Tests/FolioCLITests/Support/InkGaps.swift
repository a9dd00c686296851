import Foundation

/// Whether the text lines of a rendered page keep apart: between every two consecutive lines of
/// a column, in every window one em wide, there must be a row of pixels without ink.
///
/// The page is rendered as poppler renders it for a reader (`pdftoppm -r 150 -gray`). Lines and
/// their columns come from poppler's text layout (`pdftotext -bbox-layout`): each line is
/// paired with the nearest line below it that overlaps it by at least an em (and is closer than
/// `farthestLines` ems: beyond that a figure stands between), and the rows
/// between the middles of their boxes are searched, window by window, for an empty one. That
/// finds what a reader sees as touching (a Myanmar vowel sign resting on the next line's
/// stacked consonant) and ignores what stays apart however close (two ink blobs an em away).
struct InkGaps {
    /// A place where two lines touch: no empty row between them in an em-wide window.
    struct Contact: CustomStringConvertible {
        var upper: String
        var lower: String
        /// Left edge of the window, in points from the page's left edge.
        var x: Double
        var y: Double
        var description: String {
            "lines touch at x \(Int(x)) pt, y \(Int(y)) pt: “\(upper.prefix(30))” / “\(lower.prefix(30))”"
        }
    }

    /// A line as poppler found it, in points from the top-left corner.
    struct TextLine {
        var text: String
        var xMin: Double, yMin: Double, xMax: Double, yMax: Double
        var middle: Double { (yMin + yMax) / 2 }
    }

    /// Gray levels darker than this count as ink (antialiased edges lighter than it do not).
    static let inkLevel: UInt8 = 224

    /// Lines whose middles are more than this many ems apart are not neighbours (a tall-script
    /// title line at twice the body size is less than five body ems from the next).
    static let farthestLines = 6.0

    let dpi: Double

    init(dpi: Double = 150) { self.dpi = dpi }

    /// The contacts on one page of `pdf`; `em` is the body text's size in points.
    func contacts(pdf: String, page: Int = 1, em: Double) throws -> [Contact] {
        let folder = try TemporaryFolder()
        let image = folder.path("page")
        let render = try CommandRunner.run(
            "pdftoppm", ["-r", String(Int(dpi)), "-gray", "-f", String(page), "-l", String(page), "-singlefile", pdf, image])
        guard render.status == 0 else { throw Failure("pdftoppm failed: \(render.stderr)") }
        let pixels = try GrayImage(pgm: Array(try Data(contentsOf: URL(fileURLWithPath: image + ".pgm"))))
        let lines = try Self.lines(pdf: pdf, page: page)
        return contacts(lines: lines, pixels: pixels, em: em)
    }

    func contacts(lines: [TextLine], pixels: GrayImage, em: Double) -> [Contact] {
        let scale = dpi / 72
        let window = max(1, Int((em * scale).rounded()))
        var found: [Contact] = []
        for upper in lines {
            let below = lines.filter { line in
                line.middle > upper.middle + em * 0.3
                    && min(line.xMax, upper.xMax) - max(line.xMin, upper.xMin) >= em
            }
            // Farther apart than any two lines of a title are, a figure or a rule sits between.
            guard let lower = below.min(by: { $0.middle < $1.middle }), lower.middle - upper.middle < em * Self.farthestLines
            else { continue }
            let left = Int((max(upper.xMin, lower.xMin) * scale).rounded(.down))
            let right = min(pixels.width, Int((min(upper.xMax, lower.xMax) * scale).rounded(.up)))
            let top = Int((upper.middle * scale).rounded(.up))
            let bottom = min(pixels.height, Int((lower.middle * scale).rounded(.down)))
            guard top < bottom, right - left >= window else { continue }
            // Ink per row, summed from the left, so any window's count is one subtraction.
            let sums = (top..<bottom).map { row -> [Int] in
                var running = [0]
                running.reserveCapacity(right - left + 1)
                for column in left..<right { running.append(running.last! + (pixels[column, row] < Self.inkLevel ? 1 : 0)) }
                return running
            }
            var x = 0
            while x + window <= right - left {
                if !sums.contains(where: { $0[x + window] - $0[x] == 0 }) {
                    found.append(Contact(
                        upper: upper.text, lower: lower.text, x: Double(left + x) / scale, y: upper.yMax))
                    x += window   // report each stretch of contact once per em
                } else {
                    x += 1
                }
            }
        }
        return found
    }

    /// The text lines of a page, as `pdftotext -bbox-layout` reports them.
    static func lines(pdf: String, page: Int) throws -> [TextLine] {
        let result = try CommandRunner.run(
            "pdftotext", ["-bbox-layout", "-enc", "UTF-8", "-f", String(page), "-l", String(page), pdf, "-"])
        guard result.status == 0 else { throw Failure("pdftotext failed: \(result.stderr)") }
        var lines: [TextLine] = []
        var current: TextLine?
        for row in result.stdout.split(separator: "\n") {
            let trimmed = row.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("<line ") {
                current = TextLine(
                    text: "", xMin: attribute("xMin", trimmed), yMin: attribute("yMin", trimmed),
                    xMax: attribute("xMax", trimmed), yMax: attribute("yMax", trimmed))
            } else if trimmed.hasPrefix("<word "), current != nil,
                      // By scalars: a word that starts with a combining mark or a joiner (Persian,
                      // Tamil, Myanmar) would join the ">" into one Character.
                      let start = trimmed.unicodeScalars.firstIndex(of: ">"),
                      let end = trimmed.unicodeScalars.ranges(of: "</word>".unicodeScalars).first?.lowerBound,
                      start < end {
                let word = String(trimmed.unicodeScalars[trimmed.unicodeScalars.index(after: start)..<end])
                current!.text += (current!.text.isEmpty ? "" : " ") + word
            } else if trimmed.hasPrefix("</line>"), let line = current {
                lines.append(line)
                current = nil
            }
        }
        return lines
    }

    private static func attribute(_ name: String, _ tag: String) -> Double {
        guard let start = tag.range(of: name + "=\"")?.upperBound,
              let end = tag[start...].firstIndex(of: "\"")
        else { return 0 }
        return Double(tag[start..<end]) ?? 0
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

/// An 8-bit grayscale image read from a binary PGM (`P5`), as `pdftoppm -gray` writes it.
struct GrayImage {
    let width: Int
    let height: Int
    private let pixels: [UInt8]

    init(pgm bytes: [UInt8]) throws {
        var fields: [Int] = []
        var index = 2
        guard bytes.count > 2, bytes[0] == UInt8(ascii: "P"), bytes[1] == UInt8(ascii: "5") else {
            throw InkGaps.Failure("not a binary PGM")
        }
        while fields.count < 3, index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "#") {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            } else if (0x30...0x39).contains(byte) {
                var value = 0
                while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
                    value = value * 10 + Int(bytes[index] - 0x30)
                    index += 1
                }
                fields.append(value)
                continue
            }
            index += 1
        }
        index += 1   // the single whitespace after the maximum value
        guard fields.count == 3, fields[2] == 255, bytes.count >= index + fields[0] * fields[1] else {
            throw InkGaps.Failure("unexpected PGM header \(fields)")
        }
        width = fields[0]
        height = fields[1]
        pixels = Array(bytes[index..<index + width * height])
    }

    subscript(x: Int, y: Int) -> UInt8 { pixels[y * width + x] }
}
