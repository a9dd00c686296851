/// How a libhyphen dictionary expects words to be encoded (the first line of the `.dic` file).
///
/// Debian's dictionaries are UTF-8, except German, which is ISO 8859-1. Either way libhyphen
/// reports hyphens per Unicode scalar: for UTF-8 it renumbers byte positions to characters
/// (`hnj_hyphen_norm`), and in ISO 8859-1 each scalar is one byte.
enum DictionaryCharset: Sendable {
    case utf8
    case latin1

    init?(name: String) {
        switch name.uppercased() {
        case "UTF-8", "UTF8": self = .utf8
        case "ISO8859-1", "ISO-8859-1", "ISO_8859-1", "LATIN1": self = .latin1
        default: return nil
        }
    }

    /// The bytes libhyphen needs for `scalars`, or `nil` when a scalar has no encoding here.
    func encode(_ scalars: [Unicode.Scalar]) -> [UInt8]? {
        switch self {
        case .utf8:
            var bytes: [UInt8] = []
            bytes.reserveCapacity(scalars.count * 2)
            for scalar in scalars { bytes.append(contentsOf: scalar.utf8) }
            return bytes
        case .latin1:
            var bytes: [UInt8] = []
            bytes.reserveCapacity(scalars.count)
            for scalar in scalars {
                guard scalar.value <= 0xFF else { return nil }
                bytes.append(UInt8(scalar.value))
            }
            return bytes
        }
    }
}
