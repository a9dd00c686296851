/// A Swift string as the UTF-16 code units ICU reads, with the way back to UTF-8 offsets.
///
/// The public API speaks UTF-8 byte offsets (HarfBuzz and Cairo clusters are UTF-8);
/// ICU speaks UTF-16. Boundaries come out of ICU in ascending order, so a forward-only
/// ``UTF8Offsets`` cursor converts them in linear time without a per-unit table.
struct UTF16Text {
    /// The code units, in logical order.
    let units: [UInt16]

    /// Copies `text` to UTF-16, or returns nil when it is longer than ICU can index
    /// (`Int32.max` units).
    init?(_ text: String) {
        var units: [UInt16] = []
        units.reserveCapacity(text.utf8.count)
        units.append(contentsOf: text.utf16)
        guard units.count <= Int(Int32.max) else { return nil }
        self.units = units
    }

    /// Calls `body` with the units; the pointer is valid only during the call.
    func withUnsafeUnits<R, E: Error>(_ body: (UnsafeBufferPointer<UInt16>) throws(E) -> R) throws(E) -> R {
        // `withUnsafeBufferPointer` rethrows untyped errors; keep the caller's typed error.
        let result: Result<R, E> = units.withUnsafeBufferPointer { buffer in
            do throws(E) { return .success(try body(buffer)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// A cursor that converts ascending UTF-16 offsets of these units to UTF-8 offsets.
    func utf8Offsets() -> UTF8Offsets {
        UTF8Offsets(units: units)
    }
}

/// Converts ascending UTF-16 offsets to UTF-8 byte offsets by walking the units once.
struct UTF8Offsets {
    private let units: [UInt16]
    private var utf16Offset = 0
    private var utf8Offset = 0

    init(units: [UInt16]) {
        self.units = units
    }

    /// The UTF-8 offset of `target`, a UTF-16 offset not below any earlier one.
    ///
    /// A high surrogate counts for the whole 4-byte scalar, so an offset between the
    /// halves of a pair maps to the end of that scalar (ICU never reports one).
    mutating func utf8Offset(ofUTF16 target: Int) -> Int {
        let target = min(max(target, utf16Offset), units.count)
        while utf16Offset < target {
            utf8Offset += Self.utf8Length(of: units[utf16Offset])
            utf16Offset += 1
        }
        return utf8Offset
    }

    /// The UTF-8 bytes a UTF-16 unit stands for (a surrogate pair is 4 + 0).
    static func utf8Length(of unit: UInt16) -> Int {
        switch unit {
        case 0..<0x80: 1
        case 0x80..<0x800: 2
        case 0xD800..<0xDC00: 4
        case 0xDC00..<0xE000: 0
        default: 3
        }
    }
}
