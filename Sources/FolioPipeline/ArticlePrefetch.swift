import Foundation

/// A one-article render started before the command line is fully parsed.
///
/// ArgumentParser takes about 1.3 ms to parse `folio render`'s options (it reflects over them at
/// run time): a tenth of a one-page render, with the other processor idle meanwhile. The CLI
/// therefore guesses, from the plain shape of its arguments, which file a render is for, and
/// reads it, starts its hyphenation and loads the standard layout on another thread while
/// ArgumentParser works. The guess decides nothing: the render uses the work only if what was
/// parsed asks for exactly this file, the standard layout, no input format and no language, and after any
/// failure the render starts over the usual way, so errors read as they always do.
public final class ArticlePrefetch: Sendable {
    /// The path as given on the command line (also the name used in messages).
    public let path: String
    private let prepared = PendingValue<Result<(ArticleRenderer, PreparedArticle), FolioError>>()

    /// Starts reading and preparing the article at `path` on another thread, which then goes on
    /// to load the article's hyphenation patterns (so the render needs no third thread).
    public init(path: String) {
        self.path = path
        HelperThread.run { [prepared] in
            var hyphenation: HyphenationLoad?
            do throws(FolioError) {
                // Never more than the default input limit: a larger file is left to the
                // render, which knows the --max-input asked for.
                let source = try ArticleSource(
                    contentsOf: URL(fileURLWithPath: path), displayName: path, maxBytes: ArticleSource.defaultMaxBytes)
                let renderer = try ArticleRenderer(rendersOneArticle: true)
                let article = try renderer.prepare(source) { hyphenation = $0 }
                prepared.fulfill(.success((renderer, article)))
            } catch {
                prepared.fulfill(.failure(error))
                return
            }
            hyphenation?.load()
        }
    }

    /// The renderer and prepared article, when they are what a render of `path` with `layout`
    /// and `inputFormat` needs (and no `language` override) and preparing them succeeded; `nil`
    /// otherwise. Waits for the work.
    public func take(
        path: String, layout: LayoutChoice, inputFormat: InputFormat?, language: String? = nil
    ) -> (renderer: ArticleRenderer, prepared: PreparedArticle)? {
        guard path == self.path, layout == .standard, inputFormat == nil, language == nil,
              case .success(let (renderer, prepared)) = prepared.value
        else { return nil }
        return (renderer, prepared)
    }
}
