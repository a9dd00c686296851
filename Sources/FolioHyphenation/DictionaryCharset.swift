/// How a libhyphen dictionary expects words to be encoded (the first line of the `.dic` file).
///
/// Debian's dictionaries are UTF-8, ISO 8859-1 (German, Dutch, Swedish…) or another 8-bit
/// charset (KOI8-R for Russian, ISO 8859-2 for Polish and Czech…; see ``SingleByteCharset``).
/// Either way libhyphen reports hyphens per Unicode scalar: for UTF-8 it renumbers byte
/// positions to characters (`hnj_hyphen_norm`), and in an 8-bit charset each scalar is one byte.
enum DictionaryCharset: Sendable {
    case utf8
    case latin1
    case singleByte(SingleByteCharset)

    init?(name: String) {
        switch name.uppercased() {
        case "UTF-8", "UTF8": self = .utf8
        case "ISO8859-1", "ISO-8859-1", "ISO_8859-1", "LATIN1": self = .latin1
        default:
            guard let charset = SingleByteCharset(name: name) else { return nil }
            self = .singleByte(charset)
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
        case .singleByte(let charset):
            return charset.encode(scalars)
        }
    }
}
