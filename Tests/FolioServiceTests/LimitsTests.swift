@testable import FolioService
import Foundation
import Testing

/// Render time and renders in flight are bounded; excess work gets 503, never a pile-up.
@Suite struct LimitsTests {
    @Test func renderOverTheTimeLimitIs503() async throws {
        try await RunningServer.with({ $0.renderTimeout = .milliseconds(50) }) { server in
            let reply = try await server.send("POST", "/render", body: try LongArticle.bytes(paragraphs: 400))
            #expect(reply.status == 503)
            #expect(reply.errorMessage?.contains("longer than") == true)
            #expect(reply.headers["retry-after"] == "1")
            try await waitUntil { server.server.gate.inFlight == 0 }
            let metrics = try await server.send("GET", "/metrics")
            #expect(metrics.text.contains(#"folio_renders_total{outcome="timeout"} 1"#))
        }
    }

    @Test func rendersBeyondTheLimitGet503WithRetryAfter() async throws {
        try await RunningServer.with({ $0.maxRendersInFlight = 1 }) { server in
            let gate = server.server.gate
            // A render holds the only slot while it runs, and gives it back.
            async let slow = server.send("POST", "/render", body: try LongArticle.bytes(paragraphs: 400))
            try await waitUntil { gate.inFlight == 1 }
            #expect(try await slow.status == 200)
            try await waitUntil { gate.inFlight == 0 }
            // While the slot is taken (held here as a render would, so no timing can race the
            // request past it), renders are refused at once.
            #expect(gate.tryEnter())
            let refused = try await server.send("POST", "/render", body: try Samples.seed)
            gate.leave()
            #expect(refused.status == 503)
            #expect(refused.headers["retry-after"] == "1")
            #expect(refused.errorMessage?.contains("busy") == true)
            let accepted = try await server.send("POST", "/render", body: try Samples.seed)
            #expect(accepted.status == 200)
        }
    }
}
