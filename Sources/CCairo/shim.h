// Cairo 1.16 (Debian 12): core, PDF surface, PNG output and the FreeType font bridge.
// Included through `cairo/` because this module has no pkg-config include path (it is linked
// statically; see Package.swift). cairo-ft.h finds <ft2build.h> through CFreeType's.
#include <cairo/cairo.h>
#include <cairo/cairo-pdf.h>
#include <cairo/cairo-ft.h>
