/// Which character set an HTML page is in, decided as browsers do before parsing.
///
/// Order: a byte-order mark, then a `<meta charset>` / `<meta http-equiv content="…charset=…">`
/// or XML declaration in the first 4 KB, then UTF-8 when the bytes are valid UTF-8, else
/// GB18030 when the bytes look like Chinese in GB encoding (Chinese sites often omit or
/// misstate the label), else windows-1252 (the web's default). GB2312 and GBK labels mean GB18030, their superset, as the
/// WHATWG Encoding Standard says: pages labelled GB2312 routinely use GBK characters.
enum HTMLCharset {
    static func detect(_ bytes: [UInt8], isSupported: (String) -> Bool) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if let declared = declared(in: bytes) {
            let name = canonical(declared)
            if name == "UTF-8" && !isValidUTF8(bytes) { return undeclaredLegacy(bytes) }
            if isSupported(name) { return name }
        }
        return isValidUTF8(bytes) ? "UTF-8" : undeclaredLegacy(bytes)
    }

    /// A page that is not UTF-8 and does not say what it is: GB18030 when every high byte pairs
    /// up as GB18030 and most pairs are in GB2312's common-hanzi range (Latin-1 text has few,
    /// scattered high bytes, which break that pattern), else windows-1252.
    private static func undeclaredLegacy(_ bytes: [UInt8]) -> String {
        var index = 0, pairs = 0, commonPairs = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            guard (0x81...0xFE).contains(lead), index + 1 < bytes.count else { return "windows-1252" }
            let trail = bytes[index + 1]
            if (0x30...0x39).contains(trail) {   // four-byte form
                guard index + 3 < bytes.count, (0x81...0xFE).contains(bytes[index + 2]),
                      (0x30...0x39).contains(bytes[index + 3]) else { return "windows-1252" }
                index += 4
                continue
            }
            guard (0x40...0xFE).contains(trail), trail != 0x7F else { return "windows-1252" }
            pairs += 1
            if lead >= 0xA1, trail >= 0xA1 { commonPairs += 1 }
            index += 2
        }
        return pairs >= 4 && commonPairs * 5 >= pairs * 4 ? "GB18030" : "windows-1252"
    }

    /// The label a page declares, from the first 4 KB.
    static func declared(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        for marker in ["charset=", "encoding="] {
            var searchStart = head.startIndex
            while let range = head[searchStart...].firstRange(of: marker) {
                searchStart = range.upperBound
                var value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                value = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
                if !value.isEmpty { return String(value) }
            }
        }
        return nil
    }

    private static func canonical(_ label: String) -> String {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "chinese", "csgb2312": return "GB18030"
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5": return "BIG5-HKSCS"
        case "iso-8859-1", "latin1", "ascii", "us-ascii", "windows-1252", "cp1252": return "windows-1252"
        default: return label.uppercased()
        }
    }

    private static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }
}
