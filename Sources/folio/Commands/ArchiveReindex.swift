import ArgumentParser
import FolioArchive
import FolioCommandLine

extension Archive {
    /// `folio archive reindex`: rebuild index.sqlite from the storage root.
    struct Reindex: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reindex", abstract: "Rebuild the search index from the stored objects.")

        @OptionGroup var archive: ArchiveOptions

        func run() throws {
            try reportingErrors {
                let count = try archive.open().reindex()
                print("indexed \(count) article\(count == 1 ? "" : "s")")
            }
        }
    }
}
