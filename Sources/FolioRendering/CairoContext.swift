internal import CCairo
import FolioTypesetting

/// A drawing context on a surface: owns one `cairo_t` (`cairo_create` / `cairo_destroy`)
/// and draws display-list pages onto it.
final class CairoContext {
    let handle: OpaquePointer
    private let fonts: CairoFontFaces
    private let fontOptions: OpaquePointer
    /// PDF output embeds JPEG bytes as they are; other targets (PNG previews) decode them.
    private let embedJPEG: Bool
    /// One surface per figure source, so an image drawn twice is embedded once.
    private var images: [String: ImageSurface] = [:]

    init(surface: OpaquePointer, fonts: CairoFontFaces, embedJPEG: Bool = true) throws(RenderError) {
        guard let context = cairo_create(surface) else { throw .cairo("cannot create a drawing context") }
        handle = context
        self.fonts = fonts
        self.embedJPEG = embedJPEG
        // Print output: outlines as designed, no hinting, no rounded metrics.
        fontOptions = cairo_font_options_create()
        cairo_font_options_set_hint_style(fontOptions, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(fontOptions, CAIRO_HINT_METRICS_OFF)
        cairo_set_font_options(context, fontOptions)
        try RenderError.check(cairo_status(context))
    }

    deinit {
        cairo_font_options_destroy(fontOptions)
        cairo_destroy(handle)
    }

    /// Draws every item of a page. The corresponding C function for text is `cairo_show_text_glyphs`.
    func draw(_ page: Page) throws(RenderError) {
        for item in page.items {
            switch item {
            case .glyphs(let run): try draw(run)
            case .rule(let from, let to, let thickness, let color):
                setColor(color)
                cairo_set_line_width(handle, thickness)
                cairo_move_to(handle, from.x, from.y)
                cairo_line_to(handle, to.x, to.y)
                cairo_stroke(handle)
            case .box(let rect, let stroke, let fill):
                cairo_rectangle(handle, rect.minX, rect.minY, rect.size.width, rect.size.height)
                if let fill {
                    setColor(fill)
                    if stroke != nil { cairo_fill_preserve(handle) } else { cairo_fill(handle) }
                }
                if let stroke {
                    setColor(stroke)
                    cairo_set_line_width(handle, 0.6)
                    cairo_stroke(handle)
                }
            case .link(let rect, let url):
                let escaped = Self.escapedAttribute(url)
                let attributes = "rect=[\(rect.minX) \(rect.minY) \(rect.size.width) \(rect.size.height)] uri='\(escaped)'"
                cairo_tag_begin(handle, CAIRO_TAG_LINK, attributes)
                cairo_tag_end(handle, CAIRO_TAG_LINK)
            case .image(let rect, let image):
                draw(image, in: rect)
            }
        }
        try RenderError.check(cairo_status(handle))
    }

    private func draw(_ run: GlyphRun) throws(RenderError) {
        guard !run.glyphs.isEmpty else { return }
        cairo_set_font_face(handle, try fonts.face(for: run.font))
        if run.horizontalScale == 1 {
            cairo_set_font_size(handle, run.size)
        } else {
            // Font expansion: the same face with its x axis scaled, so the PDF embeds the font
            // once and only the text matrix changes. The run's positions are already scaled.
            var matrix = cairo_matrix_t()
            cairo_matrix_init_scale(&matrix, run.size * run.horizontalScale, run.size)
            cairo_set_font_matrix(handle, &matrix)
        }
        setColor(run.color)
        var glyphs = run.glyphs.map {
            cairo_glyph_t(index: UInt($0.id), x: run.origin.x + $0.x, y: run.origin.y + $0.y)
        }
        // The text layer without bidi controls (see ClusterText).
        let layer = ClusterText(run)
        var clusters = layer.clusters.map { cairo_text_cluster_t(num_bytes: Int32($0.byteCount), num_glyphs: Int32($0.glyphCount)) }
        let flags: cairo_text_cluster_flags_t = run.clustersBackward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0)
        let text = layer.text
        text.withCString { utf8 in
            cairo_show_text_glyphs(
                handle, utf8, Int32(text.utf8.count), &glyphs, Int32(glyphs.count), &clusters, Int32(clusters.count), flags)
        }
    }

    /// Scales the image into `rect`; an image that cannot be drawn here becomes a grey box.
    private func draw(_ image: ImageReference, in rect: Rect) {
        guard rect.size.width > 0, rect.size.height > 0 else { return }
        let surface: ImageSurface
        if let cached = images[image.source] {
            surface = cached
        } else if let made = try? ImageSurface(image.asset, embedJPEG: embedJPEG) {
            images[image.source] = made
            surface = made
        } else {
            cairo_rectangle(handle, rect.minX, rect.minY, rect.size.width, rect.size.height)
            setColor(Color(red: 0.85, green: 0.85, blue: 0.85))
            cairo_fill(handle)
            return
        }
        cairo_save(handle)
        cairo_translate(handle, rect.minX, rect.minY)
        cairo_scale(handle, rect.size.width / Double(surface.pixelWidth), rect.size.height / Double(surface.pixelHeight))
        cairo_set_source_surface(handle, surface.handle, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(handle), CAIRO_FILTER_GOOD)
        cairo_paint(handle)
        cairo_restore(handle)
    }

    /// Cairo tag attributes quote strings with `'`; backslash and quote must be escaped.
    static func escapedAttribute(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == "\\" || character == "'" { result.append("\\") }
            result.append(character)
        }
        return result
    }

    private func setColor(_ color: Color) {
        cairo_set_source_rgb(handle, color.red, color.green, color.blue)
    }
}
