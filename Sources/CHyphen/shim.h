// libhyphen (Debian libhyphen-dev) ships no pkg-config file; the header is in /usr/include.
#include <hyphen.h>
