import FolioArchive
import FolioPipeline
import Hummingbird

extension FolioServer {
    /// `POST /render[?layout=NAME][&format=png&page=N][&language=TAG]`: the article in the body as PDF
    /// (or one PNG page); `language` (BCP 47) overrides the article's own language.
    func addRenderRoutes(to router: Router<ServiceRequestContext>) {
        router.post("/render") { request, _ -> Response in
            let upload = try await ArticleUpload.read(request, limit: self.configuration.maxBodyBytes)
            let query = request.uri.queryParameters
            let layout = try self.layoutChoice(query["layout"].map(String.init))
            let format = try Self.outputFormat(query["format"].map(String.init))
            let page = try Self.pageNumber(query["page"].map(String.init))
            let language = try Self.languageTag(query["language"].map(String.init))
            let rendered = try await self.renderLimited(upload, layout: layout, format: format, language: language)
            let slug = Slug(title: rendered.article.title).text
            var headers: HTTPFields = [.folioPages: String(rendered.pageCount)]
            let bytes: [UInt8]
            switch format {
            case .pdf:
                bytes = rendered.pdf
                headers[.contentType] = "application/pdf"
                headers[.contentDisposition] = #"inline; filename="\#(slug).pdf""#
            case .png:
                guard page <= rendered.files.count else {
                    throw ServiceError.badRequest(
                        "page \(page) does not exist; the article has \(rendered.files.count) page\(rendered.files.count == 1 ? "" : "s")")
                }
                bytes = rendered.files[page - 1]
                headers[.contentType] = "image/png"
                headers[.contentDisposition] = #"inline; filename="\#(slug)-\#(page).png""#
            }
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }

    /// Renders within the limits: a free render slot (else 503 + Retry-After) and the time limit
    /// (else 503). Shared by `POST /render` and `POST /archive`.
    ///
    /// The time limit is a real deadline: the typesetter and the drawing check it between
    /// paragraphs and pages and inside the stages of one paragraph, so a render past it stops
    /// there and gives its slot back before its client gets the 503 (the answer waits for the
    /// stop at most `stopGrace` longer; a single call into ICU or HarfBuzz cannot be stopped). After a large article the memory it
    /// used is handed back to the system (`ReturnedMemory`).
    func renderLimited(
        _ upload: ArticleUpload, layout: LayoutChoice, format: OutputFormat, language: String? = nil
    ) async throws -> RenderedArticle {
        guard gate.tryEnter() else {
            metrics.recordRender("rejected")
            throw ServiceError.busy(
                "all \(gate.limit) render slots are busy; try again shortly", retryAfter: configuration.retryAfterSeconds)
        }
        let renderer = self.renderer, gate = self.gate
        let deadline = ContinuousClock.now.advanced(by: configuration.renderTimeout)
        let cancellation = TypesetCancellation { ContinuousClock.now >= deadline }
        let inputBytes = upload.source.bytes.count
        do {
            let rendered = try await BlockingWork.run(limit: configuration.renderTimeout + Self.stopGrace, {
                try renderer.render(
                    upload.source, layout: layout, format: format, inputFormat: upload.format, language: language,
                    cancellation: cancellation)
            }, finished: {
                gate.leave()
                ReturnedMemory.afterRender(ofBytes: inputBytes)
            })
            metrics.recordRender("ok")
            return rendered
        } catch let error as FolioError where error.isCancelled {
            metrics.recordRender("timeout")
            throw ServiceError.busy(
                "rendering took longer than the \(configuration.renderTimeout) limit", retryAfter: configuration.retryAfterSeconds)
        } catch is BlockingWork.TimedOut {
            metrics.recordRender("timeout")
            throw ServiceError.busy(
                "rendering took longer than the \(configuration.renderTimeout) limit", retryAfter: configuration.retryAfterSeconds)
        } catch {
            metrics.recordRender("failed")
            throw error
        }
    }

    /// How long past its deadline a render's answer waits for the render to stop.
    static let stopGrace: Duration = .seconds(1)

    /// `?layout=` must name a shipped layout: a client never gets to open a file on the server.
    func layoutChoice(_ name: String?) throws -> LayoutChoice {
        guard let name else { return .standard }
        guard layoutNames.contains(name) else {
            throw ServiceError.badRequest("unknown layout '\(name)'; choose one of: \(layoutNames.sorted().joined(separator: ", "))")
        }
        return .named(name)
    }

    /// `?language=` must be a BCP 47 language tag.
    static func languageTag(_ value: String?) throws -> String? {
        guard let value else { return nil }
        guard let tag = LanguageTag.canonical(value) else {
            throw ServiceError.badRequest("'\(value)' is not a language tag; give one such as en, de, pt-BR or zh-Hant")
        }
        return tag
    }

    static func outputFormat(_ value: String?) throws -> OutputFormat {
        guard let value else { return .pdf }
        guard let format = OutputFormat(rawValue: value) else {
            throw ServiceError.badRequest("unknown format '\(value)'; use pdf or png")
        }
        return format
    }

    static func pageNumber(_ value: String?) throws -> Int {
        guard let value else { return 1 }
        guard let page = Int(value), page >= 1, page <= 100_000 else {
            throw ServiceError.badRequest("page must be a whole number from 1, not '\(value)'")
        }
        return page
    }
}

extension HTTPFields.Element.Name {
    /// `X-Folio-Pages`: the page count of the rendered article (also for a one-page PNG preview).
    // A constant, valid field name: the initializer only fails on characters a token cannot hold.
    static var folioPages: Self { Self("X-Folio-Pages")! }
}
