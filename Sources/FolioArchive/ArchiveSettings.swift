import FolioModel
import Foundation

/// Per-archive settings, kept in `archive.json` next to the storage root.
public struct ArchiveSettings: Codable, Sendable, Hashable {
    /// IANA time zone the archive files articles in (`UTC`, `Asia/Shanghai`). A publication time
    /// with a UTC offset is converted to this zone; a zone-less time is taken as printed.
    public var timeZone: String

    public init(timeZone: String = "UTC") {
        self.timeZone = timeZone
    }

    /// The calendar day an article is filed under.
    func filingDay(of date: PublicationDate) -> PublicationDate {
        guard date.utcOffsetSeconds != nil, let zone = TimeZone(identifier: timeZone) else { return date }
        let instant = Date(timeIntervalSince1970: TimeInterval(date.secondsSinceEpochUTC))
        return date.converted(toUTCOffset: zone.secondsFromGMT(for: instant))
    }

    static func load(_ folder: ArchiveFolder) throws(ArchiveError) -> ArchiveSettings {
        guard let bytes = try DurableFile.read(folder.settingsFile) else { return ArchiveSettings() }
        guard let settings = try? JSONDecoder().decode(ArchiveSettings.self, from: Data(bytes)),
              TimeZone(identifier: settings.timeZone) != nil
        else { throw .notAnArchive(folder.settingsFile, "settings are not {\"timeZone\": \"<IANA zone>\"}") }
        return settings
    }

    func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return ((try? encoder.encode(self)).map { [UInt8]($0) } ?? []) + [10]
    }
}
