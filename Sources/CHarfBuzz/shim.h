// HarfBuzz 6.0 (Debian 12). No hb-cairo.h (it first shipped in 7.0): glyphs are handed to Cairo by us.
#include <hb.h>
#include <hb-ot.h>
#include <hb-ft.h>
