import Foundation

/// Word boxes from `pdftotext -bbox-layout`.
enum BoundingBoxes {
    struct Word {
        var page: Int
        /// The text line the word is on, counted through the document.
        var line: Int
        var xMin: Double
        var xMax: Double
        /// The foot of the word's box (its font's descent below the baseline).
        var yMax: Double
        var text: String
    }

    static func words(_ pdf: String) throws -> [Word] {
        let xhtml = try CommandRunner.run("pdftotext", ["-bbox-layout", pdf, "-"]).stdout
        var words: [Word] = []
        var page = 0, lineNumber = 0
        for line in xhtml.split(separator: "\n") {
            if line.contains("<page ") { page += 1 }
            if line.contains("<line ") { lineNumber += 1 }
            guard line.contains("<word "), let xMin = attribute("xMin", in: line), let xMax = attribute("xMax", in: line),
                  let yMax = attribute("yMax", in: line),
                  // By scalars: a word that starts with a combining mark (pdftotext splits some Tamil
                  // and Myanmar words there) would join the tag's ">" into one Character.
                  let start = line.unicodeScalars.firstIndex(of: ">"), let end = line.firstRange(of: "</word>")?.lowerBound,
                  start < end
            else { continue }
            let text = String(line.unicodeScalars[line.unicodeScalars.index(after: start)..<end])
            words.append(Word(page: page, line: lineNumber, xMin: xMin, xMax: xMax, yMax: yMax, text: text))
        }
        return words
    }

    /// The words grouped by text line, in order.
    static func lines(_ pdf: String) throws -> [[Word]] {
        var lines: [[Word]] = []
        for word in try words(pdf) {
            if lines.last?.last?.line == word.line { lines[lines.count - 1].append(word) } else { lines.append([word]) }
        }
        return lines
    }

    private static func attribute(_ name: String, in line: Substring) -> Double? {
        guard let range = line.firstRange(of: "\(name)=\"") else { return nil }
        let rest = line[range.upperBound...]
        guard let quote = rest.firstIndex(of: "\"") else { return nil }
        return Double(rest[..<quote])
    }
}
