/// Why a page could not be parsed whole.
public enum HTMLParseError: Error, Equatable, CustomStringConvertible {
    /// libxml2 was stopped: end tags that close nothing, under very many open elements, would
    /// have kept it comparing names for too long (`StrayEndTagBudget`). What it had read so far
    /// is not used, so nothing is silently left out.
    case tooManyStrayEndTags(counted: Int, deepest: Int)

    public var description: String {
        switch self {
        case .tooManyStrayEndTags(let counted, let deepest):
            "\(counted) end tags close no open element while up to \(deepest) elements are open; "
                + "libxml2 would take too long to check them all"
        }
    }
}
