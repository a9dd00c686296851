internal import CCairo
import FolioTypesetting

/// Draws pages as PNG images, for previews.
public struct PNGRenderer: Sendable {
    public let fonts: FontLibrary
    /// Pixels per inch.
    public let resolution: Double

    public init(fonts: FontLibrary, resolution: Double = 110) {
        self.fonts = fonts
        self.resolution = resolution
    }

    /// One PNG per page.
    /// - Parameter cancellation: asked between pages; throws `RenderError.cancelled` once it answers true.
    public func render(_ document: TypesetDocument, cancellation: TypesetCancellation = .never) throws(RenderError) -> [[UInt8]] {
        guard !document.pages.isEmpty else { throw .empty }
        let faces = CairoFontFaces(library: fonts)
        var images: [[UInt8]] = []
        for page in document.pages {
            if cancellation.isCancelled { throw .cancelled }
            images.append(try render(page, faces: faces))
        }
        return images
    }

    private func render(_ page: Page, faces: CairoFontFaces) throws(RenderError) -> [UInt8] {
        let scale = resolution / 72
        let width = Int32((page.size.width * scale).rounded()), height = Int32((page.size.height * scale).rounded())
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height) else {
            throw .cairo("cannot create an image surface")
        }
        defer { cairo_surface_destroy(surface) }
        try RenderError.check(cairo_surface_status(surface))
        do {
            let context = try CairoContext(surface: surface, fonts: faces, embedJPEG: false)
            cairo_set_source_rgb(context.handle, 1, 1, 1)
            cairo_paint(context.handle)
            cairo_scale(context.handle, scale, scale)
            try context.draw(page)
        }
        cairo_surface_flush(surface)
        let sink = ByteSink()
        try RenderError.check(cairo_surface_write_to_png_stream(surface, ByteSink.write, Unmanaged.passUnretained(sink).toOpaque()))
        return sink.bytes
    }
}
