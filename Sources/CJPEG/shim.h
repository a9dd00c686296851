// libjpeg-turbo's TurboJPEG API (Debian 12: libturbojpeg0-dev): decoding with error codes
// instead of libjpeg's longjmp, which Swift cannot unwind through. Used for PNG previews only;
// PDFs embed the original JPEG bytes.
#include <turbojpeg.h>
