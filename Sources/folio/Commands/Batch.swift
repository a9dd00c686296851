import ArgumentParser
import FolioArchive
import FolioCommandLine
import FolioPipeline
import Foundation

/// `folio batch INPUT... --collection NAME`: many articles, each to its own PDF, bound into one volume.
struct Batch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Render many articles in parallel and bind them into one volume.",
        discussion: """
            INPUT is an article file, a folder (every article file in it, recursively, except \
            README.md) or a list file (@list.txt or NAME.list: one path a line, relative to the list \
            file). The volume has a cover, a table of contents with links, the articles in order of \
            publication with continuous page numbers, and bookmarks. An article that fails is \
            reported and left out; the exit status is then 1.
            """)

    @Argument(help: "Article files, folders of articles, or list files.", completion: .file())
    var inputs: [String]

    @Option(help: ArgumentHelp("The collection's name, printed on the cover.", valueName: "name"))
    var collection: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the volume, '-' for standard output (default: the collection's name).", valueName: "volume.pdf"), completion: .file())
    var output: String?

    @Option(help: ArgumentHelp("Also write each article's own PDF into this folder.", valueName: "dir"), completion: .directory)
    var outDir: String?

    @Option(help: ArgumentHelp("A shipped layout's name (see `folio layouts`) or a layout file.", valueName: "name|path"))
    var layout: String?

    @Option(help: ArgumentHelp(
        "Every article's language as a BCP 47 tag (de, pt-BR, zh-Hant), instead of what each declares or what identification finds.",
        valueName: "tag"))
    var language: String?

    @Option(help: ArgumentHelp("Articles rendered at once (default: the number of processors).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Only articles published on or after this day.", valueName: "yyyy-mm-dd"))
    var from: String?

    @Option(help: ArgumentHelp("Only articles published on or before this day.", valueName: "yyyy-mm-dd"))
    var to: String?

    @Flag(help: "Also store every article, and the volume as an object of its own, in the archive.")
    var archive = false

    @Option(
        help: ArgumentHelp("Archive folder for --archive (default: $FOLIO_ARCHIVE, else ./archive).", valueName: "dir"),
        completion: .directory)
    var archiveRoot: String?

    @Flag(help: "Start the contents and every article on a right-hand page, as printed books do.")
    var twoSided = false

    @Flag(help: "Stop at the first article that fails, and write no volume.")
    var failFast = false

    @Flag(name: .shortAndLong, help: "Print no progress; errors still go to standard error.")
    var quiet = false

    @Flag(help: "Print a JSON summary on standard output at the end.")
    var json = false

    @Option(help: ArgumentHelp("Largest article file to read, in megabytes; a larger one fails alone.", valueName: "MB"))
    var maxInput: Int = ArticleSource.defaultMaxBytes / (1024 * 1024)

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more.") }
        guard (1...4096).contains(maxInput) else { throw ValidationError("Please give --max-input from 1 to 4096 (megabytes).") }
        if collection.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("Please give the collection a name with --collection.")
        }
        if output == "-", json {
            throw ValidationError("-o - writes the volume to standard output, where --json would print too; drop one of them.")
        }
        _ = try date(from, option: "--from")
        _ = try date(to, option: "--to")
        if let language, LanguageTag.canonical(language) == nil {
            throw ValidationError("'\(language)' is not a language tag; give one such as en, de, pt-BR or zh-Hant.")
        }
    }

    func run() async throws {
        let request = try reportingErrors { try makeRequest() }
        let renderer = try reportingErrors { try ArticleRenderer() }
        let display = BatchProgressDisplay(mode: quiet ? .silent : isTerminal ? .terminal : .lines)
        let summary: BatchSummary
        do {
            summary = try await BatchRenderer(renderer: renderer).run(request) { display.show($0) }
        } catch {
            display.finish()
            printError("folio: \(error)")
            throw ExitCode.failure
        }
        display.finish()
        if json {
            print(BatchSummaryJSON.text(summary))
        } else if !quiet {
            printError(BatchProgressDisplay.closingLine(summary))
        }
        if summary.volume == nil, summary.failures.isEmpty, !json {
            printError("folio: no articles to bind into a volume")
        }
        if !summary.failures.isEmpty || summary.volume == nil { throw ExitCode.failure }
    }

    private var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    private func makeRequest() throws(FolioError) -> BatchRequest {
        let inputs = try BatchInputs.expand(self.inputs)
        guard !inputs.isEmpty else { throw .input(self.inputs.joined(separator: " "), "no article files found") }
        let volume = output ?? BatchVolumeName.defaultPath(for: collection)
        try AtomicFile.check(volume)
        if let outDir {
            do { try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true) } catch {
                throw .output(outDir, "the folder cannot be created (\(SystemErrorText.describe(error)))")
            }
        }
        return BatchRequest(
            inputs: inputs, collection: collection, volumePath: volume, outDirectory: outDir,
            layout: layout.map(LayoutChoice.named) ?? .standard,
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            from: try? date(from, option: "--from"), to: try? date(to, option: "--to"),
            failFast: failFast, twoSided: twoSided, archive: try openArchive(), language: language,
            maxInputBytes: maxInput * 1024 * 1024)
    }

    /// The archive for `--archive`, created when missing (as `folio archive add` does).
    private func openArchive() throws(FolioError) -> ArticleArchive? {
        guard archive else { return nil }
        let folder = archiveRoot.map { ArchiveFolder(URL(fileURLWithPath: $0)) } ?? ArchiveFolder.defaultFolder()
        do { return try ArticleArchive.open(folder, create: true, settings: ArchiveSettings(timeZone: "UTC"), warn: ArchiveOptions.warn) } catch {
            throw .output(folder.path, error.description)
        }
    }

    private func date(_ text: String?, option: String) throws -> PublicationDate? {
        guard let text else { return nil }
        do { return try PublicationDate(parsing: text) } catch {
            throw ValidationError("\(option) \(text): not a date; write it as yyyy-mm-dd.")
        }
    }
}
