import ArgumentParser
import FolioArchive
import FolioCommandLine

extension Archive {
    /// `folio archive search WORDS`: ranked full-text search over titles and bodies.
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "search", abstract: "Find archived articles containing all the words, best match first.")

        @OptionGroup var archive: ArchiveOptions

        @Option(help: "Most results to show.")
        var limit = 20

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @Argument(help: "Words to find.")
        var words: [String]

        func validate() throws {
            if words.isEmpty { throw ValidationError("Please give at least one word to search for.") }
            if limit < 1 { throw ValidationError("--limit must be at least 1.") }
        }

        func run() throws {
            try reportingErrors {
                let hits = try archive.openForReading().search(words.joined(separator: " "), limit: limit)
                if json { return try printJSON(hits) }
                for hit in hits {
                    print("\(hit.entry.date)  \(hit.entry.id)  \(hit.entry.title)")
                    print("    \(hit.snippet.replacingOccurrences(of: "\n", with: " "))")
                }
            }
        }
    }
}
