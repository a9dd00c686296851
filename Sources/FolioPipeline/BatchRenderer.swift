import FolioArchive
import FolioTypesetting
import Foundation

/// `folio batch`: renders many articles in parallel, each to its own PDF, and binds them into
/// one volume with a cover, a linked table of contents and bookmarks.
///
/// Two passes keep memory flat however many articles there are. The first renders every article
/// in parallel (its own PDF, written at once) and keeps only titles, dates and page counts; from
/// those the volume's page numbers are known before anything of it is drawn. The second
/// typesets the articles again, in parallel but a bounded window ahead, and draws them in date
/// order into one open PDF surface, dropping each article's pages once drawn.
public struct BatchRenderer: Sendable {
    public let renderer: ArticleRenderer

    public init(renderer: ArticleRenderer) {
        self.renderer = renderer
    }

    /// Runs the batch; `progress` hears every event from one task at a time.
    ///
    /// - Returns: the summary; failures of single articles are in it, not thrown.
    /// - Throws: `FolioError` when nothing can go on: an unknown layout, an unwritable volume.
    public func run(
        _ request: BatchRequest, progress: @escaping @Sendable (BatchEvent) -> Void = { _ in }
    ) async throws(FolioError) -> BatchSummary {
        let clock = ContinuousClock.now
        let layout = try renderer.loadLayout(request.layout)
        let pdfPaths = request.outDirectory.map { Self.outputPaths(for: request.inputs, in: $0) }
        try Self.checkVolumePath(request, articlePDFs: pdfPaths ?? [])
        progress(.started(articles: request.inputs.count))
        let outcomes = await renderAll(request, layout: layout, pdfPaths: pdfPaths, progress: progress)

        var summary = BatchSummary(
            collection: request.collection, volume: nil, articles: 0, pages: 0, skipped: 0, failures: [],
            seconds: 0, articlePDFs: [:], archived: [:])
        var articles: [BatchArticle] = []
        for (input, outcome) in zip(request.inputs, outcomes) {
            switch outcome {
            case .rendered(let article, _):
                articles.append(article)
                if let path = article.pdfPath { summary.articlePDFs[input.displayName] = path }
                if let id = article.archiveID { summary.archived[input.displayName] = id }
            case .skipped: summary.skipped += 1
            case .failed(let reason): summary.failures.append(.init(input: input.displayName, reason: reason))
            case nil: break
            }
        }
        let stopped = request.failFast && !summary.failures.isEmpty
        if !stopped, !articles.isEmpty {
            let plan = VolumePlan(articles: articles, frontMatter: frontMatter(layout), twoSided: request.twoSided)
            progress(.binding(articles: plan.articles.count, pages: plan.totalPages))
            try await VolumeBinder(renderer: renderer, layout: layout, request: request, plan: plan)
                .bind(progress: progress)
            summary.volume = request.volumePath
            if let archive = request.archive {
                let change = try BatchArchiving(archive: archive).addVolume(
                    path: request.volumePath, plan: plan, collection: request.collection, layout: layout)
                progress(.archived(request.volumePath, change: change.description))
                summary.archived[request.volumePath] = change.id
            }
            summary.articles = plan.articles.count
            summary.pages = plan.totalPages
        }
        let elapsed = ContinuousClock.now - clock
        summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return summary
    }

    func frontMatter(_ layout: LoadedLayout) -> VolumeFrontMatter {
        VolumeFrontMatter(typesetter: renderer.typesetter, style: layout.style)
    }

    /// First pass: every input rendered by at most `jobs` tasks at once. An entry stays `nil`
    /// when `--fail-fast` stopped the batch before the input was started.
    private func renderAll(
        _ request: BatchRequest, layout: LoadedLayout, pdfPaths: [String]?, progress: @Sendable (BatchEvent) -> Void
    ) async -> [BatchOutcome?] {
        var outcomes = [BatchOutcome?](repeating: nil, count: request.inputs.count)
        await withTaskGroup(of: (Int, BatchOutcome).self) { group in
            var next = 0
            var stopping = false
            while next < min(request.jobs, request.inputs.count) {
                let index = next
                group.addTask { (index, self.render(index, request: request, layout: layout, pdfPath: pdfPaths?[index])) }
                next += 1
            }
            while let (index, outcome) = await group.next() {
                outcomes[index] = outcome
                let input = request.inputs[index]
                switch outcome {
                case .rendered(let article, let warnings):
                    progress(.rendered(input, title: article.title, pages: article.pageCount, warnings: warnings))
                    if let change = article.archiveChange { progress(.archived(input.displayName, change: change)) }
                case .skipped(let reason): progress(.skipped(input, reason: reason))
                case .failed(let reason):
                    progress(.failed(input, reason: reason))
                    if request.failFast { stopping = true }
                }
                if !stopping, next < request.inputs.count {
                    let index = next
                    group.addTask { (index, self.render(index, request: request, layout: layout, pdfPath: pdfPaths?[index])) }
                    next += 1
                }
            }
        }
        return outcomes
    }

    /// Reads, typesets and (with `--out-dir`) writes one article's own PDF: the same steps and
    /// bytes as `folio render` with the same layout.
    private func render(_ index: Int, request: BatchRequest, layout: LoadedLayout, pdfPath: String?) -> BatchOutcome {
        let input = request.inputs[index]
        do throws(FolioError) {
            let source = try ArticleSource(
                contentsOf: URL(fileURLWithPath: input.path), displayName: input.displayName, maxBytes: request.maxInputBytes)
            let article = try renderer.read(source, language: request.language)
            guard request.includes(article.published) else {
                return .skipped(reason: "\(input.displayName): published \(article.published.dayString), outside the dates asked for")
            }
            let (document, warnings, images) = try renderer.typeset(article, from: source, layout: layout)
            var change: ArchiveChange?
            if pdfPath != nil || request.archive != nil {
                let pdf: [UInt8]
                do { pdf = try renderer.renderPDF(document) } catch {
                    throw .rendering(input.displayName, error.description)
                }
                if let pdfPath { try AtomicFile.write(pdf, to: pdfPath) }
                if let archive = request.archive {
                    change = try BatchArchiving(archive: archive).add(
                        article: article, pdf: pdf, source: source, layout: layout, fonts: renderer.fontVersions(of: document),
                        images: images)
                }
            }
            let summary = BatchArticle(
                index: index, input: input, title: article.title, published: article.published,
                pageCount: document.pages.count, pdfPath: pdfPath, archiveID: change?.id,
                archiveChange: change?.description)
            return .rendered(summary, warnings: warnings)
        } catch {
            return .failed(reason: error.description)
        }
    }

    /// The volume must go to an existing folder and never over an input or an article's own PDF.
    static func checkVolumePath(_ request: BatchRequest, articlePDFs: [String]) throws(FolioError) {
        let volume = request.volumePath
        let folder = URL(fileURLWithPath: volume).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .output(volume, "the folder \(folder) does not exist")
        }
        let target = PathIdentity.canonical(volume)
        if request.inputs.contains(where: { PathIdentity.canonical($0.path) == target }) {
            throw .output(volume, "refusing to write the volume over an input article; choose another -o")
        }
        if articlePDFs.contains(where: { PathIdentity.canonical($0) == target }) {
            throw .output(volume, "is also an article's own PDF in --out-dir; choose another -o")
        }
    }

    /// `DIR/NAME.pdf` for each input, with `-2`, `-3`… where two inputs share a name.
    static func outputPaths(for inputs: [BatchInput], in directory: String) -> [String] {
        var used = Set<String>()
        return inputs.map { input in
            var name = input.baseName
            var suffix = 2
            while !used.insert(name.lowercased()).inserted {
                name = "\(input.baseName)-\(suffix)"
                suffix += 1
            }
            return (directory as NSString).appendingPathComponent(name + ".pdf")
        }
    }
}
