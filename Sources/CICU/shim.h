// ICU 72 for Swift: the headers FolioTextAnalysis needs, plus stable names for the
// functions it calls.
//
// ICU renames every entry point by version with macros (`ubrk_open` is really
// `ubrk_open_72`), and Swift cannot import function-like macros, so each function
// below is a `static inline` wrapper with a fixed `folio_` name that survives an ICU
// upgrade. Only FolioTextAnalysis imports this module, and only internally: it must
// never meet Foundation, which ships ICU headers of its own (see DESIGN.md).
#ifndef FOLIO_CICU_SHIM_H
#define FOLIO_CICU_SHIM_H

#include <unicode/utypes.h>
#include <unicode/uchar.h>
#include <unicode/ubrk.h>
#include <unicode/ubidi.h>
#include <unicode/uscript.h>

// MARK: Errors

/// The name of an error code ("U_MEMORY_ALLOCATION_ERROR"), for error messages.
static inline const char *folio_u_errorName(UErrorCode code) {
    return u_errorName(code);
}

// MARK: Break iterators (UAX #14 lines, UAX #29 graphemes and words)

/// Opens a break iterator over UTF-16 text; the text must outlive the iterator.
static inline UBreakIterator *folio_ubrk_open(UBreakIteratorType type, const char *locale,
                                              const UChar *text, int32_t textLength,
                                              UErrorCode *status) {
    return ubrk_open(type, locale, text, textLength, status);
}

/// Closes an iterator from `folio_ubrk_open`.
static inline void folio_ubrk_close(UBreakIterator *iterator) {
    ubrk_close(iterator);
}

/// Moves to the first boundary (always 0) and returns it.
static inline int32_t folio_ubrk_first(UBreakIterator *iterator) {
    return ubrk_first(iterator);
}

/// Moves to the next boundary and returns it, or `UBRK_DONE` (-1) at the end.
static inline int32_t folio_ubrk_next(UBreakIterator *iterator) {
    return ubrk_next(iterator);
}

/// The status of the rule that produced the current boundary (hard line break, word kind).
static inline int32_t folio_ubrk_getRuleStatus(UBreakIterator *iterator) {
    return ubrk_getRuleStatus(iterator);
}

// MARK: Bidi (UAX #9)

/// Opens a bidi object sized for `maxLength` UTF-16 units (0: allocate as needed).
static inline UBiDi *folio_ubidi_openSized(int32_t maxLength, int32_t maxRunCount,
                                           UErrorCode *status) {
    return ubidi_openSized(maxLength, maxRunCount, status);
}

/// Closes an object from `folio_ubidi_openSized`.
static inline void folio_ubidi_close(UBiDi *bidi) {
    ubidi_close(bidi);
}

/// Resolves the levels of a paragraph; the text must outlive every later query.
static inline void folio_ubidi_setPara(UBiDi *bidi, const UChar *text, int32_t length,
                                       UBiDiLevel paraLevel, UErrorCode *status) {
    ubidi_setPara(bidi, text, length, paraLevel, NULL, status);
}

/// The resolved level of the first paragraph (even: left-to-right, odd: right-to-left).
static inline UBiDiLevel folio_ubidi_getParaLevel(const UBiDi *bidi) {
    return ubidi_getParaLevel(bidi);
}

/// One level per UTF-16 unit, owned by the bidi object.
static inline const UBiDiLevel *folio_ubidi_getLevels(UBiDi *bidi, UErrorCode *status) {
    return ubidi_getLevels(bidi, status);
}

/// Maps visual positions to logical ones for a list of levels (rule L2).
static inline void folio_ubidi_reorderVisual(const UBiDiLevel *levels, int32_t length,
                                             int32_t *indexMap) {
    ubidi_reorderVisual(levels, length, indexMap);
}

/// The bidi class of a code point (for rule L1 at line ends).
static inline UCharDirection folio_u_charDirection(UChar32 c) {
    return u_charDirection(c);
}

// MARK: Scripts and brackets

/// The Script property of a code point (Common and Inherited included).
static inline UScriptCode folio_uscript_getScript(UChar32 c, UErrorCode *status) {
    return uscript_getScript(c, status);
}

/// The ISO 15924 code of a script ("Latn"), or NULL for an invalid code.
static inline const char *folio_uscript_getShortName(UScriptCode script) {
    return uscript_getShortName(script);
}

/// The Bidi_Paired_Bracket_Type of a code point (none, open or close).
static inline UBidiPairedBracketType folio_u_pairedBracketType(UChar32 c) {
    return (UBidiPairedBracketType)u_getIntPropertyValue(c, UCHAR_BIDI_PAIRED_BRACKET_TYPE);
}

/// The Bidi_Paired_Bracket of a code point (its partner), or the code point itself.
static inline UChar32 folio_u_getBidiPairedBracket(UChar32 c) {
    return u_getBidiPairedBracket(c);
}

#endif
