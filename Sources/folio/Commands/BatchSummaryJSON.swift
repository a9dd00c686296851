import FolioPipeline
import Foundation

/// The `--json` summary: one object, keys sorted, so scripts and diffs can rely on it.
enum BatchSummaryJSON {
    static func text(_ summary: BatchSummary) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(summary) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
