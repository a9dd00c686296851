// cmark, the CommonMark reference parser (Debian libcmark-dev); imported only by FolioMarkdownParsing.
#include <cmark.h>
