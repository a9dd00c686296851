import FolioModel
import Foundation

/// Publication dates in the article's own language, from the locale data Foundation carries.
enum LocalizedDates {
    /// The date and time as the language writes them, in the article's own time zone
    /// (`2018年11月9日 11:11`, `9 พฤศจิกายน 2561 เวลา 11:11` in Thailand's Buddhist era), or
    /// `nil` for English and for languages Foundation has no data for, which keep the
    /// typesetter's English form.
    ///
    /// The typesetter does not ask for English articles: creating a Locale starts Foundation's
    /// ICU, which costs more than a millisecond of a one-page render.
    @Sendable static func long(_ date: PublicationDate, language: String) -> String? {
        let locale = Locale(identifier: language)
        guard let code = locale.language.languageCode?.identifier, code != "en",
              Locale.availableIdentifiers.contains(code)
        else { return nil }
        // A time written without a zone is shown as written: treat it as UTC on both sides.
        guard let zone = TimeZone(secondsFromGMT: date.utcOffsetSeconds ?? 0) else { return nil }
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = zone
        let components = DateComponents(
            year: date.year, month: date.month, day: date.day, hour: date.hour, minute: date.minute, second: date.second)
        guard let instant = gregorian.date(from: components) else { return nil }
        var calendar = locale.calendar
        calendar.timeZone = zone
        return instant.formatted(
            Date.FormatStyle(date: .long, time: .shortened, locale: locale, calendar: calendar, timeZone: zone))
    }
}
