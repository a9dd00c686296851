import ArgumentParser
import FolioArchive
import FolioCommandLine

extension Archive {
    /// `folio archive show ID`: an article's metadata and version history.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show an archived article's metadata and versions.")

        @OptionGroup var archive: ArchiveOptions

        @Argument(help: ArgumentHelp("Archive id.", valueName: "yyyy/mm/dd/slug"))
        var id: String

        func run() throws {
            try reportingErrors {
                let record = try archive.openForReading().record(try parseID(id))
                let m = record.metadata
                print("id:        \(record.id)")
                print("title:     \(m.title)")
                if let section = m.section { print("section:   \(section)") }
                print("published: \(m.published)  (filed under \(m.filedUnder))")
                if let language = m.language { print("language:  \(language)") }
                if let url = m.sourceURL { print("source:    \(url)") }
                print("input:     \(m.source.originalName ?? m.source.path) (\(m.source.bytes) bytes)")
                print("layout:    \(m.layout.originalName ?? m.layout.path)")
                if let images = m.images, !images.isEmpty { print("images:    \(images.count) stored") }
                print("renderer:  \(m.renderer)")
                print("versions:")
                for version in record.versions {
                    print("  \(version.name)  \(version.created)  \(version.message ?? "")")
                }
            }
        }
    }
}
