/// How an article's pages are numbered and headed: on their own (`folio render`) or as part of a
/// bound volume, where numbers run on from the pages before and the header names the article.
public struct PageNumbering: Sendable, Hashable {
    /// Pages that come before the article's first page (0 on its own).
    public var pagesBefore: Int
    /// The `{pages}` total; `nil` means the article's own page count.
    public var totalPages: Int?
    /// A header template that replaces the layout's; `nil` keeps the layout's.
    public var header: String?

    public init(pagesBefore: Int = 0, totalPages: Int? = nil, header: String? = nil) {
        self.pagesBefore = pagesBefore
        self.totalPages = totalPages
        self.header = header
    }

    /// An article alone: numbered from 1 of its own count, with the layout's header.
    public static let standalone = PageNumbering()
}
