/// What `folio serve` does, in the words both `folio --help` (which lists it) and `folio-serve`
/// (which runs it) print.
public enum ServeSummary {
    /// The one-line abstract of `folio serve`.
    public static let abstract = "Serve rendering and the archive over HTTP."
}
