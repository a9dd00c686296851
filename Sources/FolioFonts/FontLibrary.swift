import Synchronization

/// Finds and keeps open the fonts an article needs: the bundled `fonts/` first, then the system's.
///
/// Every face is opened once and shared (shaping and rendering both ask for it by
/// `FontReference`), so a batch of articles pays for each font file once.
public final class FontLibrary: Sendable {
    private let freeType: FreeTypeLibrary
    private let bundled: FontconfigDatabase
    /// The system's fonts, loaded on first need: most Latin articles never need them, and
    /// loading /etc/fonts and its caches is the largest part of starting up.
    private let systemDatabase = Mutex<Result<FontconfigDatabase, FontError>?>(nil)
    private let faces = Mutex<[FontReference: FontFace]>([:])
    private let fallbacks = Mutex<[FallbackKey: FontReference?]>([:])
    private let familyReferences = Mutex<[FamilyKey: FontReference?]>([:])

    /// - Parameter bundledFontsDirectory: the folder searched before the system fonts.
    public init(bundledFontsDirectory: String) throws(FontError) {
        freeType = try FreeTypeLibrary()
        bundled = try FontconfigDatabase(directory: bundledFontsDirectory)
    }

    private var system: FontconfigDatabase? {
        systemDatabase.withLock { database in
            if database == nil { database = Result { () throws(FontError) in try FontconfigDatabase() } }
            return try? database?.get()
        }
    }

    /// The face a reference names, opened on first use.
    public func face(_ reference: FontReference) throws(FontError) -> FontFace {
        if let face = faces.withLock({ $0[reference] }) { return face }
        let face = try FontFace(reference: reference, library: freeType)
        return faces.withLock { cache in
            if let existing = cache[reference] { return existing }
            cache[reference] = face
            return face
        }
    }

    /// The face of a family and style: bundled fonts first, then installed ones.
    ///
    /// - Throws: `FontError.familyNotFound` when no font of that family exists anywhere.
    public func face(family: String, bold: Bool = false, italic: Bool = false) throws(FontError) -> FontFace {
        guard let reference = familyReference(family, bold: bold, italic: italic) else { throw .familyNotFound(family) }
        return try face(reference)
    }

    /// A face for a grapheme cluster the primary font lacks.
    ///
    /// In a Japanese, Korean or Chinese text (`language`), first the face Fontconfig binds to
    /// that language (`lang`) in the style's class, so Han characters take their regional
    /// forms; then the layout's fallback families in order, each in the style's class where a
    /// sister family exists (`Noto Serif Thai` stands in as `Noto Sans Thai` for a sans title);
    /// then any installed font covering every scalar of the cluster, preferring the style asked
    /// for (serif or sans, weight, slant). Returns `nil` when no font on the machine covers the
    /// cluster.
    public func fallbackFace(
        for cluster: [Unicode.Scalar], families: [String], serif: Bool, bold: Bool, italic: Bool,
        language: String? = nil
    ) -> FontFace? {
        let key = FallbackKey(
            scalars: cluster.map(\.value), families: families, serif: serif, bold: bold, italic: italic,
            hanLanguage: language.flatMap(HanLanguage.fontconfigLanguage(for:)))
        let cached = fallbacks.withLock { $0[key] }
        let reference: FontReference?
        if let cached {
            reference = cached
        } else {
            reference = findFallback(for: cluster, key: key)
            fallbacks.withLock { $0[key] = .some(reference) }
        }
        guard let reference else { return nil }
        return try? face(reference)
    }

    private func findFallback(for cluster: [Unicode.Scalar], key: FallbackKey) -> FontReference? {
        // The layout's fallback families first, each resolved through Fontconfig only once;
        // then the one expensive query over every installed font, for what they all lack.
        if let hanLanguage = key.hanLanguage, let face = languageFace(hanLanguage, serif: key.serif, bold: key.bold, italic: key.italic),
           cluster.allSatisfy(face.covers)
        {
            return face.reference
        }
        for listed in key.families {
            for family in FamilyCounterpart.candidates(for: listed, serif: key.serif) {
                if let face = familyFace(family, bold: key.bold, italic: key.italic), cluster.allSatisfy(face.covers) {
                    return face.reference
                }
            }
        }
        return system?.firstFont(
            covering: cluster, genericFamily: key.serif ? "serif" : "sans-serif", bold: key.bold, italic: key.italic)
    }

    /// The face Fontconfig binds to a language in the serif or sans class, remembered per style.
    private func languageFace(_ language: String, serif: Bool, bold: Bool, italic: Bool) -> FontFace? {
        let key = FamilyKey(family: (serif ? "serif" : "sans-serif") + ":lang=" + language, bold: bold, italic: italic)
        let reference: FontReference?
        if let known = familyReferences.withLock({ $0[key] }) {
            reference = known
        } else {
            reference = system?.match(genericFamily: serif ? "serif" : "sans-serif", language: language, bold: bold, italic: italic)
            familyReferences.withLock { $0[key] = .some(reference) }
        }
        return reference.flatMap { try? face($0) }
    }

    private func familyFace(_ family: String, bold: Bool, italic: Bool) -> FontFace? {
        familyReference(family, bold: bold, italic: italic).flatMap { try? face($0) }
    }

    /// The font a family name resolves to (bundled fonts first), remembered per style: a
    /// Fontconfig match costs tens of microseconds, and every paragraph asks.
    private func familyReference(_ family: String, bold: Bool, italic: Bool) -> FontReference? {
        let key = FamilyKey(family: family, bold: bold, italic: italic)
        if let known = familyReferences.withLock({ $0[key] }) { return known }
        let reference = bundled.match(family: family, bold: bold, italic: italic)
            ?? system?.match(family: family, bold: bold, italic: italic)
        familyReferences.withLock { $0[key] = .some(reference) }
        return reference
    }

    private struct FamilyKey: Hashable {
        var family: String
        var bold: Bool
        var italic: Bool
    }

    private struct FallbackKey: Hashable {
        var scalars: [UInt32]
        var families: [String]
        var serif: Bool
        var bold: Bool
        var italic: Bool
        /// Fontconfig's language for Han characters (`ja`, `zh-tw`…), when the text has one.
        var hanLanguage: String?
    }
}
