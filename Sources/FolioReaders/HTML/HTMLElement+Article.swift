import FolioHTMLParsing

extension HTMLElement {
    /// The class and id split into lower-case words (`article-body share_bar` → article, body, share, bar).
    var classWords: Set<String> {
        let raw = ((attribute("class") ?? "") + " " + (attribute("id") ?? "")).lowercased()
        return Set(raw.split { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" || $0 == "\n" }.map(String.init))
    }

    /// The text with HTML white space collapsed and trimmed, as a browser shows it.
    var visibleText: String {
        var builder = SpanBuilder(collapsesWhitespace: true)
        builder.append(textContent)
        return builder.take().plainText
    }

    /// The first descendant with the given tag name.
    func first(_ name: String) -> HTMLElement? {
        descendants.first { $0.name == name }
    }

    /// `content` of the first `<meta>` whose `property`, `name` or `itemprop` is one of `keys`.
    func metaContent(_ keys: Set<String>) -> String? {
        for element in descendants where element.name == "meta" {
            let key = (element.attribute("property") ?? element.attribute("name") ?? element.attribute("itemprop") ?? "").lowercased()
            if keys.contains(key), let content = element.attribute("content")?.trimmedSpace, !content.isEmpty {
                return content
            }
        }
        return nil
    }
}
