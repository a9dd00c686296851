import FolioArchive
import FolioPipeline
import Hummingbird

/// Turns every error a route throws into a JSON body with the right status, so no client ever
/// sees an empty or HTML error, and nothing internal (stack traces, types) leaks out.
struct ErrorBodyMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServiceError {
            return JSONResponse.error(error.message, status: error.status, headers: error.headers)
        } catch let error as HTTPResponseError {
            let message = error.status == .notFound
                ? "no such endpoint: \(request.method) \(request.uri.path)" : error.status.reasonPhrase
            return JSONResponse.error(message, status: error.status)
        } catch let error as ArchiveError {
            return serverError(error.description, status: error.httpStatus, public: error.publicDescription, context: context)
        } catch let error as FolioError {
            return serverError(error.description, status: error.httpStatus, public: error.publicDescription, context: context)
        } catch where Self.isMalformedRequest(error) {
            return JSONResponse.error("the request is malformed HTTP (for example a bad chunk size)", status: .badRequest)
        } catch {
            context.logger.error("unexpected error", metadata: ["error": "\(error)"])
            return JSONResponse.error("internal error", status: .internalServerError)
        }
    }

    /// Whether the error is the HTTP parser's, met while a route read the body (a bad chunk size
    /// or chunk framing): the client's mistake, 400, not 500. NIOHTTP1's `HTTPParserError` is
    /// matched by name, since this target reaches NIO only through Hummingbird.
    static func isMalformedRequest(_ error: any Error) -> Bool {
        String(reflecting: type(of: error)).hasSuffix("HTTPParserError")
    }

    /// A client error's message goes out as it is; a server error's full message (which names
    /// paths on the server) goes to the log, and the client gets `publicText`.
    private func serverError(_ message: String, status: HTTPResponse.Status, public publicText: String, context: Context) -> Response {
        guard status == .internalServerError else { return JSONResponse.error(message, status: status) }
        context.logger.error("request failed", metadata: ["error": "\(message)"])
        return JSONResponse.error(publicText, status: status)
    }
}

extension ArchiveError {
    /// What a client may read of a server-side archive failure: the kind of failure, never a
    /// path on the server (`damaged` names the file inside the archive, which clients know by id).
    var publicDescription: String {
        switch self {
        case .io: return "the archive could not be read or written; the server log has the details"
        case .notAnArchive: return "the server's archive folder is not usable; the server log has the details"
        case .damaged(let path, let problem) where !path.hasPrefix("/"): return "\(path): damaged (\(problem))"
        case .damaged: return "an archived file is damaged; the server log has the details"
        case .index: return "the archive's index could not be used; the server log has the details"
        default: return description
        }
    }

    /// A missing article or version is the client's 404; bad ids and queries are 400; the rest is ours.
    var httpStatus: HTTPResponse.Status {
        switch self {
        case .noSuchObject, .noSuchVersion: return .notFound
        case .invalidID, .invalidQuery: return .badRequest
        case .io, .notAnArchive, .damaged, .index: return .internalServerError
        }
    }
}

extension FolioError {
    /// What a client may read of a server-side rendering failure (no server paths).
    var publicDescription: String {
        switch self {
        case .output: return "the output could not be written; the server log has the details"
        case .rendering: return "the article could not be drawn; the server log has the details"
        default: return description
        }
    }

    /// Bad articles and layouts are the client's (422 when the body parsed as HTTP but not as an article).
    var httpStatus: HTTPResponse.Status {
        switch self {
        case .input, .strict: return .unprocessableContent
        case .layout: return .badRequest
        case .output, .rendering: return .internalServerError
        case .cancelled: return .serviceUnavailable
        }
    }
}
