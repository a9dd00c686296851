import Hummingbird
import Logging

/// Writes one structured access-log line per request and records it in the metrics.
///
/// Sits outside `ErrorBodyMiddleware`, so it sees the final status of every request, errors included.
struct ObservingMiddleware: RouterMiddleware {
    typealias Context = ServiceRequestContext
    let metrics: ServiceMetrics
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var status = 500
        var bytes: Int?
        defer {
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            // Hummingbird names a miss "NotFound"; only real route patterns (they start with "/") are labels.
            let route = context.endpointPath.flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "unmatched"
            metrics.record(method: request.method.rawValue, route: route, status: status, seconds: seconds)
            logger.info("request", metadata: [
                "method": "\(request.method.rawValue)",
                "path": "\(request.uri.path)",
                "route": "\(route)",
                "status": "\(status)",
                "bytes": "\(bytes.map(String.init) ?? "-")",
                "duration_ms": "\(Int(seconds * 1000))",
                "remote": "\(context.remoteAddress ?? "-")",
                "request_id": "\(context.id)",
            ])
        }
        let response = try await next(request, context)
        status = response.status.code
        bytes = response.body.contentLength
        return response
    }
}
