// Cairo 1.16 (Debian 12): core, PDF surface, PNG output and the FreeType font bridge.
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-ft.h>
