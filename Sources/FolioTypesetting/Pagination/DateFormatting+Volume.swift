import FolioModel

extension DateFormatting {
    /// `9 Nov 2018`, for one line of a table of contents.
    static func short(_ date: PublicationDate) -> String {
        "\(date.day) \(months[date.month - 1].prefix(3)) \(date.year)"
    }

    /// `5 November 2018`.
    static func day(_ date: PublicationDate) -> String {
        "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// `5–9 November 2018`, `30 October – 2 November 2018`, or one day when both are the same.
    static func range(_ first: PublicationDate, _ last: PublicationDate) -> String {
        if first.dayString == last.dayString { return day(first) }
        if first.year == last.year, first.month == last.month {
            return "\(first.day)–\(last.day) \(months[last.month - 1]) \(last.year)"
        }
        if first.year == last.year {
            return "\(first.day) \(months[first.month - 1]) – \(day(last))"
        }
        return "\(day(first)) – \(day(last))"
    }
}
