import FolioArchive
import Foundation

/// How `folio serve` listens and what it allows; every limit has a safe default.
public struct ServiceConfiguration: Sendable {
    /// Address to bind; loopback unless the operator says otherwise.
    public var host: String
    /// Port to bind; 0 asks the system for a free one (tests).
    public var port: Int
    /// The archive served under `/archive` and written by `POST /archive`.
    public var archiveFolder: ArchiveFolder
    /// The token `POST /archive` requires; nil disables writes (403), never opens them.
    public var token: BearerToken?
    /// Largest request body accepted (413 beyond it).
    public var maxBodyBytes: Int
    /// Longest a render may take before the request gets 503.
    public var renderTimeout: Duration
    /// Renders running at once; a request beyond this gets 503 with Retry-After instead of queueing.
    public var maxRendersInFlight: Int
    /// Seconds a rejected client is told to wait (Retry-After).
    public var retryAfterSeconds: Int
    /// Longest a new connection may take to send its first request head (slow clients are closed).
    public var headerTimeout: Duration
    /// Longest a request body may take to arrive after its head.
    public var bodyTimeout: Duration
    /// Longest a kept-alive connection may wait for its next request.
    public var idleTimeout: Duration
    /// Connections open at once; past it the connection idle the longest is closed (the newcomer
    /// when none is idle). Kept below the open-file limit, so files can still be opened.
    public var maxConnections: Int
    /// Idle connections (no request in progress) kept at once; past it the oldest idle is closed.
    public var maxIdleConnections: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, archiveFolder: ArchiveFolder = .defaultFolder(),
        token: BearerToken? = nil, maxBodyBytes: Int = 10 * 1024 * 1024, renderTimeout: Duration = .seconds(30),
        maxRendersInFlight: Int = ServiceConfiguration.defaultRendersInFlight, retryAfterSeconds: Int = 1,
        headerTimeout: Duration = .seconds(10), bodyTimeout: Duration = .seconds(60), idleTimeout: Duration = .seconds(30),
        maxConnections: Int = ServiceConfiguration.defaultMaxConnections, maxIdleConnections: Int = 1_000
    ) {
        self.host = host
        self.port = port
        self.archiveFolder = archiveFolder
        self.token = token
        self.maxBodyBytes = maxBodyBytes
        self.renderTimeout = renderTimeout
        self.maxRendersInFlight = maxRendersInFlight
        self.retryAfterSeconds = retryAfterSeconds
        self.headerTimeout = headerTimeout
        self.bodyTimeout = bodyTimeout
        self.idleTimeout = idleTimeout
        self.maxConnections = maxConnections
        self.maxIdleConnections = maxIdleConnections
    }

    /// 10,000 connections, or fewer when the open-file limit is lower: a quarter of the limit
    /// (at least 256 descriptors) stays free for the archive, the fonts and the renders' files.
    public static var defaultMaxConnections: Int {
        let limit = OpenFileLimit.current
        return max(16, min(10_000, limit - max(256, limit / 4)))
    }

    /// Two renders per core: enough to keep the cores busy while one render waits on the disk.
    public static var defaultRendersInFlight: Int { max(2, 2 * ProcessInfo.processInfo.activeProcessorCount) }
}
