import ArgumentParser
import FolioPipeline

/// `folio`: news articles to archival PDF, and an archive of them by publication date.
///
/// Every command names itself (`commandName:`): otherwise ArgumentParser derives the name from
/// `String(describing: Self.self)`, which scans every protocol-conformance record in the binary
/// and is a measurable part of start-up.
@main
struct Folio: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Render news articles to archival PDF and keep them in an archive by publication date.",
        version: FolioVersion.string,
        subcommands: [Render.self, Batch.self, Layouts.self, Archive.self, Serve.self]
    )

    /// `folio serve …` (and `folio help serve`) become the `folio-serve` executable before any
    /// parsing; everything else is parsed and run as usual.
    static func main() async {
        if let arguments = ServeLauncher.serveArguments(CommandLine.arguments.dropFirst()) {
            ServeLauncher.exec(arguments)
        }
        await main(nil)
    }
}
