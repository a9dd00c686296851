import FolioArchive
import FolioPipeline
@testable import FolioService
import Foundation
import Logging
import ServiceLifecycle

/// The real server on 127.0.0.1 and a free port, over a fresh archive in a temporary folder.
final class RunningServer: Sendable {
    let port: Int
    let server: FolioServer
    let archiveFolder: URL
    private let group: ServiceGroup
    private let task: Task<Void, any Error>

    /// One renderer for every test: fonts are opened once.
    static let renderer: ArticleRenderer = {
        do { return try ArticleRenderer() } catch { preconditionFailure("fonts for the tests: \(error)") }
    }()

    private init(port: Int, server: FolioServer, archiveFolder: URL, group: ServiceGroup, task: Task<Void, any Error>) {
        self.port = port
        self.server = server
        self.archiveFolder = archiveFolder
        self.group = group
        self.task = task
    }

    /// Starts a server; `configure` adjusts the configuration (token, limits) first.
    static func start(_ configure: (inout ServiceConfiguration) -> Void = { _ in }) async throws -> RunningServer {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-serve-test-\(UUID().uuidString)")
        var configuration = ServiceConfiguration(port: 0, archiveFolder: ArchiveFolder(folder))
        configure(&configuration)
        var logger = Logger(label: "folio.serve.test")
        logger.logLevel = .error
        let archive = try ArticleArchive.open(configuration.archiveFolder, create: true)
        let server = FolioServer(configuration: configuration, renderer: renderer, archive: archive, logger: logger)
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let application = server.makeApplication { port in portSink.yield(port) }
        let group = ServiceGroup(services: [application], gracefulShutdownSignals: [], logger: logger)
        let task = Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else { throw HTTPExchange.Failure(message: "server did not start") }
        return RunningServer(port: port, server: server, archiveFolder: folder, group: group, task: task)
    }

    func send(_ method: String = "GET", _ path: String, headers: [String: String] = [:], body: [UInt8] = []) async throws -> HTTPReply {
        try await HTTPExchange.send(port: port, method: method, path: path, headers: headers, body: body)
    }

    /// Graceful shutdown (as on SIGTERM), then removes the archive folder.
    func stop() async throws {
        await group.triggerGracefulShutdown()
        try await task.value
        try? FileManager.default.removeItem(at: archiveFolder)
    }

    /// Runs `body` against a fresh server and always stops it.
    static func with<T>(
        _ configure: (inout ServiceConfiguration) -> Void = { _ in }, _ body: (RunningServer) async throws -> T
    ) async throws -> T {
        let server = try await start(configure)
        do {
            let result = try await body(server)
            try await server.stop()
            return result
        } catch {
            try? await server.stop()
            throw error
        }
    }
}

/// Articles from the repository's samples.
enum Samples {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent(relativePath)))
    }

    /// The seed: the World Internet Conference plenary, as scraped text (2018-11-09).
    static var seed: [UInt8] { get throws { try bytes("samples/wic2018/wic-plenary.txt") } }
}
