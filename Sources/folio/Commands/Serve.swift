import ArgumentParser
import FolioCommandLine

/// `folio serve`: listed here so that `folio --help` shows it; the server is the separate
/// `folio-serve` executable, which `Folio.main` execs before any parsing (see `ServeLauncher`).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: ServeSummary.abstract)

    @Argument(parsing: .captureForPassthrough, help: "Arguments for folio-serve (see 'folio serve --help').")
    var arguments: [String] = []

    func run() throws {
        ServeLauncher.exec(arguments)
    }
}
