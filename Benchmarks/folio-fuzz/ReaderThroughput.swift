import FolioReaders
import Foundation

/// Cost per MB of reading HTML and Markdown: a news page and a Markdown file of about
/// `megabytes` MB each, built from the seed-shaped samples, read `runs` times; prints the median.
struct ReaderThroughput {
    let megabytes: Int
    let runs: Int

    func run() {
        print("| reader | input MB | median ms | ms per MB | MB/s |")
        print("|---|---:|---:|---:|---:|")
        measure("HTML", format: .html, bytes: htmlPage())
        measure("Markdown", format: .markdown, bytes: markdownFile())
    }

    private var paragraph: String {
        "This is a high-end dialogue with the vision of a better digital world, and a smart collision of building "
            + "a community of shared future in cyberspace. On the afternoon of November 7, the <em>plenary session</em> "
            + "of the 5th WIC was held in <a href=\"https://example.org/wuzhen\">Wuzhen</a>. Government representatives, "
            + "heads of international organizations &amp; Internet business leaders attended this “thought feast”."
    }

    private func htmlPage() -> [UInt8] {
        var page = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Plenary - WIC News</title>
            <script>var a = "<p>not text</p>";</script></head><body><nav><a href="/">Home</a></nav>
            <div class="location"><a href="/">home</a> &gt; <a href="/news/">NEWS</a></div>
            <h1>Plenary Meeting of the 5th World Internet Conference</h1><div class="info">2018-11-09 11:11:21</div>
            <div class="article-content">
            """
        var section = 0
        while page.utf8.count < megabytes * 1_000_000 {
            section += 1
            if section % 20 == 0 { page += "<h2>Part \(section / 20)</h2>\n" }
            page += "<p>\(paragraph)</p>\n"
        }
        page += "</div><div class=\"tools\"><a href=\"#\">[Print]</a> <a href=\"#\">[Close]</a></div></body></html>"
        return Array(page.utf8)
    }

    private func markdownFile() -> [UInt8] {
        let text = paragraph.replacingOccurrences(of: "<em>", with: "*").replacingOccurrences(of: "</em>", with: "*")
            .replacingOccurrences(of: "<a href=\"https://example.org/wuzhen\">Wuzhen</a>", with: "[Wuzhen](https://example.org/wuzhen)")
            .replacingOccurrences(of: "&amp;", with: "&")
        var file = "---\ntitle: Plenary Meeting of the 5th World Internet Conference\ndate: 2018-11-09 11:11:21\nsection: NEWS\n---\n\n"
        var section = 0
        while file.utf8.count < megabytes * 1_000_000 {
            section += 1
            if section % 20 == 0 { file += "## Part \(section / 20)\n\n" }
            file += text + "\n\n"
        }
        return Array(file.utf8)
    }

    private func measure(_ name: String, format: InputFormat, bytes: [UInt8]) {
        var times: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            do {
                _ = try ArticleReaders.read(bytes, fileName: "bench", format: format)
            } catch {
                print("| \(name) | failed: \(error) | | | |")
                return
            }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        let median = times.sorted()[times.count / 2]
        let size = Double(bytes.count) / 1_000_000
        print(String(format: "| %@ | %.1f | %.0f | %.1f | %.1f |", name, size, median, median / size, size / (median / 1000)))
    }
}
