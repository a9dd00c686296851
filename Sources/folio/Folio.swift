import ArgumentParser
import Dispatch
import FolioPipeline

/// `folio`: news articles to archival PDF, and an archive of them by publication date.
///
/// Every command names itself (`commandName:`): otherwise ArgumentParser derives the name from
/// `String(describing: Self.self)`, which scans every protocol-conformance record in the binary
/// and is a measurable part of start-up.
@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Render news articles to archival PDF and keep them in an archive by publication date.",
        version: FolioVersion.string,
        subcommands: [Render.self, Batch.self, Layouts.self, Archive.self, Serve.self]
    )

    /// Parses and runs a command, like `AsyncParsableCommand.main`, with three start-up savings:
    /// `folio serve …` (and `folio help serve`) become the `folio-serve` executable before any
    /// parsing; a plain `folio render FILE` starts reading its article while it is parsed (see
    /// `RenderPrefetch`); and only an async command (`batch`) starts the Swift concurrency
    /// runtime; the others, `--version` and `--help` run on the main thread without it.
    static func main() {
        if let arguments = ServeLauncher.serveArguments(CommandLine.arguments.dropFirst()) {
            ServeLauncher.exec(arguments)
        }
        RenderPrefetch.start(for: CommandLine.arguments.dropFirst())
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        if let asyncCommand = command as? any AsyncParsableCommand {
            runAsync(asyncCommand)
        }
        do {
            try command.run()
        } catch {
            exit(withError: error)
        }
    }

    /// Runs an async command in a task while the main queue serves the main actor, as an async
    /// `main` would, then exits.
    private static func runAsync(_ command: any AsyncParsableCommand) -> Never {
        nonisolated(unsafe) var command = command
        Task {
            do {
                try await command.run()
            } catch {
                exit(withError: error)
            }
            exit()
        }
        dispatchMain()
    }
}
