import FolioRendering
import FolioTypesetting
import Foundation

/// The second pass of a batch: draws the planned volume into one PDF, streaming.
///
/// Articles are typeset again (with volume page numbers and the title as running head) by up
/// to `jobs` tasks, at most `2 × jobs` articles ahead of the one being drawn; each is drawn as
/// soon as every earlier one is, then dropped. The file is written beside its final path and
/// renamed into place when whole.
struct VolumeBinder {
    let renderer: ArticleRenderer
    let layout: LoadedLayout
    let request: BatchRequest
    let plan: VolumePlan

    /// The running head of an article's pages inside the volume.
    static let header = "{title}"

    func bind(progress: @Sendable (BatchEvent) -> Void) async throws(FolioError) {
        let temporary = AtomicFile.temporaryPath(for: request.volumePath)
        do {
            let writer = try openWriter(at: temporary)
            try drawFrontMatter(into: writer)
            try await drawArticles(into: writer, progress: progress)
            do { try writer.finish() } catch { throw FolioError.output(request.volumePath, error.description) }
            try AtomicFile.commit(temporary, to: request.volumePath)
        } catch {
            unlink(temporary)
            throw (error as? FolioError) ?? .output(request.volumePath, "\(error)")
        }
    }

    private func openWriter(at path: String) throws(FolioError) -> PDFVolumeWriter {
        do {
            return try PDFVolumeWriter(
                path: path, fonts: renderer.fonts, metadata: metadata, pageSize: layout.style.pageSize)
        } catch {
            throw .output(request.volumePath, "cannot be written (\(error))")
        }
    }

    private var metadata: DocumentMetadata {
        let last = plan.articles.last?.published
        let date = last.map { $0.utcOffsetSeconds == nil ? $0.iso8601 + "Z" : $0.inUTC.iso8601 } ?? ""
        let subject = plan.cover(request.collection).map { "\($0.articleCount) articles, \($0.dateRange)" }
        return DocumentMetadata(
            title: request.collection, author: layout.style.publication, subject: subject,
            keywords: request.collection, creator: "Folio \(FolioVersion.string)", creationDate: date)
    }

    /// Cover, blank pages and contents: small, and drawn before any article.
    private func drawFrontMatter(into writer: PDFVolumeWriter) throws(FolioError) {
        let frontMatter = VolumeFrontMatter(typesetter: renderer.typesetter, style: layout.style)
        guard let cover = plan.cover(request.collection) else { return }
        do {
            try writer.add(try frontMatter.coverPage(cover).page)
            try addBlanks(upTo: plan.contentsFirstPage, writer: writer)
            let contents = try frontMatter.contentsPages(
                plan.contentsEntries, firstPage: plan.contentsFirstPage, totalPages: plan.totalPages)
            for page in contents { try writer.add(page.page, links: page.links) }
        } catch let error as FolioError {
            throw error
        } catch {
            throw .rendering(request.volumePath, "\(error)")
        }
    }

    /// Blank pages until the next page to be added is `page`.
    private func addBlanks(upTo page: Int, writer: PDFVolumeWriter) throws(FolioError) {
        while writer.pageCount + 1 < page {
            do { try writer.add(Page(number: writer.pageCount + 1, size: layout.style.pageSize)) } catch {
                throw .rendering(request.volumePath, error.description)
            }
        }
    }

    private func drawArticles(into writer: PDFVolumeWriter, progress: @Sendable (BatchEvent) -> Void) async throws {
        // Typesetting runs on at most as many threads as processors, so more ahead is only memory.
        let window = 2 * max(1, min(request.jobs, ProcessInfo.processInfo.activeProcessorCount))
        let count = plan.articles.count
        try await withThrowingTaskGroup(of: (Int, TypesetDocument).self) { group in
            var next = 0, drawn = 0, running = 0
            var ready: [Int: TypesetDocument] = [:]
            repeat {
                // At most `jobs` typesetting at once, and never more than `window` ahead of the page being drawn.
                while running < request.jobs, next < count, next - drawn < window {
                    let position = next
                    group.addTask { (position, try self.typeset(position)) }
                    next += 1
                    running += 1
                }
                guard let (position, document) = try await group.next() else { break }
                running -= 1
                ready[position] = document
                while let document = ready.removeValue(forKey: drawn) {
                    try draw(document, position: drawn, into: writer)
                    progress(.bound(title: plan.articles[drawn].title, pages: document.pages.count))
                    drawn += 1
                }
            } while drawn < count
        }
    }

    /// Typesets article `position` for the volume: continuous page numbers, its title as header.
    private func typeset(_ position: Int) throws(FolioError) -> TypesetDocument {
        let article = plan.articles[position]
        let name = article.input.displayName
        let source = try ArticleSource(
            contentsOf: URL(fileURLWithPath: article.input.path), displayName: name, maxBytes: request.maxInputBytes)
        let read = try renderer.read(source, language: request.language)
        let numbering = PageNumbering(
            pagesBefore: plan.startPages[position] - 1, totalPages: plan.totalPages, header: Self.header)
        let document = try renderer.typeset(read, from: source, layout: layout, numbering: numbering).document
        guard document.pages.count == article.pageCount else {
            throw .input(name, "changed while the volume was being bound; run the batch again")
        }
        return document
    }

    private func draw(_ document: TypesetDocument, position: Int, into writer: PDFVolumeWriter) throws(FolioError) {
        let start = plan.startPages[position]
        try addBlanks(upTo: start, writer: writer)
        let titleY = document.outline.first?.y ?? 0
        do {
            for (index, page) in document.pages.enumerated() {
                let destinations = index == 0 ? [(name: VolumePlan.destination(position), y: titleY)] : []
                try writer.add(page, destinations: destinations)
            }
        } catch {
            throw .rendering(plan.articles[position].input.displayName, error.description)
        }
        writer.addOutline(document.outline.map { entry in
            var entry = entry
            entry.page += start - 1
            return entry
        })
    }
}
