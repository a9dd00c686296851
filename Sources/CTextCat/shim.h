// libexttextcat (Debian libexttextcat-dev), LibreOffice's n-gram language identifier.
// Folio uses its fingerprint calls (fp_*) rather than textcat_Init, so that it can load only
// the fingerprints of the scripts an article is written in (see LanguageIdentifier.swift).
#include <libexttextcat/fingerprint.h>
#include <libexttextcat/constants.h>
