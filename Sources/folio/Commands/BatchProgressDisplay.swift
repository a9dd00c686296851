import FolioPipeline
import Foundation
import Synchronization

/// Shows a batch's progress on standard error: one line that updates in place on a terminal,
/// plain lines otherwise, nothing with `--quiet`. Failures and warnings are printed in every mode.
final class BatchProgressDisplay: Sendable {
    enum Mode: Sendable {
        case terminal, lines, silent
    }

    private struct State {
        var total = 0
        var rendered = 0
        var renderedPages = 0
        var bound = 0
        var boundPages = 0
        var volumeArticles = 0
        var volumePages = 0
        var binding = false
        var bindingStart: ContinuousClock.Instant?
        var lineShown = false
        var lastDraw: ContinuousClock.Instant?
    }

    let mode: Mode
    private let start = ContinuousClock.now
    private let state = Mutex(State())

    init(mode: Mode) {
        self.mode = mode
    }

    func show(_ event: BatchEvent) {
        state.withLock { state in
            switch event {
            case .started(let articles):
                state.total = articles
            case .rendered(let input, _, let pages, let warnings):
                state.rendered += 1
                state.renderedPages += pages
                for warning in warnings { emit(warning, state: &state) }
                if mode == .lines {
                    emit("[\(state.rendered)/\(state.total)] \(input.displayName): \(pages) page\(pages == 1 ? "" : "s")", state: &state)
                }
            case .skipped(let input, _):
                state.rendered += 1
                if mode == .lines { emit("[\(state.rendered)/\(state.total)] \(input.displayName): outside the dates, left out", state: &state) }
            case .failed(_, let reason):
                state.rendered += 1
                emit("folio: \(reason); left out of the volume", state: &state)
            case .archived(let name, let change):
                if mode == .lines { emit("archived \(name): \(change)", state: &state) }
            case .binding(let articles, let pages):
                state.binding = true
                state.bindingStart = ContinuousClock.now
                state.volumeArticles = articles
                state.volumePages = pages
                if mode == .lines { emit("binding \(articles) article\(articles == 1 ? "" : "s"), \(pages) pages", state: &state) }
            case .bound(_, let pages):
                state.bound += 1
                state.boundPages += pages
            }
            if mode == .terminal { redraw(&state) }
        }
    }

    /// Clears the updating line, so what follows starts on a clean line.
    func finish() {
        state.withLock { state in
            if mode == .terminal, state.lineShown {
                write("\r\u{1B}[K")
                state.lineShown = false
            }
        }
    }

    /// The last line: what was written, how fast, what failed.
    static func closingLine(_ summary: BatchSummary) -> String {
        let rate = summary.seconds > 0 ? Double(summary.pages) / summary.seconds : 0
        var line = summary.volume.map {
            "\($0): \(summary.articles) article\(summary.articles == 1 ? "" : "s"), \(summary.pages) pages"
        } ?? "no volume written"
        line += " in \(Self.format(summary.seconds, digits: 1)) s (\(Self.format(rate, digits: 1)) pages/s)"
        if summary.skipped > 0 { line += "; \(summary.skipped) outside the dates" }
        if !summary.failures.isEmpty { line += "; \(summary.failures.count) failed" }
        return line
    }

    /// Prints a whole line, above the updating line when there is one.
    private func emit(_ line: String, state: inout State) {
        if state.lineShown {
            write("\r\u{1B}[K")
            state.lineShown = false
        }
        write(line + "\n")
    }

    /// Redraws the updating line, at most ten times a second.
    private func redraw(_ state: inout State) {
        let now = ContinuousClock.now
        if let last = state.lastDraw, now - last < .milliseconds(100) { return }
        state.lastDraw = now
        let elapsed = Self.seconds(now - start)
        // Each article is worked on twice (rendered, then bound): time left from the work done.
        let done = state.rendered + state.bound
        let work = max(1, 2 * state.total)
        let left = done > 0 ? elapsed / Double(done) * Double(work - done) : nil
        let pages = state.binding ? state.boundPages : state.renderedPages
        let phaseSeconds = Self.seconds(now - (state.bindingStart ?? start))
        var line = state.binding
            ? "binding \(state.bound)/\(state.volumeArticles) articles, \(state.boundPages)/\(state.volumePages) pages"
            : "rendering \(state.rendered)/\(state.total) articles, \(state.renderedPages) pages"
        line += ", \(Self.format(phaseSeconds > 0 ? Double(pages) / phaseSeconds : 0, digits: 1)) pages/s"
        if let left { line += ", \(Self.clock(left)) left" }
        write("\r\u{1B}[K" + line)
        state.lineShown = true
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// `1:05` for 65 seconds.
    private static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let remainder = total % 60
        return "\(total / 60):\(remainder < 10 ? "0" : "")\(remainder)"
    }

    private static func format(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}
