import Hummingbird

extension FolioServer {
    /// `GET /healthz` (the archive index answers) and `GET /metrics` (Prometheus text).
    func addOperationsRoutes(to router: Router<ServiceRequestContext>) {
        router.get("/healthz") { _, _ -> Response in
            let articles = try await BlockingWork.run { [archive = self.archive] in try archive.indexedCount() }
            return JSONResponse.make(HealthReport(status: "ok", articles: articles, rendersInFlight: self.gate.inFlight))
        }
        router.get("/metrics") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: self.metrics.prometheusText())))
        }
    }
}

/// The body of `GET /healthz`.
struct HealthReport: Encodable {
    var status: String
    var articles: Int
    var rendersInFlight: Int
}
