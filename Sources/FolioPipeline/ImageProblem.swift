/// Why a figure's image cannot be placed; the message completes "image “photo.jpg”: …".
enum ImageProblem: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadable(String)

    var description: String {
        switch self {
        case .unreadable(let reason): return reason
        }
    }
}
