/// Owns one ICU break iterator (`ubrk_open` / `ubrk_close`) over borrowed UTF-16 text.
///
/// ICU does not copy the text, so an iterator must not outlive the buffer it was opened
/// on: use ``boundaries(of:kind:locale:)``, which scopes both.
final class BreakIterator {
    private let handle: OpaquePointer

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        ICU.closeBreakIterator(handle)
    }

    /// One boundary: a UTF-8 offset into the original string and the ICU rule status of
    /// the segment that ends there.
    struct Boundary {
        var utf8Offset: Int
        var ruleStatus: Int32
    }

    /// All boundaries of `text` after its start, in order, the last at the end of the text.
    ///
    /// - Returns: the boundaries, or the error when ICU cannot open the iterator (or the
    ///   text is too long for it).
    static func boundaries(
        of text: String, kind: ICU.BreakKind, locale: String
    ) -> Result<[Boundary], TextAnalysisError> {
        guard let utf16 = UTF16Text(text) else {
            return .failure(.textTooLong(utf8Length: text.utf8.count))
        }
        return utf16.withUnsafeUnits { units in
            ICU.openBreakIterator(kind, locale: locale, text: units).map { handle in
                BreakIterator(handle: handle).collect(converting: utf16.utf8Offsets())
            }
        }
    }

    /// Walks the iterator from the start (`ubrk_next` from position 0) to the end.
    private func collect(converting offsets: UTF8Offsets) -> [Boundary] {
        var offsets = offsets
        var boundaries: [Boundary] = []
        ICU.moveToFirstBoundary(handle)
        while let next = ICU.nextBoundary(handle) {
            boundaries.append(Boundary(
                utf8Offset: offsets.utf8Offset(ofUTF16: Int(next)),
                ruleStatus: ICU.ruleStatus(handle)))
        }
        return boundaries
    }
}
