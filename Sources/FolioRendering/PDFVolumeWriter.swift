internal import CCairo
import FolioTypesetting

#if canImport(Glibc)
import Glibc
#endif

/// Writes a bound volume page by page into one PDF file, through one open Cairo PDF surface.
///
/// Pages go to the file as they are added, so a volume of any length needs the memory of one
/// article, not of the whole book. Drawing is `PDFRenderer`'s own (`CairoContext`), so an
/// article's pages look the same in the volume as in its own PDF. Not for sharing between tasks:
/// one writer, one caller at a time.
public final class PDFVolumeWriter {
    /// The file being written.
    public let path: String
    /// Pages added so far; the next page's number is `pageCount + 1`.
    public private(set) var pageCount = 0
    private let surface: OpaquePointer
    private let context: CairoContext
    private let fonts: FontLibrary
    private var finished = false

    /// Opens `path` for writing (creating or truncating it). The corresponding C function is
    /// `cairo_pdf_surface_create`.
    ///
    /// - Parameters:
    ///   - metadata: the volume's document information; its creation date should come from the
    ///     articles, not the clock, so the same articles give the same volume.
    public init(path: String, fonts: FontLibrary, metadata: DocumentMetadata, pageSize: Size) throws(RenderError) {
        // Cairo formats numbers with printf; a decimal comma would corrupt the PDF.
        setlocale(LC_NUMERIC, "C")
        guard let surface = cairo_pdf_surface_create(path, pageSize.width, pageSize.height) else {
            throw .cairo("cannot create a PDF surface")
        }
        do {
            try RenderError.check(cairo_surface_status(surface))
            context = try CairoContext(surface: surface, fonts: CairoFontFaces(library: fonts))
        } catch {
            cairo_surface_destroy(surface)
            throw error
        }
        self.surface = surface
        self.path = path
        self.fonts = fonts
        PDFRenderer(fonts: fonts).setMetadata(metadata, on: surface)
    }

    deinit {
        cairo_surface_destroy(surface)
    }

    /// Draws one page and writes it out.
    ///
    /// - Parameters:
    ///   - links: clickable areas jumping to named destinations anywhere in the volume (the
    ///     destination may come on a later page).
    ///   - destinations: names placed on this page at a height (an article's start), for links.
    public func add(
        _ page: Page, links: [PageLink] = [], destinations: [(name: String, y: Double)] = []
    ) throws(RenderError) {
        guard !finished else { throw .cairo("the volume is already finished") }
        cairo_pdf_surface_set_size(surface, page.size.width, page.size.height)
        for destination in destinations {
            let attributes = "name='\(CairoContext.escapedAttribute(destination.name))' x=0 y=\(max(0, destination.y))"
            cairo_tag_begin(context.handle, CAIRO_TAG_DEST, attributes)
            cairo_tag_end(context.handle, CAIRO_TAG_DEST)
        }
        try context.draw(page)
        for link in links {
            let rect = link.rect
            let attributes = "rect=[\(rect.minX) \(rect.minY) \(rect.size.width) \(rect.size.height)] "
                + "dest='\(CairoContext.escapedAttribute(link.destination))'"
            cairo_tag_begin(context.handle, CAIRO_TAG_LINK, attributes)
            cairo_tag_end(context.handle, CAIRO_TAG_LINK)
        }
        cairo_show_page(context.handle)
        try RenderError.check(cairo_status(context.handle))
        pageCount += 1
    }

    /// Adds bookmarks whose page numbers are volume pages already added (an article's title at
    /// level 1, its headings below).
    public func addOutline(_ entries: [OutlineEntry]) {
        PDFRenderer(fonts: fonts).addOutline(entries, to: surface)
    }

    /// Writes the fonts, outline and cross-reference table and closes the file.
    public func finish() throws(RenderError) {
        guard !finished else { return }
        finished = true
        cairo_surface_finish(surface)
        try RenderError.check(cairo_surface_status(surface))
        try PDFCrossReferenceRepair.repair(path: path)
    }
}
