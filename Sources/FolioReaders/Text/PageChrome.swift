/// Page furniture that scraping picks up with the article: `[Print] [Close]` and its kin.
///
/// These are the labels of the site's buttons, not article text, so readers drop whole lines
/// made only of them. A line that mixes such a label with prose is kept, because dropping
/// prose is worse than printing a stray label.
enum PageChrome {
    /// Button labels seen on news pages, compared case-insensitively.
    static let labels: Set<String> = [
        "print", "close", "close window", "print this page", "back", "back to top", "top",
        "share", "email", "e-mail", "mail", "save", "comment", "comments", "favorite", "tweet",
        "facebook", "twitter", "weibo", "wechat", "打印", "关闭", "关闭窗口", "打印本页", "返回顶部",
    ]

    /// True when the line is nothing but bracketed button labels such as `[Print] [Close]`.
    static func isChromeLine(_ line: String) -> Bool {
        var rest = Substring(line.trimmedSpace)
        // The bracket first: counting characters walks the whole line, and most lines are prose.
        guard let first = rest.first, first == "[" || first == "【", rest.count <= 120 else { return false }
        while !rest.isEmpty {
            guard let open = rest.first, open == "[" || open == "【",
                  let close = rest.firstIndex(where: { $0 == "]" || $0 == "】" })
            else { return false }
            let label = rest[rest.index(after: rest.startIndex)..<close]
            guard labels.contains(String(label).trimmedSpace.lowercased()) else { return false }
            rest = Substring(String(rest[rest.index(after: close)...]).trimmedSpace)
        }
        return true
    }
}
