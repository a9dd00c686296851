import FolioTypesetting

/// Where everything goes in a bound volume, decided before anything is drawn.
///
/// Pages are numbered from the cover (page 1) on, so the numbers in the contents are the PDF's
/// own page numbers. Two-sided volumes start the contents and every article on an odd
/// (right-hand) page, with a blank page before where needed.
struct VolumePlan: Sendable {
    /// The articles in publication-date order (input order among equal dates).
    let articles: [BatchArticle]
    /// The page each article starts on.
    let startPages: [Int]
    /// Blank pages: after the cover, after the contents, and before articles (two-sided only).
    let blankPages: Set<Int>
    let contentsFirstPage: Int
    let contentsPageCount: Int
    let totalPages: Int

    init(articles unsorted: [BatchArticle], frontMatter: VolumeFrontMatter, twoSided: Bool) {
        articles = unsorted.sorted { ($0.published, $0.index) < ($1.published, $1.index) }
        var blanks = Set<Int>()
        var page = 1  // the cover
        /// The next page that may start a part, leaving a blank left-hand page when two-sided.
        func nextStart(after last: Int) -> Int {
            var start = last + 1
            if twoSided, start % 2 == 0 {
                blanks.insert(start)
                start += 1
            }
            return start
        }
        contentsFirstPage = nextStart(after: page)
        contentsPageCount = frontMatter.contentsPageCount(entries: articles.count)
        page = contentsFirstPage + contentsPageCount - 1
        var starts: [Int] = []
        for article in articles {
            let start = nextStart(after: page)
            starts.append(start)
            page = start + article.pageCount - 1
        }
        startPages = starts
        blankPages = blanks
        totalPages = page
    }

    /// The named destination at article `position`'s first page.
    static func destination(_ position: Int) -> String { "article-\(position + 1)" }

    var contentsEntries: [ContentsEntry] {
        zip(articles, startPages).enumerated().map { position, pair in
            ContentsEntry(
                title: pair.0.title, published: pair.0.published, page: pair.1, destination: Self.destination(position))
        }
    }

    /// The cover of the volume of `collection`; `nil` when there are no articles.
    func cover(_ collection: String) -> VolumeCover? {
        guard let first = articles.first, let last = articles.last else { return nil }
        return VolumeCover(
            collection: collection, first: first.published, last: last.published, articleCount: articles.count,
            pageCount: totalPages)
    }
}
