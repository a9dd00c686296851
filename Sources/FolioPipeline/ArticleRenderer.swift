import FolioLayouts
import FolioModel
import Foundation

/// Which layout to render with.
public enum LayoutChoice: Sendable, Hashable {
    /// The default layout (`a4`).
    case standard
    /// A shipped layout's name (`letter`) or a path to a layout file.
    case named(String)
    /// A layout file's bytes held in memory (for instance the copy stored in the archive).
    case file(fileName: String, bytes: [UInt8])
}

/// The one-call pipeline shared by the CLI and the service: read → typeset → render.
public final class ArticleRenderer: Sendable {
    public init(resources: FolioResources = .located()) throws(FolioError) {
        throw .output("folio", "rendering is not implemented yet")
    }

    /// Loads a layout by choice; errors name the file, key and line.
    public func loadLayout(_ choice: LayoutChoice) throws(FolioError) -> LoadedLayout {
        throw .layout("\(choice)", "not implemented yet")
    }

    /// Reads the article only (no typesetting): for listing and archive metadata.
    public func read(_ source: ArticleSource) throws(FolioError) -> Article {
        throw .input(source.displayName, "not implemented yet")
    }

    /// Renders one article.
    ///
    /// - Parameters:
    ///   - strict: make warnings (characters no font has) errors.
    /// - Throws: `FolioError` with one line naming the input and the problem.
    public func render(
        _ source: ArticleSource, layout: LayoutChoice = .standard, format: OutputFormat = .pdf, strict: Bool = false
    ) throws(FolioError) -> RenderedArticle {
        throw .input(source.displayName, "not implemented yet")
    }
}
