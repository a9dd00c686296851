internal import CICU

/// Every raw ICU call of this module, with Swift types at the edge.
///
/// Keeping the calls in one place (as swift-system's `Syscalls.swift` does) keeps ICU's
/// types out of the public API, gives one seam for simulating failures in tests, and
/// leaves one file to touch when ICU changes. All text here is UTF-16, as ICU wants it.
enum ICU {
    #if DEBUG
    /// Makes every call that can fail report `U_MEMORY_ALLOCATION_ERROR`, so tests can
    /// check the fallbacks. Debug builds only.
    @TaskLocal static var simulatesFailure = false
    #endif

    /// Converts an ICU status into a typed error, or nil when the call succeeded.
    private static func failure(_ status: UErrorCode, in function: String) -> TextAnalysisError? {
        #if DEBUG
        if simulatesFailure {
            return .icuFailure(function: function, code: "U_MEMORY_ALLOCATION_ERROR")
        }
        #endif
        guard status.rawValue > U_ZERO_ERROR.rawValue else { return nil }
        return .icuFailure(function: function, code: String(cString: folio_u_errorName(status)))
    }

    // MARK: Break iterators

    /// The kinds of boundaries ICU can find.
    enum BreakKind {
        /// Grapheme clusters (UAX #29).
        case character
        /// Words (UAX #29 with ICU's dictionaries).
        case word
        /// Line-break opportunities (UAX #14 with ICU's dictionaries).
        case line

        fileprivate var rawValue: UBreakIteratorType {
            switch self {
            case .character: UBRK_CHARACTER
            case .word: UBRK_WORD
            case .line: UBRK_LINE
            }
        }
    }

    /// Rule statuses of line boundaries after a mandatory break (BK, CR, LF, NL).
    static let hardLineBreakStatuses = Int32(UBRK_LINE_HARD.rawValue)..<Int32(UBRK_LINE_HARD_LIMIT.rawValue)
    /// Rule statuses of word boundaries after a number.
    static let numberWordStatuses = Int32(UBRK_WORD_NUMBER.rawValue)..<Int32(UBRK_WORD_NUMBER_LIMIT.rawValue)
    /// Rule statuses of word boundaries after letters.
    static let letterWordStatuses = Int32(UBRK_WORD_LETTER.rawValue)..<Int32(UBRK_WORD_LETTER_LIMIT.rawValue)
    /// Rule statuses of word boundaries after kana.
    static let kanaWordStatuses = Int32(UBRK_WORD_KANA.rawValue)..<Int32(UBRK_WORD_KANA_LIMIT.rawValue)
    /// Rule statuses of word boundaries after ideographs.
    static let ideographicWordStatuses = Int32(UBRK_WORD_IDEO.rawValue)..<Int32(UBRK_WORD_IDEO_LIMIT.rawValue)

    /// The corresponding C function is `ubrk_open`; close the result with `closeBreakIterator`.
    static func openBreakIterator(
        _ kind: BreakKind, locale: String, text: UnsafeBufferPointer<UInt16>
    ) -> Result<OpaquePointer, TextAnalysisError> {
        var status = U_ZERO_ERROR
        let iterator = locale.withCString { locale in
            folio_ubrk_open(kind.rawValue, locale, text.baseAddress, Int32(text.count), &status)
        }
        if let error = failure(status, in: "ubrk_open") {
            if let iterator { folio_ubrk_close(iterator) }
            return .failure(error)
        }
        guard let iterator else {
            return .failure(.icuFailure(function: "ubrk_open", code: "no iterator"))
        }
        return .success(iterator)
    }

    /// The corresponding C function is `ubrk_close`.
    static func closeBreakIterator(_ iterator: OpaquePointer) {
        folio_ubrk_close(iterator)
    }

    /// Moves to the start of the text. The corresponding C function is `ubrk_first`.
    static func moveToFirstBoundary(_ iterator: OpaquePointer) {
        _ = folio_ubrk_first(iterator)
    }

    /// The next boundary in UTF-16 units, or nil at the end. The corresponding C function is `ubrk_next`.
    static func nextBoundary(_ iterator: OpaquePointer) -> Int32? {
        let boundary = folio_ubrk_next(iterator)
        return boundary == UBRK_DONE ? nil : boundary
    }

    /// The rule status of the current boundary. The corresponding C function is `ubrk_getRuleStatus`.
    static func ruleStatus(_ iterator: OpaquePointer) -> Int32 {
        folio_ubrk_getRuleStatus(iterator)
    }

    // MARK: Bidi

    /// The paragraph level that asks ICU to take the direction from the first strong character.
    static let autoParagraphLevel = UInt8(UBIDI_DEFAULT_LTR)
    /// The deepest level ICU resolves (explicit levels plus one).
    static let maximumLevel = UInt8(UBIDI_MAX_EXPLICIT_LEVEL + 1)

    /// The corresponding C function is `ubidi_openSized`; close the result with `closeBidi`.
    static func openBidi(length: Int32) -> Result<OpaquePointer, TextAnalysisError> {
        var status = U_ZERO_ERROR
        let bidi = folio_ubidi_openSized(length, 0, &status)
        if let error = failure(status, in: "ubidi_openSized") {
            if let bidi { folio_ubidi_close(bidi) }
            return .failure(error)
        }
        guard let bidi else {
            return .failure(.icuFailure(function: "ubidi_openSized", code: "no object"))
        }
        return .success(bidi)
    }

    /// The corresponding C function is `ubidi_close`.
    static func closeBidi(_ bidi: OpaquePointer) {
        folio_ubidi_close(bidi)
    }

    /// Resolves the levels of `text`, which must stay valid while `bidi` is queried.
    /// The corresponding C function is `ubidi_setPara`.
    static func setParagraph(
        _ bidi: OpaquePointer, text: UnsafeBufferPointer<UInt16>, level: UInt8
    ) -> Result<Void, TextAnalysisError> {
        var status = U_ZERO_ERROR
        folio_ubidi_setPara(bidi, text.baseAddress, Int32(text.count), level, &status)
        return failure(status, in: "ubidi_setPara").map { .failure($0) } ?? .success(())
    }

    /// The resolved level of the first paragraph. The corresponding C function is `ubidi_getParaLevel`.
    static func paragraphLevel(_ bidi: OpaquePointer) -> UInt8 {
        folio_ubidi_getParaLevel(bidi)
    }

    /// One level per UTF-16 unit, valid while `bidi` lives. The corresponding C function is `ubidi_getLevels`.
    static func levels(_ bidi: OpaquePointer, count: Int) -> Result<UnsafeBufferPointer<UInt8>, TextAnalysisError> {
        var status = U_ZERO_ERROR
        let levels = folio_ubidi_getLevels(bidi, &status)
        if let error = failure(status, in: "ubidi_getLevels") { return .failure(error) }
        return .success(UnsafeBufferPointer(start: levels, count: levels == nil ? 0 : count))
    }

    /// Fills `indexMap` (visual position to logical index) for `levels`; leaves it untouched
    /// when ICU rejects the levels. The corresponding C function is `ubidi_reorderVisual`.
    static func reorderVisual(levels: UnsafeBufferPointer<UInt8>, into indexMap: UnsafeMutableBufferPointer<Int32>) {
        folio_ubidi_reorderVisual(levels.baseAddress, Int32(levels.count), indexMap.baseAddress)
    }

    /// Whether rule L1 resets `scalar` to the paragraph level when it ends a line: whitespace,
    /// isolate and embedding controls, boundary neutrals and separators.
    /// The corresponding C function is `u_charDirection`.
    static func resetsAtLineEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch folio_u_charDirection(UChar32(bitPattern: scalar.value)) {
        case U_WHITE_SPACE_NEUTRAL, U_BOUNDARY_NEUTRAL, U_SEGMENT_SEPARATOR, U_BLOCK_SEPARATOR,
             U_LEFT_TO_RIGHT_ISOLATE, U_RIGHT_TO_LEFT_ISOLATE, U_FIRST_STRONG_ISOLATE,
             U_POP_DIRECTIONAL_ISOLATE, U_LEFT_TO_RIGHT_EMBEDDING, U_RIGHT_TO_LEFT_EMBEDDING,
             U_LEFT_TO_RIGHT_OVERRIDE, U_RIGHT_TO_LEFT_OVERRIDE, U_POP_DIRECTIONAL_FORMAT:
            true
        default:
            false
        }
    }

    // MARK: Scripts and brackets

    /// ICU's code for the Common script (`Zyyy`).
    static let commonScript = USCRIPT_COMMON.rawValue

    /// The Script property of `scalar`, with Inherited and Unknown folded into Common
    /// (none of them starts a run). The corresponding C function is `uscript_getScript`.
    static func script(of scalar: Unicode.Scalar) -> Int32 {
        var status = U_ZERO_ERROR
        let script = folio_uscript_getScript(UChar32(bitPattern: scalar.value), &status)
        guard status.rawValue <= U_ZERO_ERROR.rawValue else { return commonScript }
        switch script {
        case USCRIPT_INHERITED, USCRIPT_UNKNOWN, USCRIPT_INVALID_CODE: return commonScript
        default: return script.rawValue
        }
    }

    /// The ISO 15924 code of an ICU script code ("Latn"); "Zyyy" for codes ICU does not name.
    /// The corresponding C function is `uscript_getShortName`.
    static func scriptCode(_ script: Int32) -> String {
        guard let name = folio_uscript_getShortName(UScriptCode(rawValue: script)) else { return "Zyyy" }
        return String(cString: name)
    }

    /// For an opening paired bracket, its closing partner; nil for any other character.
    /// The corresponding C functions are `u_getIntPropertyValue` and `u_getBidiPairedBracket`.
    static func closingBracket(ofOpening scalar: Unicode.Scalar) -> UInt32? {
        let c = UChar32(bitPattern: scalar.value)
        guard folio_u_pairedBracketType(c) == U_BPT_OPEN else { return nil }
        return UInt32(bitPattern: folio_u_getBidiPairedBracket(c))
    }

    /// Whether `scalar` is a closing paired bracket. The corresponding C function is `u_getIntPropertyValue`.
    static func isClosingBracket(_ scalar: Unicode.Scalar) -> Bool {
        folio_u_pairedBracketType(UChar32(bitPattern: scalar.value)) == U_BPT_CLOSE
    }
}
