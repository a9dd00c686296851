import ArgumentParser
import FolioArchive
import FolioCommandLine
import FolioPipeline
import FolioService
import Foundation
import Logging

/// `folio serve`: the print link and the archive over HTTP (see `FolioServer`).
///
/// Its own executable, so that `folio` does not link Hummingbird and SwiftNIO and starts faster;
/// `folio serve ARGS…` execs this program with `ARGS…` (see `ServeLauncher` in `folio`). It calls
/// itself `folio serve` in help and errors, the name users type.
@main
struct FolioServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio serve",
        abstract: ServeSummary.abstract,
        discussion: """
            Endpoints: POST /render, GET /archive/YYYY/[MM/[DD/]], GET /archive/YYYY/MM/DD/<slug>.pdf, \
            GET /search?q=, POST /archive (needs a token), GET /healthz, GET /metrics. Archive writes \
            need 'Authorization: Bearer <token>', the token coming from --token-file or $FOLIO_TOKEN; \
            without one, writes are refused. SIGTERM or SIGINT stops accepting and lets requests finish.
            """,
        version: FolioVersion.string)

    @Option(help: ArgumentHelp("Address to listen on.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("Port to listen on (0: any free port).", valueName: "port"))
    var port = 8080

    @OptionGroup var archive: ArchiveOptions

    @Option(help: ArgumentHelp("File holding the token for archive writes (else $FOLIO_TOKEN).", valueName: "file"), completion: .file())
    var tokenFile: String?

    @Option(help: ArgumentHelp("Largest request body, in megabytes.", valueName: "MB"))
    var maxBody = 10

    @Option(help: ArgumentHelp("Longest a render may take, in seconds, before the request gets 503.", valueName: "seconds"))
    var renderTimeout = 30

    @Option(help: ArgumentHelp("Renders allowed at once; more get 503 with Retry-After (default: 2 per core).", valueName: "n"))
    var maxRenders: Int?

    @Option(help: ArgumentHelp("Seconds a new connection may take to send its first request's headers.", valueName: "seconds"))
    var headerTimeout = 10

    @Option(help: ArgumentHelp("Seconds a request body may take to arrive.", valueName: "seconds"))
    var bodyTimeout = 60

    @Option(help: ArgumentHelp("Seconds a kept-alive connection may wait for its next request.", valueName: "seconds"))
    var idleTimeout = 30

    @Option(help: ArgumentHelp(
        "Connections open at once; past it the longest-idle one is closed (default: 10000, less when the open-file limit is lower).",
        valueName: "n"))
    var maxConnections: Int?

    @Option(help: ArgumentHelp("Idle connections kept at once; past it the longest-idle one is closed.", valueName: "n"))
    var maxIdleConnections = 1000

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("Please give a port from 0 to 65535.") }
        guard (1...1024).contains(maxBody) else { throw ValidationError("Please give --max-body from 1 to 1024 (megabytes).") }
        guard (1...3600).contains(renderTimeout) else { throw ValidationError("Please give --render-timeout from 1 to 3600 (seconds).") }
        if let maxRenders, !(1...1024).contains(maxRenders) { throw ValidationError("Please give --max-renders from 1 to 1024.") }
        for (name, value) in [("--header-timeout", headerTimeout), ("--body-timeout", bodyTimeout), ("--idle-timeout", idleTimeout)]
        where !(1...3600).contains(value) {
            throw ValidationError("Please give \(name) from 1 to 3600 (seconds).")
        }
        if let maxConnections, !(1...1_000_000).contains(maxConnections) {
            throw ValidationError("Please give --max-connections from 1 to 1000000.")
        }
        guard (1...1_000_000).contains(maxIdleConnections) else {
            throw ValidationError("Please give --max-idle-connections from 1 to 1000000.")
        }
    }

    func run() async throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
            return handler
        }
        let logger = Logger(label: "folio.serve")
        // Every connection is a file descriptor: take all the operating system allows.
        OpenFileLimit.raiseToHardLimit()
        let configuration = ServiceConfiguration(
            host: host, port: port, archiveFolder: archive.folder, token: try readToken(),
            maxBodyBytes: maxBody * 1024 * 1024, renderTimeout: .seconds(renderTimeout),
            maxRendersInFlight: maxRenders ?? ServiceConfiguration.defaultRendersInFlight,
            headerTimeout: .seconds(headerTimeout), bodyTimeout: .seconds(bodyTimeout), idleTimeout: .seconds(idleTimeout),
            maxConnections: maxConnections ?? ServiceConfiguration.defaultMaxConnections,
            maxIdleConnections: maxIdleConnections)
        if configuration.token == nil {
            logger.notice("no token configured (FOLIO_TOKEN or --token-file): archive writes are disabled")
        }
        let server = try reportingErrors { try FolioServer(configuration: configuration, logger: logger) }
        do {
            try await server.run { port in
                logger.notice("listening", metadata: ["address": "http://\(host):\(port)", "archive": "\(configuration.archiveFolder.path)"])
            }
        } catch {
            printError("folio: serve: cannot serve on \(host):\(port): \(error)")
            throw ExitCode.failure
        }
    }

    /// The token from `--token-file` (which wins) or `$FOLIO_TOKEN`; nil when neither is set.
    private func readToken() throws -> BearerToken? {
        if let tokenFile {
            guard let data = FileManager.default.contents(atPath: tokenFile) else {
                throw ValidationError("Cannot read the token file \(tokenFile).")
            }
            guard let token = BearerToken(String(decoding: data, as: UTF8.self)) else {
                throw ValidationError("The token file \(tokenFile) is empty.")
            }
            return token
        }
        return ProcessInfo.processInfo.environment["FOLIO_TOKEN"].flatMap(BearerToken.init)
    }
}
