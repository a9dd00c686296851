import ArgumentParser
import FolioPipeline

/// `folio layouts`: placeholder.
struct Layouts: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the shipped page layouts.")
}
