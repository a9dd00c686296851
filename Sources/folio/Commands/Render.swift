import ArgumentParser
import FolioPipeline

/// `folio render`: placeholder.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render one article to PDF or PNG.")
}
