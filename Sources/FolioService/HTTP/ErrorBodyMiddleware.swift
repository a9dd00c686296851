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
            return JSONResponse.error(error.description, status: error.httpStatus)
        } catch let error as FolioError {
            return JSONResponse.error(error.description, status: error.httpStatus)
        } catch {
            context.logger.error("unexpected error", metadata: ["error": "\(error)"])
            return JSONResponse.error("internal error", status: .internalServerError)
        }
    }
}

extension ArchiveError {
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
