/// A page of a volume's front matter (cover, contents) with the internal links on it.
///
/// Internal links stay beside the page rather than inside its items because they point at named
/// destinations that only a volume writer places (an article's first page).
public struct VolumePage: Sendable, Hashable {
    public var page: Page
    public var links: [PageLink]

    public init(page: Page, links: [PageLink] = []) {
        self.page = page
        self.links = links
    }
}

/// A clickable area that jumps to a named destination in the same PDF.
public struct PageLink: Sendable, Hashable {
    public var rect: Rect
    /// The destination's name, as the volume writer places it (`article-3`).
    public var destination: String

    public init(rect: Rect, destination: String) {
        self.rect = rect
        self.destination = destination
    }
}
