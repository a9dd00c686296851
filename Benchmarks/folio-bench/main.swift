// folio-bench: typesetting alone, in process, for `make bench`.
//
// usage: folio-bench [--runs N] [--layout NAME] [--breaker knuth-plass|first-fit] ARTICLE...
// For each article: read it once, typeset it once to warm the font caches, then time N
// typesetting runs (no PDF drawing) and print the median, ms per page and the process's peak RSS.
import FolioPipeline
import Foundation

var arguments = Array(CommandLine.arguments.dropFirst())
var runs = 15
var layoutName: String?
var breakerName = "knuth-plass"
var files: [String] = []
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--runs": runs = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? runs
    case "--layout": layoutName = arguments.isEmpty ? nil : arguments.removeFirst()
    case "--breaker": breakerName = arguments.isEmpty ? breakerName : arguments.removeFirst()
    default: files.append(argument)
    }
}
guard !files.isEmpty else {
    FileHandle.standardError.write(Data("usage: folio-bench [--runs N] [--layout NAME] [--breaker knuth-plass|first-fit] ARTICLE...\n".utf8))
    exit(2)
}

func peakResidentKilobytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0
    }
    return 0
}

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

do {
    let breaker: any LineBreaker = breakerName == "first-fit" ? FirstFitBreaker() : ArticleRenderer.defaultLineBreaker
    let renderer = try ArticleRenderer(lineBreaker: breaker)
    let layout = try renderer.loadLayout(layoutName.map(LayoutChoice.named) ?? .standard)
    print("Typesetting with \(breakerName), \(runs) runs each")
    print("| article | pages | typeset median ms | ms/page | peak RSS MB |")
    print("|---|---:|---:|---:|---:|")
    for file in files {
        let source = try ArticleSource(contentsOf: URL(fileURLWithPath: file), displayName: file)
        let article = try renderer.read(source)
        var pages = try renderer.typeset(article, layout: layout).pages.count
        var times: [Double] = []
        for _ in 0..<runs {
            times.append(try milliseconds { pages = try renderer.typeset(article, layout: layout).pages.count })
        }
        let median = times.sorted()[times.count / 2]
        let name = URL(fileURLWithPath: file).lastPathComponent
        print(String(format: "| %@ | %d | %.2f | %.3f | %.1f |", name, pages, median, median / Double(max(pages, 1)),
                     Double(peakResidentKilobytes()) / 1024))
    }
} catch {
    FileHandle.standardError.write(Data("folio-bench: \(error)\n".utf8))
    exit(1)
}
