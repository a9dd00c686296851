import FolioModel

/// How dates read in the title block ("9 November 2018, 11:11").
enum DateFormatting {
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    static func long(_ date: PublicationDate) -> String {
        let minute = date.minute < 10 ? "0\(date.minute)" : "\(date.minute)"
        let hour = date.hour < 10 ? "0\(date.hour)" : "\(date.hour)"
        return "\(date.day) \(months[date.month - 1]) \(date.year), \(hour):\(minute)"
    }
}
