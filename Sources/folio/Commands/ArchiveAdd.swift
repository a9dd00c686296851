import ArgumentParser
import FolioArchive
import FolioCommandLine
import FolioPipeline
import Foundation

extension Archive {
    /// `folio archive add ARTICLE...`: render and archive each article.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Render articles and store each one in the archive by its publication date.",
            discussion: "Adding the same article with the same layout again changes nothing; a changed article becomes a new version.")

        @OptionGroup var archive: ArchiveOptions

        @Option(help: ArgumentHelp("Layout name or layout file (default: a4).", valueName: "layout"))
        var layout: String?

        @Option(help: ArgumentHelp("Time zone for filing dates, used only when the archive is created (default: UTC).", valueName: "zone"))
        var timeZone: String?

        @Argument(help: "Article files (text, Markdown, HTML or JSON).", completion: .file())
        var articles: [String]

        func validate() throws {
            if articles.isEmpty { throw ValidationError("Please name at least one article file to archive.") }
            if let timeZone, TimeZone(identifier: timeZone) == nil {
                throw ValidationError("'\(timeZone)' is not a time zone; use an IANA name such as UTC or Asia/Shanghai.")
            }
        }

        func run() throws {
            let store = try reportingErrors {
                try ArticleArchive.open(archive.folder, create: true, settings: ArchiveSettings(timeZone: timeZone ?? "UTC"), warn: ArchiveOptions.warn)
            }
            if let timeZone, timeZone != store.settings.timeZone {
                printError("folio: warning: --time-zone \(timeZone) ignored; this archive files dates in \(store.settings.timeZone)")
            }
            let renderer = try reportingErrors { try ArticleRenderer() }
            let choice: LayoutChoice = layout.map { .named($0) } ?? .standard
            var failures = 0
            for path in articles {
                do {
                    let source = try ArticleSource(contentsOf: URL(fileURLWithPath: path), displayName: path)
                    let rendered = try renderer.render(source, layout: choice)
                    for warning in rendered.warnings { printError(warning) }
                    let change = try store.add(ArchiveSubmission(rendered: rendered, source: source))
                    print(change)
                } catch {
                    printError("folio: \(error)")
                    failures += 1
                }
            }
            if failures > 0 { throw ExitCode.failure }
        }
    }
}
