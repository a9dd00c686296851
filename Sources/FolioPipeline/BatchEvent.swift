/// What a batch reports while it runs, in order, from one task at a time.
public enum BatchEvent: Sendable {
    /// Rendering begins: this many articles to render.
    case started(articles: Int)
    /// An article was rendered (its own PDF written, if asked); warnings already name it.
    case rendered(BatchInput, title: String, pages: Int, warnings: [String])
    /// An article lies outside `--from`/`--to` and is left out (not a failure).
    case skipped(BatchInput, reason: String)
    /// An article failed and is left out of the volume; `reason` is one line naming it.
    case failed(BatchInput, reason: String)
    /// An article or the volume was stored in the archive (`change` as `folio archive add` prints it).
    case archived(String, change: String)
    /// Binding begins: the volume will have these articles and pages.
    case binding(articles: Int, pages: Int)
    /// An article's pages are in the volume.
    case bound(title: String, pages: Int)
}
