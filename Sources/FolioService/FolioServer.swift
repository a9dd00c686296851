import FolioArchive
import FolioPipeline
import Hummingbird
import Logging
import NIOCore

/// `folio serve`: the print link and the archive over HTTP.
///
/// One renderer (fonts opened once) and one archive handle serve every request; routes live in
/// `FolioServer+<Area>.swift` files. Limits (body size, render time, renders in flight, header,
/// body and idle timeouts, connections open and idle) come from `ServiceConfiguration`.
///
/// ## Endpoints
/// - `POST /render`, `GET /healthz`, `GET /metrics`
/// - `GET /archive/YYYY/`, `/archive/YYYY/MM/`, `/archive/YYYY/MM/DD/`, `/archive/YYYY/MM/DD/<slug>.pdf`
/// - `GET /search?q=`, `POST /archive` (bearer token)
public final class FolioServer: Sendable {
    public let configuration: ServiceConfiguration
    let renderer: ArticleRenderer
    let archive: ArticleArchive
    let gate: RenderGate
    /// Open connections, for the connection limits (see `ConnectionTimeouts`).
    let connections: ConnectionRoster
    let metrics: ServiceMetrics
    let logger: Logger
    /// Shipped layout names, the only layouts a client may ask for (never a server path).
    let layoutNames: Set<String>

    public init(configuration: ServiceConfiguration, renderer: ArticleRenderer, archive: ArticleArchive, logger: Logger) {
        self.configuration = configuration
        self.renderer = renderer
        self.archive = archive
        self.logger = logger
        gate = RenderGate(limit: configuration.maxRendersInFlight)
        connections = ConnectionRoster(
            maxConnections: configuration.maxConnections, maxIdle: configuration.maxIdleConnections)
        metrics = ServiceMetrics(gate: gate, roster: connections)
        layoutNames = Set(renderer.layouts.names)
    }

    /// Opens the renderer and the archive (creating an empty archive if the folder has none). An
    /// archive that exists but cannot be opened for writing (a read-only mount, another user's
    /// folder, a full disk) is served read-only: archive writes then get 503.
    public convenience init(configuration: ServiceConfiguration, logger: Logger) throws {
        let renderer = try ArticleRenderer()
        let warn: @Sendable (String) -> Void = { logger.warning("\($0)") }
        let archive: ArticleArchive
        do {
            archive = try ArticleArchive.open(configuration.archiveFolder, create: true, warn: warn)
        } catch {
            guard let reading = try? ArticleArchive.openForReading(configuration.archiveFolder, warn: warn) else { throw error }
            logger.warning("serving \(configuration.archiveFolder.path) read-only (\(error)); archive writes will get 503")
            archive = reading
        }
        self.init(configuration: configuration, renderer: renderer, archive: archive, logger: logger)
    }

    /// The Hummingbird application; `onRunning` receives the bound port (useful with port 0).
    public func makeApplication(
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> Application<RouterResponder<ServiceRequestContext>> {
        let router = Router(context: ServiceRequestContext.self, options: .autoGenerateHeadEndpoints)
        // Middleware applies to the routes added after it, so it comes first.
        router.add(middleware: ObservingMiddleware(metrics: metrics, logger: logger))
        router.add(middleware: ErrorBodyMiddleware())
        addOperationsRoutes(to: router)
        addRenderRoutes(to: router)
        addArchiveReadingRoutes(to: router)
        addArchiveWritingRoutes(to: router)
        let limits = ConnectionTimeouts.Limits(
            header: TimeAmount(configuration.headerTimeout), body: TimeAmount(configuration.bodyTimeout),
            idle: TimeAmount(configuration.idleTimeout))
        let roster = connections
        return Application(
            router: router,
            server: .folioHTTP1(
                configuration: .init(additionalChannelHandlers: [ConnectionTimeouts(limits: limits, roster: roster)])),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: "folio"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    /// Serves until SIGTERM or SIGINT, then stops accepting and lets requests in flight finish.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await makeApplication(onRunning: onRunning).runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
