/// A site's location trail printed above an article (`home > NEWS`), whose last step is the section.
struct Breadcrumb: Sendable, Hashable {
    /// The steps, trimmed (`["home", "NEWS"]`).
    let steps: [String]

    /// The section the article is filed under: the trail's last step.
    var section: String? { steps.last }

    /// True when the first step is a site's home (`home`, `Home Page`, `首页`).
    var startsAtHome: Bool {
        ["home", "home page", "homepage", "index", "首页", "主页", "首頁"].contains(steps.first?.lowercased() ?? "")
    }

    /// Recognises a breadcrumb line: two to eight short steps separated by `>`, `›`, `»` or `/`
    /// (as `>`-style trails only), none of them sentence-long. Returns nil for anything else,
    /// so a headline that merely contains `>` is not taken for one.
    init?(line: String) {
        guard line.unicodeScalars.count <= 200 else { return nil }
        let separators: Set<Character> = [">", "›", "»", "＞"]
        let parts = line.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) })
            .map { String($0).trimmedSpace }
        guard parts.count >= 2, parts.count <= 8,
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 40 && $0.split(separator: " ").count <= 5 })
        else { return nil }
        steps = parts
    }
}
