internal import CLibXML2

/// Owns one libxml2 HTML document (`htmlReadMemory` / `xmlFreeDoc`).
final class LibXMLDocument {
    private let document: htmlDocPtr

    /// Parses with recovery on, errors and warnings off, network off: real pages are malformed,
    /// and a print service must neither print libxml2's complaints nor fetch anything.
    /// `XML_PARSE_HUGE` lifts libxml2's 256-level depth and 10 MB text limits, which would
    /// otherwise silently cut a deeply nested page or a long paragraph short; `budget` keeps
    /// that from costing minutes on an adversarial page, and says when it stopped the parse.
    init?(bytes: [UInt8], encoding: String?, budget: StrayEndTagBudget) {
        Self.initialize
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
            | XML_PARSE_HUGE.rawValue)
        // The parse options silence parser errors, but encoding and I/O errors (a GBK page with
        // a stray byte) would still reach stderr through libxml2's default handler; the budget's
        // structured handler replaces it (per thread, so for every parse).
        let parsed = budget.watching {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, encoding, options)
                }
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// libxml2 wants one global initialisation before use from several threads.
    private static let initialize: Void = { xmlInitParser() }()

    /// True when libxml2 (through iconv) can decode the named character set.
    static func supportsEncoding(_ name: String) -> Bool {
        initialize
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// The document as Swift values, built without recursion; elements nested deeper than
    /// `maximumDepth` are flattened into their ancestor at that depth; flattened block elements
    /// leave a space on each side so that their words do not run together.
    func convert(maximumDepth: Int) -> HTMLElement {
        // Frames of the walk; a flattened element has a frame (to walk its children) but no element.
        var frames: [(element: HTMLElement?, next: xmlNodePtr?, spaced: Bool)] = [
            (HTMLElement(name: "#document"), document.pointee.children, false)]
        var elementFrames = [0]  // indices of frames that hold an element, innermost last
        func append(_ node: HTMLNode) {
            frames[elementFrames[elementFrames.count - 1]].element?.children.append(node)
        }
        while let top = frames.last {
            guard let node = top.next else {
                let finished = frames.removeLast()
                if finished.element == nil, finished.spaced { append(.text(" ")) }
                if let element = finished.element {
                    elementFrames.removeLast()
                    if frames.isEmpty { return element }
                    append(.element(element))
                }
                continue
            }
            frames[frames.count - 1].next = node.pointee.next
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let name = Self.string(node.pointee.name).lowercased()
                if elementFrames.count >= maximumDepth {
                    let spaced = !Self.inlineNames.contains(name)
                    if spaced { append(.text(" ")) }
                    frames.append((nil, node.pointee.children, spaced))
                } else {
                    frames.append((HTMLElement(name: name, attributes: Self.attributes(node)), node.pointee.children, false))
                    elementFrames.append(frames.count - 1)
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = Self.string(node.pointee.content)
                if !text.isEmpty { append(.text(text)) }
            default:
                continue
            }
        }
        return HTMLElement(name: "#document")
    }

    /// Elements that sit inside a line of text; anything else separates words when flattened.
    private static let inlineNames: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    ]

    private static func attributes(_ node: xmlNodePtr) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var child = current.pointee.children
            while let text = child {
                value += string(text.pointee.content)
                child = text.pointee.next
            }
            result.append((string(current.pointee.name).lowercased(), value))
            attribute = current.pointee.next
        }
        return result
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
