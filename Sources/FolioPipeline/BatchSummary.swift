/// How a batch went: the `--json` summary.
public struct BatchSummary: Sendable, Codable, Hashable {
    /// An article left out, and why.
    public struct Failure: Sendable, Codable, Hashable {
        public var input: String
        public var reason: String
    }

    public var collection: String
    /// The volume's path; `nil` when no volume was written (nothing to bind, or `--fail-fast`).
    public var volume: String?
    /// Articles in the volume.
    public var articles: Int
    /// The volume's pages (cover and contents included).
    public var pages: Int
    /// Articles left out because of `--from`/`--to`.
    public var skipped: Int
    public var failures: [Failure]
    /// Wall-clock time of the whole batch.
    public var seconds: Double
    /// Each article's own PDF, by input (empty without `--out-dir`).
    public var articlePDFs: [String: String]
    /// Archive ids by input, and by the volume's path for the volume (empty without `--archive`).
    public var archived: [String: String]
}
