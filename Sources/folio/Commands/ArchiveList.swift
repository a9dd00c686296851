import ArgumentParser
import FolioArchive
import FolioCommandLine

extension Archive {
    /// `folio archive list`: archived articles by date, newest first.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List archived articles, newest first.")

        @OptionGroup var archive: ArchiveOptions

        @Option(help: ArgumentHelp("First day to include.", valueName: "yyyy-mm-dd"))
        var from: String?

        @Option(help: ArgumentHelp("Last day to include.", valueName: "yyyy-mm-dd"))
        var to: String?

        @Option(help: ArgumentHelp("Only this section (case-insensitive).", valueName: "section"))
        var section: String?

        @Flag(help: "Print JSON instead of a table.")
        var json = false

        func run() throws {
            try reportingErrors {
                let entries = try archive.openForReading().list(from: from, to: to, section: section)
                if json { return try printJSON(entries) }
                for entry in entries {
                    print("\(entry.date)  \(entry.id)  v\(entry.versions)  \(entry.title)")
                }
            }
        }
    }
}
