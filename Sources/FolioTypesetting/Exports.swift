// Callers of typesetting name fonts (FontLibrary, FontReference, FontError) through it.
@_exported import FolioFonts
