/// A node of a parsed HTML page: an element or a run of text (comments are not kept).
public enum HTMLNode: Sendable, Hashable {
    case element(HTMLElement)
    case text(String)
}

/// An HTML element as plain Swift values, with lower-case names and entities already decoded.
public struct HTMLElement: Sendable, Hashable {
    /// Tag name in lower case (`p`, `h1`); `#document` for the root of a parsed page.
    public var name: String
    /// Attributes in source order, names in lower case.
    public var attributes: [(name: String, value: String)]
    public var children: [HTMLNode]

    public init(name: String, attributes: [(name: String, value: String)] = [], children: [HTMLNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The value of an attribute, nil when absent.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The child elements, without text.
    public var elements: [HTMLElement] {
        children.compactMap { if case .element(let element) = $0 { return element } else { return nil } }
    }

    /// All text inside, in document order, without any white-space processing.
    public var textContent: String {
        var text = ""
        appendText(to: &text)
        return text
    }

    private func appendText(to text: inout String) {
        for child in children {
            switch child {
            case .text(let run): text += run
            case .element(let element): element.appendText(to: &text)
            }
        }
    }

    /// The text inside when it is at most `limit` UTF-8 bytes in at most `limit` nodes, else nil.
    /// Bounded work, for scanning every element of a large page for short lines.
    public func shortText(limit: Int) -> String? {
        var text = ""
        var budget = limit
        var stack: [HTMLNode] = children.reversed()
        while let node = stack.popLast() {
            budget -= 1
            guard budget >= 0 else { return nil }
            switch node {
            case .text(let run):
                text += run
                guard text.utf8.count <= limit else { return nil }
            case .element(let element):
                stack.append(contentsOf: element.children.reversed())
            }
        }
        return text
    }

    /// Every element below this one in document order (depth-first), this one excluded.
    public var descendants: [HTMLElement] {
        var result: [HTMLElement] = []
        var stack: [HTMLElement] = elements.reversed()
        while let next = stack.popLast() {
            result.append(next)
            stack.append(contentsOf: next.elements.reversed())
        }
        return result
    }

    public static func == (lhs: HTMLElement, rhs: HTMLElement) -> Bool {
        lhs.name == rhs.name && lhs.children == rhs.children && lhs.attributes.count == rhs.attributes.count
            && zip(lhs.attributes, rhs.attributes).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(children)
        for attribute in attributes {
            hasher.combine(attribute.name)
            hasher.combine(attribute.value)
        }
    }
}
