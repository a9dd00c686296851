// Cairo's PDF streams at zlib's fastest level.
//
// Cairo 1.16 compresses every PDF stream (page content, font subsets, ToUnicode maps) with
// `deflateInit(stream, Z_DEFAULT_COMPRESSION)`, level 6, and has no API to choose another. On a
// 20-page article that compression is 7.7 ms of an 18 ms PDF phase; level 1 takes 3.7 ms and
// makes the file 10 % larger (124 -> 136 KB): streams of text operators compress nearly as well
// with the fast matcher. So a Folio executable defines `deflateInit_`, the function zlib's
// `deflateInit` macro calls. Cairo is linked in from its static archive (see Package.swift), so
// the linker binds Cairo's calls to this definition instead of libz's (a shared Cairo would be
// bound to it by the dynamic linker just the same). Callers that name a level keep it; only "the
// default" becomes level 1. Output stays deterministic (same input, same bytes).
//
// Libraries that choose their own parameters call `deflateInit2_` (libpng does) and are not
// affected; `RenderSeedTests.streamsUseTheFastZlibLevel` checks that the PDF's streams carry
// level 1's zlib header.
#include <zlib.h>

#include "CDeflateLevel.h"

int folio_deflate_default_level(void) { return Z_BEST_SPEED; }

int deflateInit_(z_streamp stream, int level, const char *version, int stream_size) {
    if (level == Z_DEFAULT_COMPRESSION) level = folio_deflate_default_level();
    return deflateInit2_(stream, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, stream_size);
}
