/// Where a value was written: which file (as shown to the user) and which line.
///
/// Values keep their location through `extends`, so an error in an inherited value names the
/// file that actually holds it.
struct SourceLocation: Sendable, Hashable {
    var file: String
    /// 1-based; 0 when the value has no single line (an empty document).
    var line: Int

    /// The location as an error prefix component: no line when there is none.
    var lineIfKnown: Int? { line > 0 ? line : nil }
}
