@testable import FolioService
import Foundation
import Testing

/// `GET /healthz`, `GET /metrics`, and graceful shutdown.
@Suite struct OperationsTests {
    @Test func healthzAnswersJSON() async throws {
        try await RunningServer.with { server in
            let reply = try await server.send("GET", "/healthz")
            #expect(reply.status == 200)
            let body = try reply.json()
            #expect(body["status"] as? String == "ok")
            #expect(body["articles"] as? Int == 0)
        }
    }

    @Test func metricsCountRequestsRendersAndLatency() async throws {
        try await RunningServer.with { server in
            _ = try await server.send("POST", "/render", body: try Samples.seed)
            _ = try await server.send("GET", "/healthz")
            _ = try await server.send("GET", "/nowhere")
            let reply = try await server.send("GET", "/metrics")
            #expect(reply.status == 200)
            #expect(reply.headers["content-type"]?.hasPrefix("text/plain; version=0.0.4") == true)
            let text = reply.text
            #expect(text.contains(#"folio_http_requests_total{method="POST",route="/render",status="200"} 1"#))
            #expect(text.contains(#"folio_http_requests_total{method="GET",route="/healthz",status="200"} 1"#))
            #expect(text.contains(#"folio_http_requests_total{method="GET",route="unmatched",status="404"} 1"#))
            #expect(text.contains(#"folio_http_request_duration_seconds_count{route="/render"} 1"#))
            #expect(text.contains(#"folio_renders_total{outcome="ok"} 1"#))
            #expect(text.contains("folio_renders_in_flight 0"))
        }
    }

    @Test func gracefulShutdownLetsARenderInFlightFinish() async throws {
        let server = try await RunningServer.start()
        let big = try LongArticle.bytes(paragraphs: 400)
        async let rendering = server.send("POST", "/render", headers: ["Content-Type": "text/markdown"], body: big)
        try await waitUntil { server.server.gate.inFlight == 1 }
        try await server.stop()
        let reply = try await rendering
        #expect(reply.status == 200)
        #expect(reply.body.starts(with: Array("%PDF-".utf8)))
    }
}

/// A long Markdown article, slow enough to render that a test can act while it runs.
enum LongArticle {
    static func bytes(paragraphs: Int) throws -> [UInt8] {
        var text = "---\ntitle: A long report\ndate: 2018-11-09\n---\n\n"
        let paragraph = String(decoding: try Samples.seed.suffix(1500), as: UTF8.self)
        for index in 0..<paragraphs { text += "Paragraph \(index). \(paragraph)\n\n" }
        return Array(text.utf8)
    }
}

/// Polls `condition` every 10 ms for up to 30 s.
func waitUntil(_ condition: @Sendable () -> Bool) async throws {
    for _ in 0..<3000 {
        if condition() { return }
        try await Task.sleep(for: .milliseconds(10))
    }
    throw HTTPExchange.Failure(message: "condition not met within 30 s")
}
