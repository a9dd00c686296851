#if canImport(Glibc)
import Glibc
#endif

/// Hands the memory a large render used back to the system.
///
/// glibc's malloc keeps freed memory in its arenas for reuse, and a render spreads its
/// allocations over the arenas of every thread that set its paragraphs: after a 9 MB article
/// the service kept gigabytes it no longer used. `malloc_trim` returns the free pages of every
/// arena. It costs milliseconds, so it runs only after articles large enough to matter.
enum ReturnedMemory {
    /// Inputs at least this large are followed by a trim; the seed article is 12 KB.
    static let thresholdBytes = 512 * 1024

    static func afterRender(ofBytes inputBytes: Int) {
        guard inputBytes >= thresholdBytes, let trim = mallocTrim else { return }
        _ = trim(0)
    }

    /// glibc's `malloc_trim`, looked up at run time: Swift's Glibc module leaves out
    /// `<malloc.h>`, and another C library (musl) has no such function.
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
        return nil
        #endif
    }()
}
