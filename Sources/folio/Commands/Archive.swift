import ArgumentParser

/// `folio archive`: placeholder until the archive commands land.
struct Archive: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Store, find and verify rendered articles.")
}
