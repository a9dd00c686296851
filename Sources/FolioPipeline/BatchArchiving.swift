import FolioArchive
import Foundation

/// `--archive`: each article as its own archive object, and the volume as one more.
///
/// Articles go in as `folio archive add` puts them (same submission), from the rendering
/// tasks in parallel; the archive is safe for concurrent writers. The volume's object holds the
/// volume PDF, a plain-text manifest of what is bound in it (as its "input") and the layout;
/// its article record is the collection: title, date of the last article, and the contents as
/// body text, so a search for an article's title finds the volume too.
struct BatchArchiving: Sendable {
    let archive: ArticleArchive

    /// Archives one rendered article.
    func add(
        article: Article, pdf: [UInt8], source: ArticleSource, layout: LoadedLayout, fonts: [String: String],
        images: [String: [UInt8]]
    ) throws(FolioError) -> ArchiveChange {
        let submission = ArchiveSubmission(
            article: article, pdf: pdf, source: source, layout: layout, fonts: fonts, images: images)
        do { return try archive.add(submission) } catch {
            throw .output(source.displayName, "not archived: \(error.description)")
        }
    }

    /// Archives the finished volume file as its own object.
    func addVolume(path: String, plan: VolumePlan, collection: String, layout: LoadedLayout) throws(FolioError) -> ArchiveChange {
        guard let data = FileManager.default.contents(atPath: path), let last = plan.articles.last else {
            throw .output(path, "the volume cannot be read back to archive it")
        }
        let lines = zip(plan.articles, plan.startPages).map { article, page in
            "\(page)\t\(article.published.iso8601)\t\(article.title)\t\(article.input.displayName)"
        }
        let manifest = "\(collection)\npage\tpublished\ttitle\tinput\n" + lines.joined(separator: "\n") + "\n"
        let record = Article(
            title: collection, section: "Volume", published: last.published,
            blocks: plan.articles.map { .paragraph([Span($0.title)]) })
        let slug = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let submission = ArchiveSubmission(
            article: record, pdf: [UInt8](data), input: ArchivedFile(name: "\(slug)-contents.txt", bytes: Array(manifest.utf8)),
            layout: ArchivedFile(name: layout.fileName, bytes: layout.bytes), renderer: ArchiveSubmission.renderer)
        do { return try archive.add(submission) } catch {
            throw .output(path, "volume not archived: \(error.description)")
        }
    }
}
