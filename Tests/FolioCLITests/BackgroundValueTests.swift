@testable import FolioPipeline
import Glibc
import Testing

/// `folio render`'s helper threads: the value is computed on a thread of its own.
@Suite struct BackgroundValueTests {
    @Test func computesOnAnotherThreadWhileTheCallerGoesOn() {
        let caller = pthread_self()
        let value = BackgroundValue { (sum: (1...1000).reduce(0, +), thread: pthread_self()) }
        let result = value.result
        #expect(result.sum == 500_500)
        #expect(pthread_equal(result.thread, caller) == 0)
        #expect(value.result.sum == 500_500)  // asked again: the same value, no second computation
    }
}
