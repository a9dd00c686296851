@testable import FolioService
import Foundation
import Testing

/// A render past its deadline stops (between paragraphs) and frees its slot before the client
/// is answered, so the next render is served at once.
@Suite struct RenderDeadlineTests {
    @Test func aRenderPastItsDeadlineFreesItsSlotBeforeThe503() async throws {
        try await RunningServer.with({ $0.renderTimeout = .milliseconds(300); $0.maxRendersInFlight = 1 }) { server in
            // 400 paragraphs (600 KB): read in well under the second a render may take to stop
            // after its deadline, set in far more than 300 ms.
            let long = try LongArticle.bytes(paragraphs: 400)
            let timedOut = try await server.send("POST", "/render", body: long)
            #expect(timedOut.status == 503)
            #expect(timedOut.errorMessage?.contains("longer than") == true)
            // The only slot is free already: without a real deadline the long render would
            // still hold it and this would be refused as busy.
            #expect(server.server.gate.inFlight == 0)
            let next = try await server.send("POST", "/render", body: try Samples.seed)
            #expect(next.status == 200)
            let metrics = try await server.send("GET", "/metrics")
            #expect(metrics.text.contains(#"folio_renders_total{outcome="timeout"} 1"#))
            #expect(metrics.text.contains(#"folio_renders_total{outcome="ok"} 1"#))
        }
    }
}
