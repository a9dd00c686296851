// Fontconfig 2.14 (Debian 12).
#include <fontconfig/fontconfig.h>

/// FcObjectSetBuild is variadic, which Swift cannot call: build the set we query with.
static inline FcObjectSet *folio_fc_object_set_file_index(void) {
    return FcObjectSetBuild(FC_FILE, FC_INDEX, FC_FAMILY, FC_STYLE, FC_WEIGHT, FC_SLANT, (char *)0);
}
