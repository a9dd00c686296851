internal import CCairo
import FolioTypesetting

#if canImport(Glibc)
import Glibc
#endif

/// Draws a typeset document as a PDF through Cairo.
///
/// Text is drawn with `cairo_show_text_glyphs`, so every glyph keeps its source characters;
/// Cairo embeds and subsets the fonts. The document information comes from the article (the
/// creation date is the publication time), so the same input gives the same bytes.
public struct PDFRenderer: Sendable {
    public let fonts: FontLibrary

    public init(fonts: FontLibrary) {
        self.fonts = fonts
    }

    /// - Parameter cancellation: asked between pages; throws `RenderError.cancelled` once it answers true.
    public func render(_ document: TypesetDocument, cancellation: TypesetCancellation = .never) throws(RenderError) -> [UInt8] {
        guard let first = document.pages.first else { throw .empty }
        // Cairo formats numbers with printf; a decimal comma would corrupt the PDF.
        setlocale(LC_NUMERIC, "C")
        let sink = ByteSink()
        let faces = CairoFontFaces(library: fonts)
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        guard let surface = cairo_pdf_surface_create_for_stream(
            ByteSink.write, closure, first.size.width, first.size.height)
        else { throw .cairo("cannot create a PDF surface") }
        defer { cairo_surface_destroy(surface) }
        try RenderError.check(cairo_surface_status(surface))
        setMetadata(document.metadata, on: surface)

        do {
            let context = try CairoContext(surface: surface, fonts: faces)
            for page in document.pages {
                if cancellation.isCancelled { throw RenderError.cancelled }
                cairo_pdf_surface_set_size(surface, page.size.width, page.size.height)
                try context.draw(page)
                cairo_show_page(context.handle)
            }
            addOutline(document.outline, to: surface)
        }
        cairo_surface_finish(surface)
        try RenderError.check(cairo_surface_status(surface))
        var pdf = sink.bytes
        PDFCrossReferenceRepair.repair(&pdf)
        if let language = document.metadata.language { PDFCatalogLanguage.add(language, to: &pdf) }
        return pdf
    }

    func setMetadata(_ metadata: DocumentMetadata, on surface: OpaquePointer) {
        let entries: [(cairo_pdf_metadata_t, String?)] = [
            (CAIRO_PDF_METADATA_TITLE, metadata.title),
            (CAIRO_PDF_METADATA_AUTHOR, metadata.author),
            (CAIRO_PDF_METADATA_SUBJECT, metadata.subject),
            (CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords),
            (CAIRO_PDF_METADATA_CREATOR, metadata.creator),
            (CAIRO_PDF_METADATA_CREATE_DATE, metadata.creationDate),
            (CAIRO_PDF_METADATA_MOD_DATE, metadata.creationDate),
        ]
        for (key, value) in entries {
            guard let value, !value.isEmpty else { continue }
            cairo_pdf_surface_set_metadata(surface, key, value)
        }
    }

    /// Bookmarks, nested by level. The corresponding C function is `cairo_pdf_surface_add_outline`.
    func addOutline(_ outline: [OutlineEntry], to surface: OpaquePointer) {
        var parents: [(level: Int, id: Int32)] = []
        for entry in outline {
            while let last = parents.last, last.level >= entry.level { parents.removeLast() }
            let parent = parents.last?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let link = "page=\(entry.page) pos=[0 \(max(0, entry.y))]"
            let id = cairo_pdf_surface_add_outline(
                surface, parent, entry.title, link, cairo_pdf_outline_flags_t(CAIRO_PDF_OUTLINE_FLAG_OPEN.rawValue))
            parents.append((entry.level, id))
        }
    }
}
