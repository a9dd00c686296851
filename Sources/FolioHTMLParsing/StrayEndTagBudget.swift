internal import CLibXML2

/// Stops libxml2 before an adversarial page makes its HTML parser take minutes.
///
/// libxml2 2.9 compares an end tag with every open element, innermost first, before it decides
/// that the tag closes nothing. With no depth limit (`XML_PARSE_HUGE`, which Folio needs so that
/// deep pages are read whole), each such stray end tag costs the whole depth. 20,000 unclosed
/// `<figure>`s followed by 20,000 `</p>` (a 584 KB page `make fuzz` found) took 0.84 s; the
/// 10 MB that `folio serve` accepts would take minutes. libxml2 reports every stray end tag right
/// after that search, so the budget adds up the depth each one searched (exactly libxml2's work)
/// and stops the parser once the total passes ``limit``. Properly nested pages, however deep,
/// have no stray end tags and cost nothing here.
final class StrayEndTagBudget {
    /// About 0.2 s of libxml2's comparisons. A real page spends a few thousand (dozens of stray
    /// end tags at a depth of 10 to 50).
    static let limit = 100_000_000

    private var spent = 0
    private(set) var strayEndTags = 0
    private(set) var deepest = 0
    /// Whether the parser was stopped: the document is incomplete and must not be used.
    private(set) var exceeded = false

    /// Installs the budget as this thread's libxml2 error handler for the duration of `parse`.
    /// The handler also keeps libxml2's other messages (encoding errors) off stderr.
    func watching<T>(_ parse: () -> T) -> T {
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque()) { context, error in
            guard let context, let error else { return }
            Unmanaged<StrayEndTagBudget>.fromOpaque(context).takeUnretainedValue().note(error)
        }
        defer { xmlSetStructuredErrorFunc(nil) { _, _ in } }
        return parse()
    }

    private func note(_ error: xmlErrorPtr) {
        // "Unexpected end tag : p" has one name; "Opening and ending tag mismatch: p and b"
        // (an element closed on the way to its ancestor's end tag) has two and costs no search.
        guard error.pointee.code == XML_ERR_TAG_NAME_MISMATCH.rawValue, error.pointee.str2 == nil,
              let context = error.pointee.ctxt, !exceeded else { return }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        let depth = Int(parser.pointee.nameNr)
        strayEndTags += 1
        deepest = max(deepest, depth)
        spent += max(depth, 1)
        if spent > Self.limit {
            exceeded = true
            xmlStopParser(parser)
        }
    }
}
