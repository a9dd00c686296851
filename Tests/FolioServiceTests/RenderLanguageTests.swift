import Foundation
import Testing

/// `POST /render?language=TAG`: the caller's language wins over the article's own.
@Suite struct RenderLanguageTests {
    /// The seed is English; rendered as German its catalog says `/Lang (de)` and its footer
    /// "Seite 1 von 1".
    @Test func languageParameterOverridesTheArticle() async throws {
        try await RunningServer.with { server in
            let reply = try await server.send("POST", "/render?language=de-DE", body: try Samples.seed)
            #expect(reply.status == 200)
            #expect(String(decoding: reply.body, as: UTF8.self).contains("/Lang (de-DE)"))
            let english = try await server.send("POST", "/render", body: try Samples.seed)
            #expect(String(decoding: english.body, as: UTF8.self).contains("/Lang (en)"))
        }
    }

    @Test func aBadLanguageIsA400() async throws {
        try await RunningServer.with { server in
            let reply = try await server.send("POST", "/render?language=not%20a%20tag", body: try Samples.seed)
            #expect(reply.status == 400)
            #expect(reply.errorMessage?.contains("is not a language tag") == true, "\(reply.text)")
        }
    }
}
