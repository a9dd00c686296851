// FreeType 2.12 (Debian 12). The pkg-config name is freetype2; there is no freetype.pc.
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H
#include FT_SFNT_NAMES_H
