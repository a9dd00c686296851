/// Puts the document's language into the PDF catalog (`/Lang (de)`), which Cairo 1.16 cannot
/// write: screen readers, search and PDF/UA take the text's language from it.
///
/// Works on the finished bytes of a PDF held in memory, as Cairo writes them (one classic
/// cross-reference table, `xref` `0 N`, and a `trailer` naming `/Root`): the entry is inserted
/// at the end of the catalog's dictionary, and every offset after it (cross-reference entries,
/// `startxref`) moves by the inserted length, so the file stays one clean revision and the same
/// input still gives the same bytes. A PDF of another shape, or one whose catalog already has
/// `/Lang`, is left as it was.
enum PDFCatalogLanguage {
    /// Adds `/Lang` with `language` (a BCP 47 tag) to the catalog of `pdf`.
    static func add(_ language: String, to pdf: inout [UInt8]) {
        // Tags are ASCII letters, digits and hyphens (LanguageTag); anything else is not written.
        guard !language.isEmpty, language.utf8.allSatisfy({ $0 == 0x2D || (0x30...0x39).contains($0)
            || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else { return }
        guard let xref = lastStartxref(in: pdf), let table = table(in: pdf, at: xref),
              let root = rootObject(in: pdf, after: xref),
              root > 0, root < table.count, let catalogStart = table.offsets[root],
              let dictionaryEnd = dictionaryEnd(in: pdf, objectAt: catalogStart)
        else { return }
        let catalog = pdf[catalogStart..<dictionaryEnd]
        guard catalog.firstRange(of: Array("/Lang".utf8)) == nil else { return }

        let insertion = Array("   /Lang (\(language))\n".utf8)
        let shift = insertion.count
        // Rewrite the entries that point past the insertion (fixed width: same length).
        for object in 1..<table.count {
            guard let offset = table.offsets[object], offset >= dictionaryEnd else { continue }
            let entryStart = table.entriesStart + object * 20
            let digits = Array(String(offset + shift).utf8)
            guard digits.count <= 10 else { return }
            pdf.replaceSubrange(entryStart..<(entryStart + 10), with: Array(repeating: UInt8(ascii: "0"), count: 10 - digits.count) + digits)
        }
        // The startxref number, which may change length.
        if let (numberRange, value) = startxrefNumber(in: pdf, keywordAt: xref.keyword) {
            pdf.replaceSubrange(numberRange, with: Array(String(value + shift).utf8))
        }
        pdf.insert(contentsOf: insertion, at: dictionaryEnd)
    }

    /// Where the last `startxref` keyword is, and the table offset it gives.
    private static func lastStartxref(in pdf: [UInt8]) -> (keyword: Int, table: Int)? {
        let keyword = Array("startxref".utf8)
        let searchFrom = max(0, pdf.count - 1024)
        guard let range = pdf[searchFrom...].ranges(of: keyword).last,
              let (_, value) = startxrefNumber(in: pdf, keywordAt: range.lowerBound)
        else { return nil }
        return (range.lowerBound, value)
    }

    private static func startxrefNumber(in pdf: [UInt8], keywordAt keyword: Int) -> (Range<Int>, Int)? {
        var start = keyword + 9
        while start < pdf.count, pdf[start] == 0x0A || pdf[start] == 0x0D || pdf[start] == 0x20 { start += 1 }
        var end = start
        while end < pdf.count, (0x30...0x39).contains(pdf[end]) { end += 1 }
        guard end > start, let value = Int(String(decoding: pdf[start..<end], as: UTF8.self)) else { return nil }
        return (start..<end, value)
    }

    /// The cross-reference table at `xref.table`: in-use objects' offsets by object number.
    private static func table(in pdf: [UInt8], at xref: (keyword: Int, table: Int)) -> (offsets: [Int?], entriesStart: Int, count: Int)? {
        let header = Array("xref\n0 ".utf8)
        guard xref.table + header.count < pdf.count, Array(pdf[xref.table..<(xref.table + header.count)]) == header else { return nil }
        var end = xref.table + header.count
        while end < pdf.count, (0x30...0x39).contains(pdf[end]) { end += 1 }
        guard let count = Int(String(decoding: pdf[(xref.table + header.count)..<end], as: UTF8.self)), count > 0,
              end < pdf.count, pdf[end] == 0x0A
        else { return nil }
        let entriesStart = end + 1
        guard entriesStart + count * 20 <= pdf.count else { return nil }
        var offsets: [Int?] = []
        offsets.reserveCapacity(count)
        for object in 0..<count {
            let entry = pdf[(entriesStart + object * 20)..<(entriesStart + object * 20 + 20)]
            let inUse = entry[entry.startIndex + 17] == UInt8(ascii: "n")
            offsets.append(inUse ? Int(String(decoding: entry.prefix(10), as: UTF8.self)) : nil)
        }
        return (offsets, entriesStart, count)
    }

    /// The object number after `/Root` in the trailer that follows the table.
    private static func rootObject(in pdf: [UInt8], after xref: (keyword: Int, table: Int)) -> Int? {
        let trailer = pdf[xref.table..<xref.keyword]
        guard let root = trailer.firstRange(of: Array("/Root".utf8)) else { return nil }
        var index = root.upperBound
        while index < trailer.endIndex, pdf[index] == 0x20 || pdf[index] == 0x0A { index += 1 }
        var end = index
        while end < trailer.endIndex, (0x30...0x39).contains(pdf[end]) { end += 1 }
        return Int(String(decoding: pdf[index..<end], as: UTF8.self))
    }

    /// The offset of the `>>` that closes the dictionary of the object at `start`: nested
    /// dictionaries counted, strings and names skipped.
    private static func dictionaryEnd(in pdf: [UInt8], objectAt start: Int) -> Int? {
        guard let open = pdf[start..<min(pdf.count, start + 64)].firstRange(of: Array("<<".utf8)) else { return nil }
        var depth = 0
        var index = open.lowerBound
        var stringDepth = 0
        while index + 1 < pdf.count {
            let byte = pdf[index]
            if stringDepth > 0 {
                if byte == UInt8(ascii: "\\") { index += 2; continue }
                if byte == UInt8(ascii: "(") { stringDepth += 1 }
                if byte == UInt8(ascii: ")") { stringDepth -= 1 }
                index += 1
                continue
            }
            if byte == UInt8(ascii: "(") {
                stringDepth = 1
            } else if byte == UInt8(ascii: "<"), pdf[index + 1] == UInt8(ascii: "<") {
                depth += 1
                index += 2
                continue
            } else if byte == UInt8(ascii: ">"), pdf[index + 1] == UInt8(ascii: ">") {
                depth -= 1
                if depth == 0 { return index }
                index += 2
                continue
            } else if pdf[index...].starts(with: Array("endobj".utf8)) {
                return nil
            }
            index += 1
        }
        return nil
    }
}
