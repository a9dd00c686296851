import FolioFonts
import FolioLayouts
import FolioModel
import FolioReaders
import FolioRendering
import FolioTypesetting
import Foundation

/// Which layout to render with.
public enum LayoutChoice: Sendable, Hashable {
    /// The default layout (`a4`).
    case standard
    /// A shipped layout's name (`letter`) or a path to a layout file.
    case named(String)
    /// A layout file's bytes held in memory (for instance the copy stored in the archive).
    case file(fileName: String, bytes: [UInt8])
}

/// The one-call pipeline shared by the CLI and the service: read → typeset → render.
///
/// Create one and reuse it: fonts are opened once and shared by every article rendered.
public final class ArticleRenderer: Sendable {
    public let resources: FolioResources
    public let layouts: LayoutLibrary
    let fonts: FontLibrary
    let typesetter: DocumentTypesetter

    /// Knuth–Plass with hyphenation considered from the first pass (TeX's `\pretolerance=-1`):
    /// TeX's default first tries without hyphens and accepts any paragraph within tolerance,
    /// which on our samples left the widest interword gaps 0.01–0.02 em wider.
    public static let defaultLineBreaker = KnuthPlassBreaker(parameters: .init(pretolerance: -1))

    /// Whether this process renders one article and exits (`folio render`). Then
    /// ``render(_:layout:format:inputFormat:strict:)`` loads only the hyphenation patterns the
    /// article's words need (see `HyphenationCatalog.prepared(for:)`) instead of each whole
    /// dictionary once, on a thread of their own while the layout is read and the title set.
    /// Wrong for a process that renders many (the service, `archive add`, `batch`): they keep
    /// whole dictionaries, and a thread per render would buy them nothing.
    ///
    /// The layout is read on the calling thread: reading it on another one (tried) saved less
    /// than the time a second thread took to start and to hand the result back.
    public let rendersOneArticle: Bool

    public init(
        resources: FolioResources = .located(), lineBreaker: (any LineBreaker)? = nil, rendersOneArticle: Bool = false
    ) throws(FolioError) {
        self.resources = resources
        self.rendersOneArticle = rendersOneArticle
        layouts = LayoutLibrary(directory: resources.layoutsDirectory)
        do {
            fonts = try FontLibrary(bundledFontsDirectory: resources.fontsDirectory.path)
        } catch {
            throw .rendering("fonts", error.description)
        }
        typesetter = DocumentTypesetter(
            fonts: fonts, lineBreaker: lineBreaker ?? Self.defaultLineBreaker, creator: "Folio \(FolioVersion.string)",
            hyphenation: HyphenationCatalog.hyphenator(for:), localizedDate: LocalizedDates.long,
            pageWording: LocalizedPages.wording(for:))
    }

    /// Loads a layout by choice; errors name the file, key and line.
    public func loadLayout(_ choice: LayoutChoice) throws(FolioError) -> LoadedLayout {
        do {
            switch choice {
            case .standard: return try layouts.load(LayoutLibrary.defaultName)
            case .named(let name): return try layouts.load(name)
            case .file(let fileName, let bytes): return try layouts.load(fileName: fileName, bytes: bytes)
            }
        } catch {
            throw .layout("\(error)")
        }
    }

    /// Reads the article only (no typesetting), its language decided (`language` overrides the
    /// article's own; see `ArticleLanguage`).
    public func read(_ source: ArticleSource, format: InputFormat? = nil, language: String? = nil) throws(FolioError) -> Article {
        do {
            return try ArticleReaders.read(source.bytes, fileName: source.displayName, format: format, language: language)
        } catch {
            throw .input(source.displayName, error.description)
        }
    }

    /// Lays out an article without drawing it (for measurements and benchmarks); `images` are
    /// the figures' images by source (see `DocumentTypesetter.typeset`).
    public func typeset(
        _ article: Article, layout: LoadedLayout, images: [String: ImageAsset] = [:]
    ) throws(FolioError) -> TypesetDocument {
        do {
            return try typesetter.typeset(article, style: layout.style, images: images)
        } catch {
            throw .rendering(article.title, error.description)
        }
    }

    /// Lays out an article read from `source`, with its images loaded from the source's folder
    /// (or from its stored images, see `ArticleSource.storedImages`): the one typesetting step
    /// `render`, `batch` and the bound volume share, so an article comes out the same whichever
    /// command sets it.
    ///
    /// - Returns: the pages, the warnings (each already naming the source), and the bytes of
    ///   the images placed, by figure source (what the archive keeps).
    ///
    /// - Parameter hyphenation: the hyphenators to use instead of the shared ones.
    /// - Parameter cancellation: asked between paragraphs; once it answers true this throws
    ///   `FolioError.cancelled` instead of returning an unfinished document.
    public func typeset(
        _ article: Article, from source: ArticleSource, layout: LoadedLayout, numbering: PageNumbering = .standalone,
        hyphenation: (@Sendable (String) -> (any Hyphenating)?)? = nil, cancellation: TypesetCancellation = .never
    ) throws(FolioError) -> (document: TypesetDocument, warnings: [String], images: [String: [UInt8]]) {
        let images = ImageLoader(source).load(article)
        let document: TypesetDocument
        do {
            document = try typesetter.typeset(
                article, style: layout.style, images: images.images, numbering: numbering, hyphenation: hyphenation,
                cancellation: cancellation)
        } catch {
            throw .rendering(source.displayName, error.description)
        }
        if cancellation.isCancelled { throw .cancelled(source.displayName) }
        let warnings = (images.warnings + document.warnings).map { "\(source.displayName): warning: \($0)" }
        return (document, warnings, images.images.mapValues(\.bytes))
    }

    /// The fonts a typeset document draws with: "Family Style" → the font's version string.
    public func fontVersions(of document: TypesetDocument) -> [String: String] {
        var references = Set<FontReference>()
        for page in document.pages {
            for item in page.items {
                if case .glyphs(let run) = item { references.insert(run.font) }
            }
        }
        var versions: [String: String] = [:]
        for reference in references {
            guard let face = try? fonts.face(reference) else { continue }
            versions["\(face.familyName) \(face.styleName)"] = face.version
        }
        return versions
    }

    /// Hyphenation for a process that renders only `article`: starts loading just the patterns
    /// its words need, on another thread (see `HyphenationCatalog.prepared(for:)`); pass the
    /// result to ``typeset(_:from:layout:numbering:hyphenation:)``.
    public func singleArticleHyphenation(for article: Article) -> @Sendable (String) -> (any Hyphenating)? {
        HyphenationCatalog.prepared(for: article)
    }

    /// Draws a typeset document as one PDF file's bytes.
    public func renderPDF(_ document: TypesetDocument, cancellation: TypesetCancellation = .never) throws(RenderError) -> [UInt8] {
        try PDFRenderer(fonts: fonts).render(document, cancellation: cancellation)
    }

    /// Renders one article.
    ///
    /// With ``rendersOneArticle``, the article's hyphenation patterns are loaded for its words
    /// alone, on another thread.
    ///
    /// - Parameters:
    ///   - strict: make warnings (characters no font has) errors.
    ///   - language: the article's language (BCP 47), instead of its declaration or identification.
    ///   - cancellation: asked between paragraphs and pages (a deadline); once it answers true
    ///     the render stops and throws `FolioError.cancelled`.
    /// - Throws: `FolioError` with one line naming the input and the problem.
    public func render(
        _ source: ArticleSource, layout choice: LayoutChoice = .standard, format: OutputFormat = .pdf,
        inputFormat: InputFormat? = nil, language: String? = nil, strict: Bool = false,
        cancellation: TypesetCancellation = .never
    ) throws(FolioError) -> RenderedArticle {
        try render(
            prepare(source, layout: choice, inputFormat: inputFormat, language: language), format: format,
            strict: strict, cancellation: cancellation)
    }

    /// The steps of ``render(_:layout:format:inputFormat:strict:)`` before typesetting: the
    /// article read, its hyphenation started, the layout loaded.
    public func prepare(
        _ source: ArticleSource, layout choice: LayoutChoice = .standard, inputFormat: InputFormat? = nil,
        language: String? = nil
    ) throws(FolioError) -> PreparedArticle {
        try prepare(source, layout: choice, inputFormat: inputFormat, language: language) { $0.loadOnHelperThread() }
    }

    /// ``prepare(_:layout:inputFormat:)``, handing a one-article renderer's pattern load to
    /// `startHyphenation` as soon as the article is read (before the layout), for a caller that
    /// is itself a helper thread and loads the patterns there (`ArticlePrefetch`).
    func prepare(
        _ source: ArticleSource, layout choice: LayoutChoice = .standard, inputFormat: InputFormat? = nil,
        language: String? = nil, startHyphenation: (HyphenationLoad) -> Void
    ) throws(FolioError) -> PreparedArticle {
        let article = try read(source, format: inputFormat, language: language)
        var hyphenation: (@Sendable (String) -> (any Hyphenating)?)?
        if rendersOneArticle {
            let load = HyphenationLoad(for: article)
            startHyphenation(load)
            hyphenation = load.hyphenation
        }
        let layout = try loadLayout(choice)
        return PreparedArticle(source: source, article: article, layout: layout, hyphenation: hyphenation)
    }

    /// Typesets and draws a prepared article: the rest of ``render(_:layout:format:inputFormat:strict:)``.
    public func render(
        _ prepared: PreparedArticle, format: OutputFormat = .pdf, strict: Bool = false,
        cancellation: TypesetCancellation = .never
    ) throws(FolioError) -> RenderedArticle {
        let (source, article, layout) = (prepared.source, prepared.article, prepared.layout)
        let (document, warnings, images) = try typeset(
            article, from: source, layout: layout, hyphenation: prepared.hyphenation, cancellation: cancellation)
        if strict, let first = warnings.first { throw .strict(first) }
        let files: [[UInt8]]
        do {
            switch format {
            case .pdf: files = [try renderPDF(document, cancellation: cancellation)]
            case .png: files = try PNGRenderer(fonts: fonts).render(document, cancellation: cancellation)
            }
        } catch .cancelled {
            throw .cancelled(source.displayName)
        } catch {
            throw .rendering(source.displayName, error.description)
        }
        return RenderedArticle(
            article: article, files: files, pageCount: document.pages.count, layout: layout, warnings: warnings,
            fonts: fontVersions(of: document), images: images)
    }
}
