/// An archived article's id, `YYYY/MM/DD/slug`: the first publication day and the slug.
///
/// The id is also the object's path below the storage root (layout
/// `0011-direct-clean-path-layout` maps ids made of `[a-z0-9-/]` to themselves), and it never
/// changes once the article is archived (OCFL E110).
public struct ObjectID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    public let slug: Slug

    public init(year: Int, month: Int, day: Int, slug: Slug) {
        self.year = year
        self.month = month
        self.day = day
        self.slug = slug
    }

    /// Parses `YYYY/MM/DD/slug`; anything else (`..`, extra segments, uppercase) is rejected.
    public init(_ text: String) throws(ArchiveError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4, parts[0].utf8.count == 4, parts[1].utf8.count == 2, parts[2].utf8.count == 2,
              parts[0...2].allSatisfy({ $0.utf8.allSatisfy { (48...57).contains($0) } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day), year >= 1,
              let slug = Slug(validating: parts[3])
        else { throw .invalidID(text) }
        self.init(year: year, month: month, day: day, slug: slug)
    }

    /// `YYYY-MM-DD`.
    public var dayString: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

    /// The id text, which is also the relative path in the storage root.
    public var description: String { "\(pad(year, 4))/\(pad(month, 2))/\(pad(day, 2))/\(slug.text)" }

    /// The id with a different slug (same day).
    public func with(slug: Slug) -> ObjectID { ObjectID(year: year, month: month, day: day, slug: slug) }

    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool { lhs.description < rhs.description }
}

private func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}
