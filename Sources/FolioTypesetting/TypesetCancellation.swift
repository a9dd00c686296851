/// Asked by the typesetter between paragraphs, between the stages of one, every few thousand
/// items inside the line breaker and between blocks placed on pages whether to
/// stop (a render past its deadline), so a render that is no longer wanted frees its thread
/// within a fraction of one paragraph's work instead of running to the end.
///
/// When it answers true, `DocumentTypesetter.typeset` stops setting paragraphs and placing
/// blocks and returns what it has: an incomplete document that the caller, who asked for the
/// stop, must discard. The check is a closure so the typesetter knows nothing of clocks or
/// threads; it is called often, so it must be cheap (a clock read or an atomic load). Once it
/// answers true it must keep answering true: a stage stopped early leaves incomplete work that
/// only the next check throws away.
public struct TypesetCancellation: Sendable {
    private let check: (@Sendable () -> Bool)?

    public init(_ check: @escaping @Sendable () -> Bool) {
        self.check = check
    }

    private init() { check = nil }

    /// Never stops: the default.
    public static let never = TypesetCancellation()

    public var isCancelled: Bool { check?() ?? false }
}
