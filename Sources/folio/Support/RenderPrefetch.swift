import FolioPipeline
import Synchronization

/// `folio render FILE [-o OUT]` started while ArgumentParser is still parsing it (see
/// `ArticlePrefetch`, which explains why and why it cannot change a result).
enum RenderPrefetch {
    private static let started = Mutex<ArticlePrefetch?>(nil)

    /// Starts preparing the article when the arguments have one of the plain shapes
    /// `render FILE`, `render FILE -o OUT` or `render -o OUT FILE` (or `--output`); any other
    /// command line is left to ArgumentParser alone.
    static func start(for arguments: ArraySlice<String>) {
        guard let path = articlePath(in: arguments) else { return }
        started.withLock { $0 = ArticlePrefetch(path: path) }
    }

    /// The work started for this process, if any, handed out once.
    static func take() -> ArticlePrefetch? {
        started.withLock { started in
            defer { started = nil }
            return started
        }
    }

    /// The file a plain render command line names; `nil` for anything else.
    static func articlePath(in arguments: ArraySlice<String>) -> String? {
        let words = Array(arguments)
        guard words.first == "render" else { return nil }
        func isValue(_ word: String) -> Bool { !word.isEmpty && !word.hasPrefix("-") }
        func isOutput(_ word: String) -> Bool { word == "-o" || word == "--output" }
        switch words.count {
        case 2 where isValue(words[1]):
            return words[1]
        case 4 where isValue(words[1]) && isOutput(words[2]) && isValue(words[3]):
            return words[1]
        case 4 where isOutput(words[1]) && isValue(words[2]) && isValue(words[3]):
            return words[3]
        default:
            return nil
        }
    }
}
