import ArgumentParser
import FolioArchive
import FolioCommandLine
import FolioPipeline
import Foundation

extension Archive {
    /// `folio archive get ID`: the PDF of any version.
    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "get", abstract: "Write the PDF of an archived article (any version).")

        @OptionGroup var archive: ArchiveOptions

        @Option(help: ArgumentHelp("Version to get (default: newest).", valueName: "vN"))
        var version: String?

        @Option(name: .shortAndLong, help: ArgumentHelp("Output file, '-' for standard output (default: <slug>.pdf).", valueName: "file"))
        var output: String?

        @Argument(help: ArgumentHelp("Archive id.", valueName: "yyyy/mm/dd/slug"))
        var id: String

        func run() throws {
            try reportingErrors {
                let objectID = try parseID(id)
                let target = output ?? objectID.slug.text + ".pdf"
                let protected = [archive.folder.path]
                try AtomicFile.check(target, protecting: protected)
                let bytes = try archive.openForReading().file(objectID, version: version, path: "article.pdf")
                try AtomicFile.write(bytes, to: target, protecting: protected)
                if case .descriptor = try OutputTarget.resolve(target) { return }
                print(target)
            }
        }
    }
}
