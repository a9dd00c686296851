import ArgumentParser
import FolioArchive
import FolioCommandLine
import FolioPipeline

extension Archive {
    /// `folio archive rerender ID`: render the stored input again as a new version.
    struct Rerender: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rerender",
            abstract: "Render an archived article again (perhaps with another layout) as a new version.",
            discussion: "Earlier versions are kept unchanged. Without --layout the stored layout file is used. Figures are drawn with the images stored with the article.")

        @OptionGroup var archive: ArchiveOptions

        @Option(help: ArgumentHelp("Layout name or layout file (default: the one stored).", valueName: "layout"))
        var layout: String?

        @Argument(help: ArgumentHelp("Archive id.", valueName: "yyyy/mm/dd/slug"))
        var id: String

        func run() throws {
            try reportingErrors {
                let objectID = try parseID(id)
                let store = try archive.open()
                let metadata = try store.metadata(objectID)
                let input = try store.file(objectID, path: metadata.source.path)
                // The figures' images come from the stored copies only, never from the disk;
                // a version stored without images renders its figures as placeholders.
                let source = ArticleSource(
                    displayName: metadata.source.originalName ?? metadata.source.path, bytes: input,
                    storedImages: try store.images(objectID))
                let choice: LayoutChoice
                if let layout {
                    choice = .named(layout)
                } else {
                    let bytes = try store.file(objectID, path: metadata.layout.path)
                    choice = .file(fileName: metadata.layout.originalName ?? metadata.layout.path, bytes: bytes)
                }
                let rendered = try ArticleRenderer().render(source, layout: choice)
                for warning in rendered.warnings { printError(warning) }
                print(try store.addVersion(to: objectID, ArchiveSubmission(rendered: rendered, source: source)))
            }
        }
    }
}
