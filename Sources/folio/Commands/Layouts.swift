import ArgumentParser
import FolioCommandLine
import FolioPipeline

/// `folio layouts`: the shipped page layouts, one line each.
struct Layouts: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "layouts", abstract: "List the shipped page layouts.")

    func run() throws {
        let renderer = try reportingErrors { try ArticleRenderer() }
        for line in renderer.layouts.summaries() { print(line) }
    }
}
