// folio-bench: typesetting alone, in process, for `make bench`.
//
// usage: folio-bench [--runs N] [--layout NAME] [--breaker knuth-plass|first-fit] ARTICLE...
//        folio-bench --phases ARTICLE
//        folio-bench --identify ARTICLE...
// For each article: read it once, typeset it once to warm the font caches, then time N
// typesetting runs (no PDF drawing) and print the median, ms per page and the process's peak RSS.
// `--phases` instead times one cold render of one article step by step, as `folio render` runs
// it in a fresh process (hyphenation patterns loading on another thread from "read article"
// on): where a one-shot render's milliseconds go.
// `--identify` runs the language identifier on each article as if it declared no language:
// the language found, the first call's time (fingerprints loaded) and the median of N more.
import FolioModel
import FolioPipeline
import Foundation

var arguments = Array(CommandLine.arguments.dropFirst())
var runs = 15
var layoutName: String?
var breakerName = "knuth-plass"
var files: [String] = []
var phases = false
var identify = false
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--runs": runs = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? runs
    case "--layout": layoutName = arguments.isEmpty ? nil : arguments.removeFirst()
    case "--breaker": breakerName = arguments.isEmpty ? breakerName : arguments.removeFirst()
    case "--phases": phases = true
    case "--identify": identify = true
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

/// One cold render, phase by phase, in the order `ArticleRenderer.render` runs them.
func printPhases(of file: String, layoutName: String?) throws {
    var renderer: ArticleRenderer!
    var source: ArticleSource!
    var article: Article!
    var layout: LoadedLayout!
    var hyphenation: (@Sendable (String) -> (any Hyphenating)?)!
    var document: TypesetDocument!
    var pdf: [UInt8] = []
    let steps: [(String, Double)] = [
        ("renderer (fonts opened)", try milliseconds { renderer = try ArticleRenderer() }),
        ("read article", try milliseconds {
            source = try ArticleSource(contentsOf: URL(fileURLWithPath: file), displayName: file)
            article = try renderer.read(source)
            hyphenation = renderer.singleArticleHyphenation(for: article)
        }),
        ("load layout", try milliseconds { layout = try renderer.loadLayout(layoutName.map(LayoutChoice.named) ?? .standard) }),
        ("typeset (cold)", try milliseconds {
            document = try renderer.typeset(article, from: source, layout: layout, hyphenation: hyphenation).document
        }),
        ("PDF", try milliseconds { pdf = try renderer.renderPDF(document) }),
        ("typeset (warm)", try milliseconds {
            document = try renderer.typeset(article, from: source, layout: layout, hyphenation: hyphenation).document
        }),
        ("PDF (warm)", try milliseconds { pdf = try renderer.renderPDF(document) }),
    ]
    print("| phase | ms |")
    print("|---|---:|")
    for (name, time) in steps { print(String(format: "| %@ | %.2f |", name, time)) }
    print("\(document.pages.count) pages, \(pdf.count) bytes")
}

/// The identifier on each article with its declared language removed.
func printIdentification(of files: [String], runs: Int) throws {
    print("| article | declared | identified | how | first call ms | median ms |")
    print("|---|---|---|---|---:|---:|")
    for file in files {
        let source = try ArticleSource(contentsOf: URL(fileURLWithPath: file), displayName: file)
        var article = try ArticleReaders.read(source.bytes, fileName: file, language: "und")
        let declared = try ArticleReaders.reader(for: InputFormat(fileName: file) ?? .text).read(source.bytes).language ?? "–"
        article.language = nil
        var decision: (language: String, source: ArticleLanguage.Source) = ("", .undetermined)
        let first = milliseconds { decision = ArticleLanguage.decide(article) }
        var times: [Double] = []
        for _ in 0..<runs { times.append(milliseconds { decision = ArticleLanguage.decide(article) }) }
        let name = URL(fileURLWithPath: file).lastPathComponent
        print(String(format: "| %@ | %@ | %@ | %@ | %.2f | %.2f |", name, declared, decision.language,
                     decision.source.rawValue, first, times.sorted()[times.count / 2]))
    }
}

do {
    if identify {
        try printIdentification(of: files, runs: runs)
        exit(0)
    }
    if phases {
        try printPhases(of: files[0], layoutName: layoutName)
        exit(0)
    }
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
