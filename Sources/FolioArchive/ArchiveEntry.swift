/// One archived article as `list` and `search` show it.
public struct ArchiveEntry: Sendable, Hashable, Codable {
    public var id: String
    /// The day it is filed under, `YYYY-MM-DD`.
    public var date: String
    public var title: String
    public var section: String?
    /// Number of versions.
    public var versions: Int
}

/// A search result: the entry, its rank (lower is better, BM25) and a snippet with the match in `[…]`.
public struct SearchHit: Sendable, Hashable, Codable {
    public var entry: ArchiveEntry
    public var rank: Double
    public var snippet: String
}
