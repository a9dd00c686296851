@testable import FolioTextAnalysis
import Testing

@Suite("Text analysis errors")
struct TextAnalysisErrorTests {
    #if DEBUG
    @Test("A bidi failure is a typed error with a one-line message, not a crash")
    func bidiFailure() {
        #expect(throws: TextAnalysisError.icuFailure(function: "ubidi_openSized", code: "U_MEMORY_ALLOCATION_ERROR")) {
            try ICU.$simulatesFailure.withValue(true) { try BidiParagraph("שלום world") }
        }
    }
    #endif

    @Test("Messages are one line a user can read")
    func messages() {
        let failure = TextAnalysisError.icuFailure(function: "ubidi_setPara", code: "U_MEMORY_ALLOCATION_ERROR")
        #expect(failure.description == "Unicode text analysis failed: ICU's ubidi_setPara reported U_MEMORY_ALLOCATION_ERROR.")
        #expect(!TextAnalysisError.textTooLong(utf8Length: 5_000_000_000).description.contains("\n"))
    }
}
