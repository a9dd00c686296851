#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes one line to standard output through C's buffered `stdout` (`puts`), the stream `print`
/// uses, so the two interleave in order.
///
/// For the per-article paths (`render`'s summary line): `print` takes its items as `Any` and asks
/// the runtime which printing protocols each conforms to, and that first lookup scans every
/// conformance record in the binary, costing more than the write.
public func printLine(_ line: String) {
    puts(line)
}
