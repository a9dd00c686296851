import Hummingbird

/// A request that ends in an error response: its status, the one line the client reads, and any
/// extra headers (Retry-After, Content-Range).
struct ServiceError: Error, Sendable, CustomStringConvertible {
    var status: HTTPResponse.Status
    var message: String
    var headers: HTTPFields = [:]

    var description: String { message }

    static func badRequest(_ message: String) -> ServiceError { .init(status: .badRequest, message: message) }
    static func notFound(_ message: String) -> ServiceError { .init(status: .notFound, message: message) }

    /// Too much work already: try again shortly rather than pile up.
    static func busy(_ message: String, retryAfter seconds: Int) -> ServiceError {
        .init(status: .serviceUnavailable, message: message, headers: [.retryAfter: String(seconds)])
    }
}
