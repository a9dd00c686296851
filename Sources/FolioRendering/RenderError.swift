internal import CCairo

/// Why a document could not be drawn.
public enum RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Cairo reported a failure; the message is Cairo's own (`cairo_status_to_string`).
    case cairo(String)
    /// A font the typesetter used could not be opened again for drawing.
    case font(String)
    /// The document has no pages.
    case empty
    /// A figure's image cannot be decoded or embedded.
    case image(String)
    /// The caller's `TypesetCancellation` asked to stop between pages.
    case cancelled

    public var description: String {
        switch self {
        case .cairo(let message): return "drawing failed: \(message)"
        case .font(let message): return message
        case .empty: return "nothing to draw: the document has no pages"
        case .image(let message): return message
        case .cancelled: return "drawing stopped: the render was cancelled"
        }
    }

    /// Throws when `status` is not `CAIRO_STATUS_SUCCESS`.
    static func check(_ status: cairo_status_t) throws(RenderError) {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        throw .cairo(String(cString: cairo_status_to_string(status)))
    }
}
