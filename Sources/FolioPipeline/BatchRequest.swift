import FolioArchive
import FolioModel

/// Everything `folio batch` was asked to do.
public struct BatchRequest: Sendable {
    /// The articles, in the order given (see `BatchInputs`).
    public var inputs: [BatchInput]
    /// The collection's name, on the cover and as the volume's title.
    public var collection: String
    /// Where the volume goes.
    public var volumePath: String
    /// Where each article's own PDF goes; `nil` writes none.
    public var outDirectory: String?
    public var layout: LayoutChoice
    /// Articles rendered at once (at least 1).
    public var jobs: Int
    /// Only articles published on or after this day.
    public var from: PublicationDate?
    /// Only articles published on or before this day.
    public var to: PublicationDate?
    /// Stop at the first failed article, and write no volume.
    public var failFast: Bool
    /// Start the contents and every article on a right-hand (odd) page, with blank pages between.
    public var twoSided: Bool
    /// Where `--archive` stores every article and the volume; `nil` archives nothing.
    public var archive: ArticleArchive?
    /// The language of every article (`--language`), instead of each one's own; `nil` keeps theirs.
    public var language: String?
    /// Largest article file read (`--max-input`); a larger one fails alone, as a bad article does.
    public var maxInputBytes: Int

    public init(
        inputs: [BatchInput], collection: String, volumePath: String, outDirectory: String? = nil,
        layout: LayoutChoice = .standard, jobs: Int = 1, from: PublicationDate? = nil, to: PublicationDate? = nil,
        failFast: Bool = false, twoSided: Bool = false, archive: ArticleArchive? = nil, language: String? = nil,
        maxInputBytes: Int = ArticleSource.defaultMaxBytes
    ) {
        self.inputs = inputs
        self.collection = collection
        self.volumePath = volumePath
        self.outDirectory = outDirectory
        self.layout = layout
        self.jobs = max(1, jobs)
        self.from = from
        self.to = to
        self.failFast = failFast
        self.twoSided = twoSided
        self.archive = archive
        self.language = language
        self.maxInputBytes = maxInputBytes
    }

    /// Whether an article published at `date` falls inside `from`…`to` (whole days).
    func includes(_ date: PublicationDate) -> Bool {
        if let from, date.dayString < from.dayString { return false }
        if let to, date.dayString > to.dayString { return false }
        return true
    }
}
