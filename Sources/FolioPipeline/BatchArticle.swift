import FolioTypesetting

/// What the first pass keeps of a rendered article: enough to plan the volume, no pages.
struct BatchArticle: Sendable {
    /// Position in the input order (ties between equal dates keep it).
    var index: Int
    var input: BatchInput
    var title: String
    var published: PublicationDate
    var pageCount: Int
    /// Where its own PDF went, if anywhere.
    var pdfPath: String?
    /// Its archive id, with `--archive`.
    var archiveID: String?
    /// What archiving it did, as `folio archive add` prints it.
    var archiveChange: String?
}

/// The first pass's verdict on one input.
enum BatchOutcome: Sendable {
    case rendered(BatchArticle, warnings: [String])
    case skipped(reason: String)
    case failed(reason: String)
}
