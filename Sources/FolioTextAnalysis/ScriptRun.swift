/// A stretch of text in one script, the unit HarfBuzz shapes (with one font and direction).
public struct ScriptRun: Hashable, Sendable {
    /// The UTF-8 range of the run.
    public var range: Range<Int>
    /// The script of the run's letters; ``Script/common`` only when the whole text has none.
    public var script: Script

    public init(range: Range<Int>, script: Script) {
        self.range = range
        self.script = script
    }
}
