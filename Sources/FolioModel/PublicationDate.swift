/// A publication date-time as printed in the article, validated but not reinterpreted.
///
/// News pages usually print a local wall-clock time without a zone (the seed says
/// `2018-11-09 11:11:21`). We keep exactly that, plus the UTC offset when the source states one,
/// so the archive can place the article under the date a reader saw and the PDF can carry it.
public struct PublicationDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Offset from UTC in seconds when the source gives one; `nil` for a zone-less time.
    public var utcOffsetSeconds: Int?

    /// Creates a date, or throws when a field is out of range (month 13, 30 February, 25:00).
    public init(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
        utcOffsetSeconds: Int? = nil
    ) throws(PublicationDateError) {
        guard (1...9999).contains(year) else { throw .outOfRange("year \(year)") }
        guard (1...12).contains(month) else { throw .outOfRange("month \(month)") }
        guard (1...Self.daysIn(month: month, year: year)).contains(day) else {
            throw .outOfRange("day \(day) of month \(month)")
        }
        guard (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else {
            throw .outOfRange(String(format2(hour) + ":" + format2(minute) + ":" + format2(second)))
        }
        if let offset = utcOffsetSeconds, abs(offset) > 18 * 3600 {
            throw .outOfRange("UTC offset \(offset / 60) minutes")
        }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`, the calendar day as printed.
    public var dayString: String {
        format4(year) + "-" + format2(month) + "-" + format2(day)
    }

    /// ISO 8601 / RFC 3339: `2018-11-09T11:11:21`, with `Z` or `+08:00` when the offset is known.
    public var iso8601: String {
        var text = dayString + "T" + format2(hour) + ":" + format2(minute) + ":" + format2(second)
        if let offset = utcOffsetSeconds {
            if offset == 0 {
                text += "Z"
            } else {
                let magnitude = abs(offset) / 60
                text += (offset < 0 ? "-" : "+") + format2(magnitude / 60) + ":" + format2(magnitude % 60)
            }
        }
        return text
    }

    public var description: String { iso8601 }

    /// Seconds since 1970-01-01T00:00:00Z, taking a zone-less time as UTC.
    public var secondsSinceEpochUTC: Int64 {
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        let local = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return local - Int64(utcOffsetSeconds ?? 0)
    }

    /// The same instant expressed in UTC (a zone-less time is taken as UTC).
    public var inUTC: PublicationDate {
        Self(secondsSinceEpoch: secondsSinceEpochUTC, utcOffsetSeconds: 0)
    }

    /// The same instant at another UTC offset; a zone-less time is taken as already being there.
    public func converted(toUTCOffset offset: Int) -> PublicationDate {
        guard utcOffsetSeconds != nil else { return self }
        return Self(secondsSinceEpoch: secondsSinceEpochUTC + Int64(offset), utcOffsetSeconds: offset)
    }

    private init(secondsSinceEpoch: Int64, utcOffsetSeconds: Int?) {
        let days = Int(secondsSinceEpoch.floorDivided(by: 86_400))
        let rest = Int(secondsSinceEpoch - Int64(days) * 86_400)
        let (y, m, d) = Self.civilFromDays(days)
        year = y
        month = m
        day = d
        hour = rest / 3600
        minute = rest / 60 % 60
        second = rest % 60
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        lhs.secondsSinceEpochUTC < rhs.secondsSinceEpochUTC
    }

    // Howard Hinnant's civil-calendar algorithms: exact for the proleptic Gregorian calendar.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// Why a date could not be made.
public enum PublicationDateError: Error, Sendable, Hashable, CustomStringConvertible {
    case outOfRange(String)
    case unreadable(String)

    public var description: String {
        switch self {
        case .outOfRange(let what): return "impossible date: \(what) is out of range"
        case .unreadable(let text): return "unreadable date '\(text)'"
        }
    }
}

extension Int64 {
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let q = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? q - 1 : q
    }
}

private func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
private func format4(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + "\(n)" }
