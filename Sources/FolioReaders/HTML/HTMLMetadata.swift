import FolioHTMLParsing
import FolioModel

/// What a news page says about its article outside the body text: title, date, section,
/// byline, language and canonical URL, each from the first source that has it.
struct HTMLMetadata {
    var title: String?
    var date: (text: String, location: String)?
    var section: String?
    /// The breadcrumb text as printed, so the body can leave it out.
    var breadcrumbText: String?
    var byline: String?
    var language: String?
    var url: String?

    init(page: HTMLElement, all: [HTMLElement]) {
        // Title: the visible headline, then og:title, then <title> minus the site name.
        if let h1 = all.first(where: { $0.name == "h1" })?.visibleText, !h1.isEmpty {
            title = h1
        } else if let og = page.metaContent(["og:title", "twitter:title"]) {
            title = og
        } else if let head = all.first(where: { $0.name == "title" })?.visibleText, !head.isEmpty {
            title = Self.withoutSiteName(head)
        }

        if let meta = page.metaContent(["article:published_time", "datepublished", "pubdate", "publishdate",
                                        "date", "dc.date", "dc.date.issued", "og:published_time"]) {
            date = (meta, "meta published time")
        } else if let time = all.first(where: { $0.name == "time" && $0.attribute("datetime") != nil }),
                  let datetime = time.attribute("datetime") {
            date = (datetime, "<time datetime>")
        } else if let ld = Self.jsonLDDate(all) {
            date = (ld, "JSON-LD datePublished")
        } else if let line = Self.timestampLine(all) {
            date = (line, "timestamp line")
        }

        section = page.metaContent(["article:section"])
        if let crumb = all.first(where: { $0.classWords.contains("breadcrumb") || $0.classWords.contains("breadcrumbs")
                || $0.classWords.contains("crumb") || ($0.attribute("aria-label") ?? "").lowercased().contains("breadcrumb") }) {
            breadcrumbText = crumb.visibleText
            if section == nil {
                section = Breadcrumb(line: crumb.visibleText)?.section ?? crumb.descendants.last { $0.name == "a" || $0.name == "li" }?.visibleText
            }
        } else if let line = all.lazy.filter({ ["p", "div", "span", "td"].contains($0.name) })
            .compactMap({ $0.shortText(limit: 200).map(Self.collapsed) }).first(where: { Breadcrumb(line: $0)?.startsAtHome == true }) {
            breadcrumbText = line
            if section == nil { section = Breadcrumb(line: line)?.section }
        }

        byline = page.metaContent(["author", "article:author", "byl"])
            ?? all.first { $0.classWords.contains("byline") || $0.classWords.contains("author") || $0.attribute("rel") == "author" }?
                .visibleText
        if byline?.isEmpty == true || (byline?.count ?? 0) > 120 { byline = nil }
        language = Self.declaredLanguage(page: page, all: all)
        url = all.first { $0.name == "link" && ($0.attribute("rel") ?? "").lowercased() == "canonical" }?.attribute("href")
            ?? page.metaContent(["og:url"])
    }

    /// The page's declared language: `<html lang>` (or `xml:lang`), else `<meta http-equiv=
    /// "content-language">` (its first tag when it lists several), else `<meta name="language">`,
    /// `dc.language` or `og:locale`; the first that is a language tag at all (see ``LanguageTag``).
    static func declaredLanguage(page: HTMLElement, all: [HTMLElement]) -> String? {
        let html = all.first { $0.name == "html" }
        var declared: [String?] = [html?.attribute("lang"), html?.attribute("xml:lang")]
        declared.append(all.first {
            $0.name == "meta" && ($0.attribute("http-equiv") ?? "").lowercased() == "content-language"
        }?.attribute("content")?.split(separator: ",").first.map(String.init))
        declared.append(page.metaContent(["language", "dc.language", "og:locale"]))
        return declared.lazy.compactMap { $0.flatMap(LanguageTag.canonical) }.first
    }

    static func collapsed(_ text: String) -> String {
        var builder = SpanBuilder(collapsesWhitespace: true)
        builder.append(text)
        return builder.take().plainText
    }

    /// `Headline | Site` or `Headline - Site` → `Headline` (the longest part).
    static func withoutSiteName(_ title: String) -> String {
        for separator in [" | ", " - ", " – ", " — ", " _ ", "_"] where title.contains(separator) {
            let parts = title.split(separator: separator).map { String($0).trimmedSpace }
            // Each part counted once: `max { $0.count < $1.count }` counts the longest so far again
            // at every comparison, and a fuzzed 240 KB title of 10,000 parts took 2.7 s that way.
            return parts.map { (part: $0, length: $0.count) }.max { $0.length < $1.length }?.part ?? title
        }
        return title
    }

    /// `datePublished` from the first JSON-LD script that has one (objects, lists and `@graph`).
    static func jsonLDDate(_ all: [HTMLElement]) -> String? {
        for script in all where script.name == "script" && (script.attribute("type") ?? "").lowercased() == "application/ld+json" {
            guard let value = try? JSONParser.parse(script.textContent) else { continue }
            var queue = [value]
            while let next = queue.popLast() {
                switch next {
                case .object(let members):
                    if case .string(let date)? = next["datePublished"] { return date }
                    queue += members.map(\.value)
                case .array(let elements): queue += elements
                default: continue
                }
            }
        }
        return nil
    }

    /// Compiled once: a regex literal in the loop was compiled per element, which fuzzing found
    /// makes a page of 20,000 short elements take seconds. Only ever read, so sharing it is safe.
    nonisolated(unsafe) private static let timestamp = /\d{4}[-\/.]\d{1,2}[-\/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?/

    /// A short text that is, or starts with, a timestamp like the seed's `2018-11-09 11:11:21`.
    static func timestampLine(_ all: [HTMLElement]) -> String? {
        for element in all where ["p", "div", "span", "td", "em", "small", "font", "li"].contains(element.name) {
            guard let text = element.shortText(limit: 120).map(collapsed), text.utf8.contains(where: { (0x30...0x39).contains($0) }),
                  let start = text.firstRange(of: timestamp) else { continue }
            return String(text[start])
        }
        return nil
    }
}
