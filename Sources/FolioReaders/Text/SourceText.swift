/// The text of an input file after the checks every text format shares.
///
/// Building it rejects what is not text (empty, binary, PDF, UTF-16, invalid UTF-8) and
/// normalises what is harmless: a UTF-8 byte-order mark is removed, CRLF and lone CR become
/// LF, and C0/C1 control characters other than tab and line feed are dropped (they have no
/// glyphs and no meaning in print; form feed is read as a line end). Everything else, bidi
/// controls and emoji included, is kept exactly. One pass over the bytes: linear in the size.
struct SourceText: Sendable {
    /// The normalised text.
    let text: String

    init(_ bytes: [UInt8]) throws(ReaderError) {
        try Self.rejectNonText(bytes)
        let cleaned: [UInt8]
        switch bytes.withUnsafeBufferPointer({ Self.validatedAndCleaned($0) }) {
        case .success(let result): cleaned = result
        case .failure(let error): throw error
        }
        guard cleaned.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }) else { throw .empty }
        text = String(decoding: cleaned, as: UTF8.self)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty }
    }

    /// The text split at line feeds, each line without trailing white space.
    var lines: [String] {
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map {
            String(Substring($0)).trimmedTrailingSpace
        }
    }

    /// Cheap checks on the raw bytes that give a more useful message than "invalid UTF-8".
    static func rejectNonText(_ bytes: [UInt8]) throws(ReaderError) {
        if bytes.isEmpty { throw .empty }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw .utf16 }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if body.starts(with: Array("%PDF-".utf8)) { throw .pdf }
        var controls = 0
        for byte in body {
            if byte == 0 { throw .binary }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
        }
        // A text with a few stray controls is still text; one byte in ten is not.
        if controls > 8 && controls * 10 > body.count { throw .binary }
    }

    /// Validates UTF-8 and applies the normalisations in one pass.
    private static func validatedAndCleaned(_ input: UnsafeBufferPointer<UInt8>) -> Result<[UInt8], ReaderError> {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var i = input.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let n = input.count
        while i < n {
            let b0 = input[i]
            if b0 < 0x80 {
                switch b0 {
                case 0x0D:
                    output.append(0x0A)
                    if i + 1 < n, input[i + 1] == 0x0A { i += 1 }
                case 0x0C: output.append(0x0A)
                case 0x09, 0x0A: output.append(b0)
                case 0x00..<0x20, 0x7F: break
                default: output.append(b0)
                }
                i += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return .failure(.invalidUTF8(offset: i))
            }
            for k in 1..<length {
                guard i + k < n else { return .failure(.invalidUTF8(offset: i + k)) }
                let byte = input[i + k]
                let (lo, hi) = k == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                guard byte >= lo && byte <= hi else { return .failure(.invalidUTF8(offset: i + k)) }
            }
            // C1 controls (U+0080–U+009F) are dropped like C0 ones; U+2028/2029 become line ends.
            if b0 == 0xC2 && input[i + 1] < 0xA0 {
            } else if b0 == 0xE2 && input[i + 1] == 0x80 && (input[i + 2] == 0xA8 || input[i + 2] == 0xA9) {
                output.append(0x0A)
            } else {
                for k in 0..<length { output.append(input[i + k]) }
            }
            i += length
        }
        return .success(output)
    }
}
