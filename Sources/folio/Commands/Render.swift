import ArgumentParser
import FolioCommandLine
import FolioPipeline
import Foundation

/// `folio render ARTICLE`: one article to PDF (or PNG page previews).
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render one article to PDF or PNG.",
        discussion: """
            The article may be scraped page text (like the seed), Markdown with front matter, an HTML \
            page or JSON. Without -o the output goes next to the article with the extension changed; \
            PNG output writes one image per page (NAME-1.png, NAME-2.png, ...).
            """)

    @Argument(help: "The article file to render.", completion: .file())
    var article: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the output.", valueName: "file"), completion: .file())
    var output: String?

    @OptionGroup(title: "Rendering")
    var rendering: RenderingOptions

    func validate() throws {
        guard (1...4096).contains(rendering.maxInput) else { throw ValidationError("Please give --max-input from 1 to 4096 (megabytes).") }
    }

    func run() throws {
        if let output { try reportingErrors { try AtomicFile.check(output) } }
        let rendered: RenderedArticle
        if let (renderer, prepared) = RenderPrefetch.take()?.take(
            path: article, layout: rendering.layoutChoice, inputFormat: rendering.inputFormat, language: rendering.language) {
            // The prefetch read at most the default limit; a lower --max-input still applies.
            if prepared.source.bytes.count > rendering.maxInputBytes {
                printError("folio: \(ArticleSource.tooLarge(article, size: prepared.source.bytes.count, limit: rendering.maxInputBytes))")
                throw ExitCode.failure
            }
            rendered = try reportingErrors {
                try renderer.render(prepared, format: rendering.format, strict: rendering.strict)
            }
        } else {
            let source = try reportingErrors {
                try ArticleSource(contentsOf: URL(fileURLWithPath: article), displayName: article, maxBytes: rendering.maxInputBytes)
            }
            // One article, then exit: load only the hyphenation patterns its words need, on
            // another processor while the layout is read and the title set.
            let renderer = try reportingErrors { try ArticleRenderer(rendersOneArticle: true) }
            rendered = try reportingErrors {
                try renderer.render(
                    source, layout: rendering.layoutChoice, format: rendering.format,
                    inputFormat: rendering.inputFormat, language: rendering.language, strict: rendering.strict)
            }
        }
        for warning in rendered.warnings { printError(warning) }
        let paths = OutputPaths.for(input: article, output: output, format: rendering.format, pages: rendered.files.count)
        if paths.contains(where: { PathIdentity.same($0, article) }) {
            printError("folio: \(article): refusing to write the output over the input; choose another -o")
            throw ExitCode.failure
        }
        if output == "-", rendered.files.count > 1 {
            printError("folio: \(article): -o - writes one file, but this article has \(rendered.files.count) PNG pages; give a file name")
            throw ExitCode.failure
        }
        for (path, bytes) in zip(paths, rendered.files) {
            try reportingErrors { try AtomicFile.write(bytes, to: path) }
        }
        if !rendering.quiet {
            let target = paths.count == 1 ? paths[0] : "\(paths[0]) … \(paths[paths.count - 1])"
            let line = "\(target): \(rendered.pageCount) page\(rendered.pageCount == 1 ? "" : "s")"
            // With the output on standard output, the summary must not be mixed into its bytes.
            if case .descriptor(STDOUT_FILENO)? = try? OutputTarget.resolve(paths[0]) { printError(line) } else { printLine(line) }
        }
    }
}
