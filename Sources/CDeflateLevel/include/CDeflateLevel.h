#ifndef FOLIO_DEFLATE_LEVEL_H
#define FOLIO_DEFLATE_LEVEL_H

/// The zlib level a Folio process uses where a library asks for zlib's default level
/// (Z_DEFAULT_COMPRESSION). See deflate_level.c.
int folio_deflate_default_level(void);

#endif
