@testable import FolioPipeline
import Glibc
import Testing

/// `folio render`'s helper threads: work handed to one runs on a thread of its own, and its
/// result reaches whoever waits for it.
@Suite struct HelperThreadTests {
    @Test func runsTheWorkOnAnotherThreadAndHandsOverItsResult() {
        let caller = pthread_self()
        let result = PendingValue<(sum: Int, thread: pthread_t)>()
        HelperThread.run { result.fulfill(((1...1000).reduce(0, +), pthread_self())) }
        #expect(result.value.sum == 500_500)
        #expect(pthread_equal(result.value.thread, caller) == 0)
    }
}
