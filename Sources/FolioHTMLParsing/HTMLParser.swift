/// HTML bytes to an `HTMLElement` tree, through libxml2's tolerant HTML parser.
public enum HTMLParser {
    /// Elements nested deeper than this are flattened into their ancestor at this depth, so
    /// walking the tree recursively stays within any thread's stack.
    public static let maximumDepth = 128

    /// Parses a page. `encoding` is an IANA character-set name (`UTF-8`, `GB18030`, `Big5`);
    /// nil lets libxml2 decide from the page's own declarations. Malformed markup is repaired the
    /// way browsers do; the result is nil only when libxml2 produces no document at all.
    ///
    /// A page libxml2 would take too long over (`StrayEndTagBudget`) is refused with an error
    /// rather than read in part.
    public static func parse(_ bytes: [UInt8], encoding: String?) throws(HTMLParseError) -> HTMLElement? {
        let budget = StrayEndTagBudget()
        let document = LibXMLDocument(bytes: bytes, encoding: encoding, budget: budget)
        if budget.exceeded {
            throw .tooManyStrayEndTags(counted: budget.strayEndTags, deepest: budget.deepest)
        }
        return document?.convert(maximumDepth: maximumDepth)
    }

    /// True when the character set can be decoded (libxml2 with iconv knows it).
    public static func supportsEncoding(_ name: String) -> Bool {
        LibXMLDocument.supportsEncoding(name)
    }
}
