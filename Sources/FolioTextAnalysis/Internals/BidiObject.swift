/// Owns one ICU bidi object (`ubidi_openSized` / `ubidi_close`).
///
/// ICU reads the paragraph text in place, so the levels are copied out inside
/// ``resolve(_:paragraphLevel:_:)`` while the text is still borrowed; nothing of ICU
/// outlives the call.
final class BidiObject {
    private let handle: OpaquePointer

    /// Opens an object with room for `capacity` UTF-16 units.
    init(capacity: Int) throws(TextAnalysisError) {
        handle = try ICU.openBidi(length: Int32(clamping: capacity)).get()
    }

    deinit {
        ICU.closeBidi(handle)
    }

    /// Resolves the embedding levels of `text` (UAX #9, rules P2 to I2 and L1 at the end
    /// of each paragraph) and passes them to `body`: the resolved level of the first
    /// paragraph and one level per UTF-16 unit, valid only during the call.
    func resolve<R>(
        _ text: UTF16Text, paragraphLevel: UInt8,
        _ body: (UInt8, UnsafeBufferPointer<UInt8>) -> R
    ) throws(TextAnalysisError) -> R {
        try text.withUnsafeUnits { (units) throws(TextAnalysisError) -> R in
            try ICU.setParagraph(handle, text: units, level: paragraphLevel).get()
            let levels = try ICU.levels(handle, count: units.count).get()
            guard levels.count == units.count else {
                throw .icuFailure(function: "ubidi_getLevels", code: "no levels")
            }
            return body(ICU.paragraphLevel(handle), levels)
        }
    }
}
