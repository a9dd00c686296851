extension PublicationDate {
    /// Reads the date forms news pages and feeds print:
    /// `2018-11-09 11:11:21`, `2018-11-09T11:11:21Z`, `2018-11-09T11:11:21+08:00`,
    /// `2018-11-09T11:11`, `2018/11/09 11:11`, or a bare `2018-11-09`.
    ///
    /// - Throws: `.unreadable` when the text is not of one of those shapes, `.outOfRange`
    ///   when it is but names an impossible day or time (`2018-13-45 99:99:99`).
    public init(parsing text: String) throws(PublicationDateError) {
        let trimmed = text.trimmingSpaces
        var scanner = DigitScanner(Array(trimmed.utf8))
        guard let year = scanner.number(digits: 4), scanner.skip(oneOf: "-/."),
              let month = scanner.number(maxDigits: 2), scanner.skip(oneOf: "-/."),
              let day = scanner.number(maxDigits: 2)
        else { throw .unreadable(trimmed) }
        var hour = 0, minute = 0, second = 0
        var offset: Int?
        if scanner.skip(oneOf: "T ") {
            guard let h = scanner.number(maxDigits: 2), scanner.skip(oneOf: ":"),
                  let m = scanner.number(maxDigits: 2)
            else { throw .unreadable(trimmed) }
            hour = h
            minute = m
            if scanner.skip(oneOf: ":") {
                guard let s = scanner.number(maxDigits: 2) else { throw .unreadable(trimmed) }
                second = s
                if scanner.skip(oneOf: "."), scanner.number(maxDigits: 9) == nil { throw .unreadable(trimmed) }
            }
            _ = scanner.skip(oneOf: " ")
            if scanner.skip(oneOf: "Zz") {
                offset = 0
            } else if let sign = scanner.sign() {
                guard let oh = scanner.number(maxDigits: 2) else { throw .unreadable(trimmed) }
                _ = scanner.skip(oneOf: ":")
                let om = scanner.number(maxDigits: 2) ?? 0
                guard om < 60 else { throw .outOfRange("UTC offset minutes \(om)") }
                offset = sign * (oh * 3600 + om * 60)
            } else if scanner.skipWord("UTC") || scanner.skipWord("GMT") {
                offset = 0
            }
        }
        guard scanner.atEnd else { throw .unreadable(trimmed) }
        try self.init(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second,
            utcOffsetSeconds: offset)
    }

    /// True when the line looks like a timestamp line and nothing else (used by readers to spot it).
    public static func looksLikeTimestamp(_ line: String) -> Bool {
        let bytes = Array(line.trimmingSpaces.utf8)
        guard bytes.count >= 10, bytes.count <= 40 else { return false }
        let digits = bytes.prefix(4).allSatisfy { $0 >= 48 && $0 <= 57 }
        return digits && (bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: "/"))
            && bytes.allSatisfy { ($0 >= 48 && $0 <= 57) || " -/:.TZz+UTCGM".utf8.contains($0) }
    }
}

/// A tiny cursor over ASCII bytes, enough for date shapes (no Foundation needed).
private struct DigitScanner {
    let bytes: [UInt8]
    var index = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    mutating func number(digits: Int) -> Int? {
        let start = index
        guard let value = number(maxDigits: digits), index - start == digits else {
            index = start
            return nil
        }
        return value
    }

    mutating func number(maxDigits: Int) -> Int? {
        var value = 0
        let start = index
        while index < bytes.count, index - start < maxDigits, bytes[index] >= 48, bytes[index] <= 57 {
            value = value * 10 + Int(bytes[index] - 48)
            index += 1
        }
        return index > start ? value : nil
    }

    mutating func skip(oneOf characters: String) -> Bool {
        guard index < bytes.count, characters.utf8.contains(bytes[index]) else { return false }
        index += 1
        return true
    }

    mutating func skipWord(_ word: String) -> Bool {
        let w = Array(word.utf8)
        guard bytes.count - index >= w.count, Array(bytes[index..<index + w.count]) == w else { return false }
        index += w.count
        return true
    }

    mutating func sign() -> Int? {
        if skip(oneOf: "+") { return 1 }
        if skip(oneOf: "-") { return -1 }
        return nil
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line ends (including U+00A0).
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
