extension BidiParagraph {
    /// The runs of one line, in logical order, after rule L1: whitespace and isolate or
    /// embedding controls at the end of the line go back to the paragraph level, so a
    /// trailing space in an English phrase inside Arabic sits at the line's edge.
    ///
    /// - Parameter line: the UTF-8 range of the line within the paragraph; it is clamped
    ///   to the text.
    /// - Returns: runs covering the line, in reading order. Pass their levels to
    ///   ``visualOrder(levels:)`` to get the display order.
    public func runs(forLine line: Range<Int>) -> [Run] {
        let line = line.clamped(to: 0..<byteLevels.count)
        guard !line.isEmpty else { return [] }
        var levels = byteLevels[line]
        var index = line.upperBound
        while index > line.lowerBound, levels[index - 1] & Self.resetsAtLineEnd != 0 {
            index -= 1
            levels[index] = paragraphLevel
        }
        return Self.runs(of: levels)
    }

    /// The runs of one line in display order, left to right on the page (rules L1 and L2).
    public func visualRuns(forLine line: Range<Int>) -> [Run] {
        let runs = runs(forLine: line)
        return Self.visualOrder(levels: runs.map(\.level)).map { runs[$0] }
    }

    /// The display order of items (runs or characters) with these levels (rule L2):
    /// element `i` of the result is the logical index of the item shown `i`-th from the left.
    ///
    /// ```swift
    /// BidiParagraph.visualOrder(levels: [0, 1, 1, 0])   // [0, 2, 1, 3]
    /// ```
    ///
    /// Levels above 126, which UAX #9 never produces, leave the order logical.
    /// The corresponding C function is `ubidi_reorderVisual`.
    public static func visualOrder(levels: [UInt8]) -> [Int] {
        guard levels.count > 1, levels.count <= Int(Int32.max),
              levels.allSatisfy({ $0 <= ICU.maximumLevel }) else {
            return Array(levels.indices)
        }
        var indexMap = (0..<Int32(levels.count)).map { $0 }
        levels.withUnsafeBufferPointer { levels in
            indexMap.withUnsafeMutableBufferPointer { ICU.reorderVisual(levels: levels, into: $0) }
        }
        return indexMap.map(Int.init)
    }
}
