// folio-stress: many renders in process on every core, no HTTP, for `make stress`.
//
// usage: folio-stress [--renders N] [--threads T] [--report-every N] [--format pdf|png] ARTICLE
// Renders ARTICLE N times (default 1,000,000) to PDF with one shared `ArticleRenderer` (the
// service's arrangement: fonts opened once, shared by every thread), T threads at once (default:
// one per core). Prints a line every `--report-every` renders (renders/s, RSS) and a summary;
// exits non-zero when a render fails or its output differs in size from the first one.
// Built under ThreadSanitizer (`swift build --sanitize=thread`) it checks the font sharing.
import FolioPipeline
import Foundation
import Synchronization

var arguments = Array(CommandLine.arguments.dropFirst())
var total = 1_000_000
var threads = ProcessInfo.processInfo.activeProcessorCount
var reportEvery = 10_000
var format = OutputFormat.pdf
var files: [String] = []
func usage() -> Never {
    FileHandle.standardError.write(Data("usage: folio-stress [--renders N] [--threads T] [--report-every N] [--format pdf|png] ARTICLE\n".utf8))
    exit(2)
}
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    func number() -> Int {
        guard let value = arguments.isEmpty ? nil : Int(arguments.removeFirst()), value > 0 else { usage() }
        return value
    }
    switch argument {
    case "--renders": total = number()
    case "--threads": threads = number()
    case "--report-every": reportEvery = number()
    case "--format":
        guard !arguments.isEmpty else { usage() }
        switch arguments.removeFirst() {
        case "pdf": format = .pdf
        case "png": format = .png
        default: usage()
        }
    default: files.append(argument)
    }
}
guard files.count == 1 else { usage() }

/// Figures about the process, for the report lines.
enum Measure {
    /// Resident and peak resident set, in MB, from /proc/self/status.
    static func residentMegabytes() -> (now: Double, peak: Double) {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
        func field(_ name: String) -> Double {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }) else { return 0 }
            return (Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0) / 1024
        }
        return (field("VmRSS:"), field("VmHWM:"))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// What the threads share: the next render's number, the failures and the expected size.
final class Progress: Sendable {
    let claimed = Atomic<Int>(0)
    let done = Atomic<Int>(0)
    let failures = Mutex<[String]>([])
}

let source: ArticleSource
let renderer: ArticleRenderer
do {
    source = try ArticleSource(contentsOf: URL(fileURLWithPath: files[0]))
    renderer = try ArticleRenderer()
} catch {
    FileHandle.standardError.write(Data("folio-stress: \(error)\n".utf8))
    exit(1)
}
let expected: Int
do {
    expected = try renderer.render(source, format: format).files.reduce(0) { $0 + $1.count }
} catch {
    FileHandle.standardError.write(Data("folio-stress: \(error)\n".utf8))
    exit(1)
}
let warm = Measure.residentMegabytes()
print("folio-stress: \(total) renders of \(files[0]) (\(format), \(expected) bytes each) on \(threads) threads; RSS after one render \(String(format: "%.1f", warm.now)) MB")

let progress = Progress()
let start = ContinuousClock.now

let finished = DispatchSemaphore(value: 0)
let (renderCount, everyReport, outputFormat) = (total, reportEvery, format)
for _ in 0..<threads {
    Thread { [renderer, source, expected, progress, start, finished, renderCount, everyReport, outputFormat] in
        defer { finished.signal() }
        while true {
            let number = progress.claimed.add(1, ordering: .relaxed).newValue
            guard number <= renderCount else { return }
            do {
                let size = try renderer.render(source, format: outputFormat).files.reduce(0) { $0 + $1.count }
                if size != expected { progress.failures.withLock { $0.append("render \(number): \(size) bytes, not \(expected)") } }
            } catch {
                progress.failures.withLock { $0.append("render \(number): \(error)") }
            }
            let done = progress.done.add(1, ordering: .relaxed).newValue
            if done % everyReport == 0 {
                let rss = Measure.residentMegabytes()
                let elapsed = Measure.seconds(ContinuousClock.now - start)
                let line = String(format: "%9d renders  %7.1f s  %7.1f renders/s  RSS %6.1f MB  peak %6.1f MB\n",
                                  done, elapsed, Double(done) / elapsed, rss.now, rss.peak)
                FileHandle.standardOutput.write(Data(line.utf8))
            }
        }
    }.start()
}
for _ in 0..<threads { finished.wait() }
let elapsed = Measure.seconds(ContinuousClock.now - start)
let rss = Measure.residentMegabytes()
let failures = progress.failures.withLock { $0 }
print(String(format: "done: %d renders in %.1f s (%.1f renders/s), RSS %.1f MB (%.1f MB after the first render), peak %.1f MB, %d failures",
             total, elapsed, Double(total) / elapsed, rss.now, warm.now, rss.peak, failures.count))
for failure in failures.prefix(10) { print("failure: \(failure)") }
exit(failures.isEmpty ? 0 : 1)
