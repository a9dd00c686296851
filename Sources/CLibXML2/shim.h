// libxml2's HTML parser (Debian libxml2-dev); imported only by FolioHTMLParsing, which imports no
// Foundation, because these headers pull in ICU's and Foundation ships conflicting ICU headers.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>
