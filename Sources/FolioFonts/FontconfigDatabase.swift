internal import CFontconfig

/// A set of fonts Fontconfig can search: owns one `FcConfig`
/// (`FcConfigCreate` or `FcInitLoadConfigAndFonts` / `FcConfigDestroy`).
///
/// Folio keeps two: one holding only the bundled `fonts/` folder, searched first so that output
/// does not depend on what a machine happens to have installed, and the system's configuration,
/// searched for scripts the bundled fonts lack.
final class FontconfigDatabase: @unchecked Sendable {
    private let config: OpaquePointer

    /// A database holding only the fonts in `directory`.
    ///
    /// Built from a small configuration document rather than `FcConfigAppFontAddDir` alone, so
    /// it has a cache folder (the user's, as Fontconfig normally uses) and Fontconfig does not
    /// complain on every start.
    init(directory: String) throws(FontError) {
        guard let config = FcConfigCreate() else { throw .fontconfig("FcConfigCreate failed") }
        let document = """
            <?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig><dir>\(Self.escapedXML(directory))</dir>\
            <cachedir prefix="xdg">fontconfig</cachedir><cachedir>/var/cache/fontconfig</cachedir></fontconfig>
            """
        let loaded = document.withCString { text in
            text.withMemoryRebound(to: FcChar8.self, capacity: document.utf8.count + 1) {
                FcConfigParseAndLoadFromMemory(config, $0, 0)
            }
        }
        guard loaded != 0, FcConfigBuildFonts(config) != 0 else {
            FcConfigDestroy(config)
            throw .fontconfig("cannot add the fonts folder \(directory)")
        }
        self.config = config
    }

    private static func escapedXML(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The system's fonts, as configured in /etc/fonts.
    init() throws(FontError) {
        guard let config = FcInitLoadConfigAndFonts() else { throw .fontconfig("cannot load /etc/fonts configuration") }
        self.config = config
    }

    deinit { FcConfigDestroy(config) }

    /// The face of `family` closest to the weight and slant asked for, or `nil` when this
    /// database has no font of that family (Fontconfig would otherwise substitute any font).
    func match(family: String, bold: Bool, italic: Bool) -> FontReference? {
        guard let pattern = makePattern(family: family, bold: bold, italic: italic) else { return nil }
        defer { FcPatternDestroy(pattern) }
        var result = FcResultNoMatch
        guard let font = FcFontMatch(config, pattern, &result) else { return nil }
        defer { FcPatternDestroy(font) }
        guard let found = string(font, FC_FAMILY), found.lowercased() == family.lowercased() else { return nil }
        return sameWeightFace(of: font, named: FaceStyleName(bold: bold, italic: italic)) ?? reference(of: font)
    }

    /// The face Fontconfig prefers for a generic family (`serif`, `sans-serif`) in a language
    /// (Fontconfig's `lang`, e.g. `ja`, `zh-tw`), as its configuration binds them: for Han
    /// characters the Japanese, Korean, Simplified or Traditional Chinese face of a CJK family.
    func match(genericFamily: String, language: String, bold: Bool, italic: Bool) -> FontReference? {
        guard let pattern = makePattern(family: genericFamily, bold: bold, italic: italic, language: language) else {
            return nil
        }
        defer { FcPatternDestroy(pattern) }
        var result = FcResultNoMatch
        guard let font = FcFontMatch(config, pattern, &result) else { return nil }
        defer { FcPatternDestroy(font) }
        return sameWeightFace(of: font, named: FaceStyleName(bold: bold, italic: italic)) ?? reference(of: font)
    }

    /// Another face of the matched font's family with the same weight and slant whose style
    /// name is the one asked for, when the matched face's name is not.
    ///
    /// Some fonts give Regular and Bold the same OS/2 weight (Noto Serif Myanmar's Bold says
    /// 400), so Fontconfig's weight cannot tell them apart and may return the Bold for a
    /// regular request; the style name can. `nil` when the match is already right or no face
    /// ties with it.
    private func sameWeightFace(of font: OpaquePointer, named wanted: FaceStyleName) -> FontReference? {
        guard !wanted.matches(styles(font)), let family = string(font, FC_FAMILY) else { return nil }
        var weight: Int32 = 0, slant: Int32 = 0
        guard FcPatternGetInteger(font, FC_WEIGHT, 0, &weight) == FcResultMatch,
              FcPatternGetInteger(font, FC_SLANT, 0, &slant) == FcResultMatch,
              let pattern = FcPatternCreate()
        else { return nil }
        defer { FcPatternDestroy(pattern) }
        FcPatternAddString(pattern, FC_FAMILY, family)
        guard let objects = folio_fc_object_set_file_index() else { return nil }
        defer { FcObjectSetDestroy(objects) }
        guard let list = FcFontList(config, pattern, objects) else { return nil }
        defer { FcFontSetDestroy(list) }
        // Sorted by file and index so that the choice never depends on the cache's order.
        var candidates: [FontReference] = []
        for position in 0..<Int(list.pointee.nfont) {
            guard let candidate = list.pointee.fonts[position], wanted.matches(styles(candidate)) else { continue }
            var candidateWeight: Int32 = 0, candidateSlant: Int32 = 0
            _ = FcPatternGetInteger(candidate, FC_WEIGHT, 0, &candidateWeight)
            _ = FcPatternGetInteger(candidate, FC_SLANT, 0, &candidateSlant)
            guard candidateWeight == weight, candidateSlant == slant, let path = string(candidate, FC_FILE) else { continue }
            var index: Int32 = 0
            _ = FcPatternGetInteger(candidate, FC_INDEX, 0, &index)
            candidates.append(FontReference(path: path, faceIndex: Int(index)))
        }
        return candidates.min { ($0.path, $0.faceIndex) < ($1.path, $1.faceIndex) }
    }

    /// The first font, in Fontconfig's order of preference for the generic family and style,
    /// whose character set covers every scalar; `nil` when none does.
    func firstFont(covering scalars: [Unicode.Scalar], genericFamily: String, bold: Bool, italic: Bool) -> FontReference? {
        guard let pattern = makePattern(family: genericFamily, bold: bold, italic: italic),
              let charset = FcCharSetCreate()
        else { return nil }
        defer { FcPatternDestroy(pattern) }
        for scalar in scalars { FcCharSetAddChar(charset, scalar.value) }
        FcPatternAddCharSet(pattern, FC_CHARSET, charset)
        FcCharSetDestroy(charset)
        FcConfigSubstitute(config, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultNoMatch
        guard let set = FcFontSort(config, pattern, 0, nil, &result) else { return nil }
        defer { FcFontSetDestroy(set) }
        for index in 0..<Int(set.pointee.nfont) {
            guard let font = set.pointee.fonts[index] else { continue }
            var fontCharset: OpaquePointer?
            guard FcPatternGetCharSet(font, FC_CHARSET, 0, &fontCharset) == FcResultMatch, let fontCharset else {
                continue
            }
            var isColor: FcBool = 0
            if FcPatternGetBool(font, FC_COLOR, 0, &isColor) == FcResultMatch, isColor != 0 { continue }
            if scalars.allSatisfy({ FcCharSetHasChar(fontCharset, $0.value) != 0 }) {
                return sameWeightFace(of: font, named: FaceStyleName(bold: bold, italic: italic)) ?? reference(of: font)
            }
        }
        return nil
    }

    private func makePattern(family: String, bold: Bool, italic: Bool, language: String? = nil) -> OpaquePointer? {
        guard let pattern = FcPatternCreate() else { return nil }
        FcPatternAddString(pattern, FC_FAMILY, family)
        if let language { FcPatternAddString(pattern, FC_LANG, language) }
        FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR)
        FcPatternAddInteger(pattern, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN)
        FcConfigSubstitute(config, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        return pattern
    }

    private func reference(of font: OpaquePointer) -> FontReference? {
        guard let file = string(font, FC_FILE) else { return nil }
        var index: Int32 = 0
        _ = FcPatternGetInteger(font, FC_INDEX, 0, &index)
        return FontReference(path: file, faceIndex: Int(index))
    }

    /// Every style name a face gives (fonts may name it in several languages).
    private func styles(_ font: OpaquePointer) -> [String] {
        var names: [String] = []
        var value: UnsafeMutablePointer<FcChar8>?
        var index: Int32 = 0
        while FcPatternGetString(font, FC_STYLE, index, &value) == FcResultMatch, let value {
            names.append(String(cString: value))
            index += 1
        }
        return names
    }

    private func string(_ font: OpaquePointer, _ object: String) -> String? {
        var value: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(font, object, 0, &value) == FcResultMatch, let value else { return nil }
        return String(cString: value)
    }
}

extension FontconfigDatabase {
    /// Fontconfig's `FcPatternAddString` takes `const FcChar8 *`.
    fileprivate func FcPatternAddString(_ pattern: OpaquePointer, _ object: String, _ value: String) {
        _ = value.withCString { pointer in
            pointer.withMemoryRebound(to: FcChar8.self, capacity: value.utf8.count + 1) {
                CFontconfig.FcPatternAddString(pattern, object, $0)
            }
        }
    }
}
