import ArgumentParser
import FolioArchive
import FolioCommandLine
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
                let bytes = try archive.open().file(objectID, version: version, path: "article.pdf")
                let target = output ?? objectID.slug.text + ".pdf"
                if target == "-" {
                    FileHandle.standardOutput.write(Data(bytes))
                    return
                }
                do {
                    try Data(bytes).write(to: URL(fileURLWithPath: target), options: .atomic)
                } catch {
                    throw ValidationError("Cannot write \(target): \(error.localizedDescription)")
                }
                print(target)
            }
        }
    }
}
