#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An 8-bit character set a libhyphen dictionary is written in (Debian's Russian patterns are
/// KOI8-R, Czech and Polish ISO 8859-2, Greek ISO 8859-7, Serbian ISO 8859-5, Lithuanian and
/// Latvian ISO 8859-13, Estonian ISO 8859-15): the byte that stands for each Unicode scalar.
///
/// The table comes from the C library's iconv, asked once per byte value when a dictionary is
/// loaded (128 conversions, a few microseconds), so that no code page is copied into Folio.
struct SingleByteCharset: Sendable, Hashable {
    /// The charset's name as the dictionary's first line gives it (`KOI8-R`).
    let name: String
    private let byteOfScalar: [UInt32: UInt8]

    /// The charset called `name`, or nil when iconv does not know it or it is not single-byte.
    ///
    /// The corresponding C functions are `iconv_open`, `iconv` and `iconv_close`.
    init?(name: String) {
        guard let converter = Optional(iconv_open("UTF-32LE", name)),
              Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var table: [UInt32: UInt8] = [:]
        for byte in UInt8(0)...UInt8(0xFF) {
            var input = [CChar(bitPattern: byte)]
            var output = [UInt8](repeating: 0, count: 8)
            let converted: Int = input.withUnsafeMutableBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var inLeft = 1, outLeft = 8
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    return result == -1 || inLeft != 0 ? 0 : 8 - outLeft
                }
            }
            // Reset the converter's state after a failed byte (undefined in this charset).
            iconv(converter, nil, nil, nil, nil)
            guard converted == 4 else { continue }
            let scalar = UInt32(output[0]) | UInt32(output[1]) << 8 | UInt32(output[2]) << 16 | UInt32(output[3]) << 24
            if table[scalar] == nil { table[scalar] = byte }
        }
        // A single-byte charset keeps ASCII where it is; anything else is not one.
        guard table.count > 128, (0..<128).allSatisfy({ table[UInt32($0)] == UInt8($0) }) else { return nil }
        self.name = name
        byteOfScalar = table
    }

    /// The bytes for `scalars`, or nil when one of them has no byte in this charset.
    func encode(_ scalars: [Unicode.Scalar]) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            guard let byte = byteOfScalar[scalar.value] else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}
